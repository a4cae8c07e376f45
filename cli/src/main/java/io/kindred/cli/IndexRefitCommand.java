package io.kindred.cli;

import io.kindred.core.live.IndexInfo;
import io.kindred.core.live.LiveIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index refit}: fits a live index's model again on the articles it holds. An instance is one run: not
 * thread-safe.
 */
@Command(
        name = "refit",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Fits a live index's model again on the articles it holds.",
            "",
            "Fits the vocabulary, idf and latent space again with the settings the index was built with, and lists"
                    + " every article under the new model: the lists are then those of"
                    + " kindred recommend over the same articles. Between refits, added articles are vectorised with"
                    + " the last fit's model (kindred index info shows how far the index has moved from it).",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success (the refitted index is committed), 1 failure (settings the articles cannot satisfy,"
                    + " damaged index, I/O error), 2 usage error.",
            "",
            "Example:",
            "  kindred index refit -d related.idx"
        })
final class IndexRefitCommand implements Callable<Integer> {

    @ParentCommand
    private IndexCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int threads = run.validated().threads();
        Console console = parent.parent().console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        int termsBefore;
        IndexInfo after;
        try (LiveIndex live = folder.open(threads)) {
            termsBefore = live.info().terms();
            live.refit();
            after = live.info();
        }
        console.summary(
                "refitted %s in %.2f s: %,d articles, %,d terms (%,d before)",
                folder.dir(), Pipeline.seconds(start), after.articles(), after.terms(), termsBefore);
        return 0;
    }
}
