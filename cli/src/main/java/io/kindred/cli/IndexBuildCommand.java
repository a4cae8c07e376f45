package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.live.IndexInfo;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.preset.Preset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kindred index build}: a new live index, fitted on a corpus. An instance is one run: not thread-safe. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Creates a live index in an absent or empty folder, fitted on a corpus.",
            "",
            "The index keeps the articles, the model fitted on them (vocabulary, idf, latent space) and every"
                    + " article's list of K (-k), under the preset and options given here, which it stores: index add,"
                    + " refit, and recommend --index and similar --index use them. Ranking options given here are the"
                    + " index's policy; recommend --index and similar --index can add others per request. The editors'"
                    + " overrides (--editorial) are not stored: give them to recommend --index or similar --index.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success (the index is committed), 1 failure (invalid input, folder not empty, I/O error),"
                    + " 2 usage error.",
            "",
            "Examples:",
            "  kindred index build -i archive.jsonl.gz -d related.idx",
            "  kindred index build -i archive.jsonl.gz -d related.idx -k 5 --past-only --preset sklearn"
        })
final class IndexBuildCommand implements Callable<Integer> {

    @ParentCommand
    private IndexCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Mixin
    private InputOptions input;

    @Mixin
    private ListOptions lists;

    @Mixin
    private VectorizerOptions vectors;

    @Mixin
    private PolicyOptions policies;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int k = lists.validated().k();
        int threads = run.validated().threads();
        policies.refuseEditorial("give them to recommend --index or similar --index");
        Preset preset = policies.apply(vectors.apply());
        Console console = parent.parent().console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        List<Article> articles = input.readArticles(console, parent.parent().stdin());
        long read = System.nanoTime();
        IndexInfo info;
        try (LiveIndex live = folder.create(preset, k, articles, threads)) {
            info = live.info();
        }
        console.summary(
                "%,d articles, %,d terms; index of lists of %d written to %s in %.2f s (read %.2f, fit and write"
                        + " %.2f), %,d bytes",
                info.articles(),
                info.terms(),
                k,
                folder.dir(),
                Pipeline.seconds(start),
                (read - start) / 1e9,
                Pipeline.seconds(read),
                info.bytes());
        return 0;
    }
}
