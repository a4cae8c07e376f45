package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.explain.Explainer;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.Snapshot;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.ArticleReader;
import io.kindred.io.InputFormat;
import io.kindred.io.ReadOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred similar}: the Similar Articles list of one article, of the corpus (by id) or new (as JSON). An
 * instance is one run: not thread-safe.
 */
@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the Similar Articles list of one article, of the corpus or new.",
            "",
            "Reads and fits the corpus as recommend does, then writes the list of an article of the "
                    + "corpus given by --id,"
                    + " or of a new article given as a JSON object by --article (its terms that are not in the corpus's"
                    + " vocabulary are ignored), with the same presets and ranking policies as recommend.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success (also when a pipe's reader stops early, as head does), 1 failure (invalid input, unknown id, I/O error), 2 usage error.",
            "",
            "Examples:",
            "  kindred similar --id icc-sanctions-01",
            "      the list of an article of the built-in sample corpus",
            "  kindred similar -i articles.jsonl.gz --id 2025-0417 -k 5 --format csv",
            "  kindred similar --id icc-sanctions-01 --past-only --explain 3",
            "      only earlier articles, each with the three terms that contribute most",
            "  echo '{\"id\": \"draft\", \"title\": \"Court hears appeal\", \"body\": \"...\"}' \\",
            "    | kindred similar -i articles.jsonl.gz --article -",
            "      the list for a draft that is not in the corpus, read from standard input",
            "  kindred similar --index related.idx --id 2025-0417",
            "      from a live index (kindred index build): no fit"
        })
final class SimilarCommand implements Callable<Integer> {

    /** Which article: one of the corpus, or new ones. */
    static final class Target {
        @Option(
                names = "--id",
                paramLabel = "ID",
                required = true,
                description = "The id of an article of the corpus (repeat for several lists).")
        private List<String> ids;

        @Option(
                names = "--article",
                paramLabel = "FILE",
                required = true,
                description =
                        "A new article as a JSON object (or several: JSON array, .jsonl, .csv); - for standard input.")
        private String article;
    }

    @ParentCommand
    private Kindred parent;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Mixin
    private ListCommandOptions options;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (!options.stored()) {
            ListCommandOptions.Run run = options.start(parent, spec);
            try (ListOutput out = options.open(run)) {
                List<Article> queries = readArticles();
                SimilarityIndex index = options.index(run).index();
                Recommender recommender = options.recommender(run, index);
                write(run, out, index, queries, recommender::similar, recommender::similar, start);
            }
            return 0;
        }
        try (LiveIndex live = options.openIndex()) {
            ListCommandOptions.Run run = options.start(parent, spec, live);
            try (ListOutput out = options.open(run)) {
                List<Article> queries = readArticles();
                Snapshot snapshot = live.snapshot();
                RankingPolicy policy = options.policy(run, snapshot.index());
                boolean ranking = run.explain() > 0;
                write(
                        run,
                        out,
                        snapshot.index(),
                        queries,
                        (id, k) -> snapshot.similar(id, k, policy, ranking),
                        (a, k) -> snapshot.similar(a, k, policy, ranking),
                        start);
            }
        }
        return 0;
    }

    /** Finds and writes the lists of the ids, then of the new articles. */
    private void write(
            ListCommandOptions.Run run,
            ListOutput out,
            SimilarityIndex index,
            List<Article> queries,
            BiFunction<String, Integer, List<SimilarArticle>> byId,
            BiFunction<Article, Integer, List<SimilarArticle>> byArticle,
            long start)
            throws IOException {
        List<String> ids = new ArrayList<>();
        List<Article> outside = new ArrayList<>(); // the new article of each list, null for an article of the corpus
        List<List<SimilarArticle>> found = new ArrayList<>();
        if (target.ids != null) {
            for (String id : target.ids) {
                if (index.ordinal(id) < 0) {
                    throw new CommandFailure("no article with id '" + id + "' in " + options.describeSource());
                }
                ids.add(id);
                outside.add(null);
                found.add(byId.apply(id, run.k()));
            }
        }
        for (Article a : queries) {
            ids.add(a.id());
            outside.add(a);
            found.add(byArticle.apply(a, run.k()));
        }
        int explain = run.explain();
        Pipeline.Explain why = (list, other) -> outside.get(list) == null
                ? Explainer.explain(index, index.ordinal(ids.get(list)), other, explain)
                : Explainer.explain(index, outside.get(list), other, explain);
        Pipeline.write(out, run.format(), index, ids, found, explain == 0 ? null : why, run.threads(), run.console());
        run.console()
                .summary(
                        "%,d list%s written to %s in %.2f s (%s: %s, %,d terms)",
                        ids.size(),
                        ids.size() == 1 ? "" : "s",
                        out.describe(),
                        Pipeline.seconds(start),
                        options.stored() ? "index" : "corpus",
                        Pipeline.articles(index, run.settings().policy()),
                        index.model().vocabulary().size());
    }

    /** Reads the new articles, if any: in the format of the file name, else JSON; strict. */
    private List<Article> readArticles() throws IOException {
        if (target.article == null) {
            return List.of();
        }
        boolean stdin = target.article.equals("-");
        if (stdin && options.input.readsStandardInput()) {
            throw new ParameterException(
                    spec.commandLine(), "--article - and --input - cannot both read standard input");
        }
        InputFormat format = stdin
                ? InputFormat.JSON
                : InputFormat.byExtension(target.article).orElse(InputFormat.JSON);
        ReadOptions strict = options.input.strictReadOptions().withFormat(format);
        try (ArticleReader r = InputOptions.open(target.article, parent.stdin(), strict)) {
            List<Article> articles = r.readAll();
            if (articles.isEmpty()) {
                throw new CommandFailure("no article in " + r.name());
            }
            return articles;
        }
    }
}
