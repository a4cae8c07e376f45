package io.kindred.cli;

import io.kindred.core.live.LiveIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index delete}: deletes articles from a live index by id. Ids the index does not hold are reported, not
 * an error: deleting is idempotent, so a run can be repeated and a feed of unpublished articles need not know which
 * ones were indexed. An instance is one run: not thread-safe.
 */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Deletes articles from a live index; every list that held one of them is filled again.",
            "",
            "Ids the index does not hold are listed on standard error and are not an error (exit 0): deleting"
                    + " twice is deleting once. The deletes are committed when the command ends: nothing is durable"
                    + " before it exits 0, and a run that fails or is killed may have applied some of them; run it"
                    + " again.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success (also with unknown ids), 1 failure (unreadable ids file, damaged index, I/O error),"
                    + " 2 usage error.",
            "",
            "Examples:",
            "  kindred index delete -d related.idx --ids 2026-0417,2026-0418",
            "  kindred index delete -d related.idx --ids-file unpublished.txt"
        })
final class IndexDeleteCommand implements Callable<Integer> {

    /** How many unknown ids the warning lists by name. */
    private static final int LISTED = 20;

    /** Which ids: on the command line, or in a file. */
    static final class Ids {
        @Option(
                names = "--ids",
                paramLabel = "ID",
                split = ",",
                required = true,
                description = "The ids, separated by commas.")
        private List<String> ids;

        @Option(
                names = "--ids-file",
                paramLabel = "FILE",
                required = true,
                description = "A UTF-8 file of ids, one a line (empty lines are skipped); - for standard input.")
        private String file;
    }

    @ParentCommand
    private IndexCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Ids target;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int threads = run.validated().threads();
        Console console = parent.parent().console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        Set<String> ids = new LinkedHashSet<>(target.file == null ? target.ids : readIds(target.file));
        List<String> unknown = new ArrayList<>();
        int size;
        try (LiveIndex live = folder.open(threads)) {
            for (String id : ids) {
                if (live.snapshot().article(id).isEmpty()) {
                    unknown.add(id);
                }
            }
            live.deleteAll(ids);
            size = live.snapshot().size();
        }
        if (!unknown.isEmpty()) {
            console.warn(unknown.size() + " id" + (unknown.size() == 1 ? " is" : "s are") + " not in the index "
                    + folder.dir() + ": " + String.join(", ", unknown.subList(0, Math.min(LISTED, unknown.size())))
                    + (unknown.size() > LISTED ? " and " + (unknown.size() - LISTED) + " more" : ""));
        }
        console.summary(
                "%,d articles deleted from %s (now %,d) in %.2f s",
                ids.size() - unknown.size(), folder.dir(), size, Pipeline.seconds(start));
        return 0;
    }

    /** One id a line, strict UTF-8; a line ending in CR (a Windows file) loses it. */
    private List<String> readIds(String file) throws IOException {
        boolean stdin = file.equals("-");
        if (!stdin && Files.isDirectory(Path.of(file))) {
            throw new CommandFailure(file + ": a folder, not a file of ids");
        }
        byte[] bytes;
        try (InputStream in = stdin ? parent.parent().stdin() : Files.newInputStream(Path.of(file))) {
            bytes = in.readAllBytes();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> ids = new ArrayList<>();
        int line = 0;
        for (int from = 0; from < bytes.length; ) {
            line++;
            int end = from;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int to = end > from && bytes[end - 1] == '\r' ? end - 1 : end;
            try {
                String id = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            } catch (CharacterCodingException e) {
                throw new CommandFailure((stdin ? "(standard input)" : file) + ":" + line + ": not UTF-8 text");
            }
            from = end + 1;
        }
        return ids;
    }
}
