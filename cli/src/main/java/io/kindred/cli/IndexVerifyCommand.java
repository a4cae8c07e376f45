package io.kindred.cli;

import io.kindred.core.live.LiveIndex;
import io.kindred.core.store.CorruptIndexException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index verify}: checks every file of a live index without changing it. An instance is one run: not
 * thread-safe.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Checks every file of a live index.",
            "",
            "Checks the index without changing it: its latest commit, each of its files (header, checksum, length)"
                    + " and each log. Prints ok, or each damaged file's problem, one a line.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 the index is whole, 1 a file is damaged (or the folder holds no index, I/O error), 2 usage"
                    + " error.",
            "",
            "Example:",
            "  kindred index verify -d related.idx"
        })
final class IndexVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Override
    public Integer call() throws Exception {
        List<CorruptIndexException> damaged = LiveIndex.verify(folder.dir());
        PrintWriter out = spec.commandLine().getOut();
        if (damaged.isEmpty()) {
            out.print("ok\n");
        }
        for (CorruptIndexException e : damaged) {
            out.print(e.getMessage() + "\n");
        }
        out.flush();
        return damaged.isEmpty() ? 0 : spec.exitCodeOnExecutionException();
    }
}
