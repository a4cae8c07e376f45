package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.live.Drift;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.Snapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index add}: adds articles to a live index, or replaces the stored articles with their ids, in one
 * batch. An instance is one run: not thread-safe.
 */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Adds articles to a live index, or replaces the stored article with the same id (it keeps its place).",
            "",
            "The articles are vectorised with the index's model (terms outside its vocabulary are ignored until the"
                    + " next refit) and every list they enter or leave is updated. The whole file is one batch,"
                    + " committed when the command ends: nothing is durable before it exits 0, and a run that fails or"
                    + " is killed may have applied part of the file; run it again. The summary tells how far the index"
                    + " has moved from its model (kindred index refit fits it again).",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success (the changes are committed), 1 failure (invalid input, damaged index, I/O error),"
                    + " 2 usage error.",
            "",
            "Examples:",
            "  kindred index add -d related.idx -i today.jsonl",
            "  cat corrections.jsonl | kindred index add -d related.idx -i - --skip-invalid"
        })
final class IndexAddCommand implements Callable<Integer> {

    @ParentCommand
    private IndexCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Mixin
    private InputOptions input;

    @Mixin
    private RunOptions run;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        input.requireInput("the articles to add");
        int threads = run.validated().threads();
        Console console = parent.parent().console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        List<Article> articles = input.readArticles(console, parent.parent().stdin());
        Set<String> ids = new HashSet<>();
        int replaced = 0;
        int size;
        Drift drift;
        try (LiveIndex live = folder.open(threads)) {
            Snapshot before = live.snapshot();
            for (Article a : articles) {
                if (ids.add(a.id()) && before.article(a.id()).isPresent()) {
                    replaced++;
                }
            }
            live.upsertAll(articles);
            size = live.snapshot().size();
            drift = live.drift();
        }
        console.summary(
                "%,d articles added, %,d replaced in %s (now %,d) in %.2f s; since the last fit: %,d changes,"
                        + " %.1f%% of the added terms unknown",
                ids.size() - replaced,
                replaced,
                folder.dir(),
                size,
                Pipeline.seconds(start),
                drift.changesSinceFit(),
                100 * drift.unknownTermShare());
        return 0;
    }
}
