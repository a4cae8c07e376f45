package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.explain.Explainer;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.Snapshot;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred recommend}: the Similar Articles list of every article of a corpus. An instance is one run: not
 * thread-safe.
 */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the Similar Articles list of every article of a corpus.",
            "",
            "Reads the corpus, fits TF-IDF (or BM25) on it and writes, for every article in input order, the top K"
                    + " other articles by cosine similarity (only cosines > 0) with their titles and urls, after the"
                    + " ranking policies (in the order given at the end of this help). Each entry has a score, what its"
                    + " list is ordered by (never increasing; ties by input order), and its cosine. The lists are exact"
                    + " and the same for any number of threads.",
            "",
            "The default preset, news, is kindred's choice for news sites; --preset sklearn gives scikit-learn's"
                    + " TfidfVectorizer lists exactly.",
            ""
        },
        footer = {
            "",
            "Input fields: id (required, unique), title, body, url, date (ISO-8601), section (or "
                    + "category), tags, source,"
                    + " language; others are ignored.",
            "Exit codes: 0 success (also when a pipe's reader stops early, as head does), 1 failure (invalid input, I/O error), 2 usage error.",
            "",
            "Examples:",
            "  kindred recommend | head -3",
            "      the lists of the built-in sample corpus, on standard output",
            "  kindred recommend -i articles.jsonl.gz -o related.jsonl",
            "  kindred recommend -i export.csv -o related.csv -k 5 --min-score 0.1",
            "      CSV in and out; at most 5 articles per list, none scoring below 0.1",
            "  kindred recommend -i a.jsonl --past-only --window-days 365 --dedup-threshold 0.9",
            "      only earlier articles of the last year, no wire copies of the same story",
            "  kindred recommend -i a.jsonl --exclude-sections opinion --decay-half-life-days 30",
            "      no opinion pieces; a month-old article counts half",
            "  kindred recommend -i a.jsonl --editorial overrides.jsonl --explain 5",
            "      editors' pins, boosts and blocks; the five terms behind each score",
            "  kindred recommend -i a.jsonl --field-weights title=2,body=1,tags=1 --weighting bm25",
            "  kindred recommend -i a.jsonl --preset sklearn --ngram 1,2 --min-df 2",
            "      as scikit-learn's TfidfVectorizer(ngram_range=(1, 2), min_df=2)",
            "  kindred recommend --index related.idx --past-only -o related.jsonl",
            "      the lists of a live index (kindred index build), no fit; ranking options apply per request"
        })
final class RecommendCommand implements Callable<Integer> {

    @ParentCommand
    private Kindred parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ListCommandOptions options;

    @Override
    public Integer call() throws Exception {
        if (options.stored()) {
            return fromIndex();
        }
        long start = System.nanoTime();
        ListCommandOptions.Run run = options.start(parent, spec);
        try (ListOutput out = options.open(run)) {
            InputOptions.Indexed indexed = options.index(run);
            SimilarityIndex index = indexed.index();
            long read = indexed.readEnd(); // analysis overlaps the reading: "fit" is what remains after it
            long fitted = System.nanoTime();
            Recommender recommender = options.recommender(run, index);
            List<List<SimilarArticle>> all = Pipeline.allSimilar(recommender, run.k(), run.threads(), run.console());
            long scored = System.nanoTime();
            List<String> ids = new ArrayList<>(index.size());
            for (int i = 0; i < index.size(); i++) {
                ids.add(index.article(i).id());
            }
            write(out, run, index, ids, all);
            run.console()
                    .summary(
                            "%s, %,d terms; %,d lists written to %s in %.2f s (read %.2f, fit %.2f, "
                                    + "score %.2f, write %.2f)",
                            Pipeline.articles(index, run.settings().policy()),
                            index.model().vocabulary().size(),
                            ids.size(),
                            out.describe(),
                            Pipeline.seconds(start),
                            (read - start) / 1e9,
                            (fitted - read) / 1e9,
                            (scored - fitted) / 1e9,
                            Pipeline.seconds(scored));
        }
        return 0;
    }

    /** Writes every list, explained as the run asks. */
    private static void write(
            ListOutput out,
            ListCommandOptions.Run run,
            SimilarityIndex index,
            List<String> ids,
            List<List<SimilarArticle>> all)
            throws IOException {
        int explain = run.explain();
        Pipeline.write(
                out,
                run.format(),
                index,
                ids,
                all,
                explain == 0 ? null : (list, other) -> Explainer.explain(index, list, other, explain),
                run.threads(),
                run.console());
    }

    /** The lists of a stored index: looked up or ranked from its kept neighbours, no fit. */
    private int fromIndex() throws IOException {
        long start = System.nanoTime();
        try (LiveIndex live = options.openIndex()) {
            long opened = System.nanoTime();
            ListCommandOptions.Run run = options.start(parent, spec, live);
            Snapshot snapshot = live.snapshot();
            SimilarityIndex index = snapshot.index();
            try (ListOutput out = options.open(run)) {
                RankingPolicy policy = options.policy(run, index);
                int explain = run.explain();
                List<List<SimilarArticle>> all =
                        Pipeline.allSimilar(snapshot, run.k(), policy, explain > 0, run.threads(), run.console());
                long scored = System.nanoTime();
                List<String> ids = snapshot.articles().stream().map(Article::id).toList();
                write(out, run, index, ids, all);
                run.console()
                        .summary(
                                "%s, %,d terms; %,d lists written to %s in %.2f s (open %.2f, score %.2f, write %.2f)",
                                Pipeline.articles(index, policy),
                                index.model().vocabulary().size(),
                                ids.size(),
                                out.describe(),
                                Pipeline.seconds(start),
                                (opened - start) / 1e9,
                                (scored - opened) / 1e9,
                                Pipeline.seconds(scored));
            }
        }
        return 0;
    }
}
