package io.kindred.cli;

import io.kindred.cli.evaluate.Evaluation;
import io.kindred.cli.evaluate.ExampleLists;
import io.kindred.cli.evaluate.HtmlReport;
import io.kindred.cli.evaluate.JsonReport;
import io.kindred.cli.evaluate.LabelMetrics;
import io.kindred.cli.evaluate.PairedTest;
import io.kindred.cli.evaluate.RankCorrelation;
import io.kindred.cli.evaluate.TextReport;
import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.ArticleRecord;
import io.kindred.io.AtomicOutput;
import io.kindred.io.Judgment;
import io.kindred.io.JudgmentFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred evaluate}: how good the Similar Articles lists of a configuration are on a labelled corpus, on judged
 * pairs, and against a second configuration. An instance is one run: not thread-safe.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures the Similar Articles lists of a corpus against its labels.",
            "",
            "Computes every article's list as recommend does (same presets, analysis, weighting and ranking options),"
                    + " then: precision@K (the share of the K places filled by an article sharing a label with the"
                    + " article; a missing place counts as a miss), MAP@K and nDCG@K (binary relevance, ideal from the"
                    + " number of articles sharing a label), coverage (the share of full lists), the list lengths and"
                    + " precision@K per label. Labels separated by | are several labels: sharing any one counts.",
            "",
            "With --judgments: Spearman, Kendall and Pearson correlation between the cosine of judged pairs and their"
                    + " judged similarity; a corpus without labels then needs none (the label metrics are skipped)."
                    + " With --compare: the same measures for a second configuration, the settings in which the two"
                    + " differ, and a paired Wilcoxon signed-rank test of per-article precision@K.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 failure (invalid input, I/O error), 2 usage error.",
            "",
            "Examples:",
            "  kindred evaluate --label-field story",
            "      the built-in sample, its stories as labels",
            "  kindred evaluate -i bbc.jsonl.gz --compare \"--preset sklearn\"",
            "      the news preset against scikit-learn's defaults, with the p-value",
            "  kindred evaluate -i bbc.jsonl.gz --format json --report bbc.html",
            "      figures as JSON on standard output, charts in one HTML page",
            "  kindred evaluate -i a.jsonl --judgments pairs.jsonl",
            "      pairs.jsonl: one {\"id1\": ..., \"id2\": ..., \"score\": ...} per line"
        })
final class EvaluateCommand implements Callable<Integer> {

    /** The formats of the report on standard output. */
    enum ReportFormat {
        /** Aligned tables. */
        TABLE,
        /** One JSON object. */
        JSON
    }

    @ParentCommand
    private Kindred parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(
            names = "--label-field",
            paramLabel = "FIELD",
            description = "The field that holds the labels: category (the default; the same as section), tags, source,"
                    + " language or any other field of the input, such as story in the built-in sample. Several labels"
                    + " are separated by |.")
    private String labelField = "category";

    @Option(
            names = "--judgments",
            paramLabel = "FILE",
            description = "Judged pairs, JSON Lines: {\"id1\": \"a\", \"id2\": \"b\", \"score\": 3} per line, higher ="
                    + " more similar.")
    private Path judgments;

    @Option(
            names = "--compare",
            paramLabel = "OPTIONS",
            description = "A second configuration, as the options of recommend in one argument, e.g. \"--preset"
                    + " sklearn\"; it starts from the defaults, not from this command's options.")
    private String compare;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "table (default) or json: the report on standard output.")
    private ReportFormat format = ReportFormat.TABLE;

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description = "Also write one self-contained HTML page, atomically: for each configuration the score"
                    + " distribution, precision@K per label, its settings (with --compare, those that differ) and the"
                    + " five best and five worst lists by precision@K, with titles.")
    private Path report;

    @Mixin
    private ListOptions lists;

    @Mixin
    private VectorizerOptions vectors;

    @Mixin
    private PolicyOptions policies;

    @Mixin
    private RunOptions run;

    /** How many of the best and of the worst lists the HTML report shows. */
    private static final int EXAMPLES = 5;

    /** A configuration's index and lists. */
    private record Lists(SimilarityIndex index, List<List<SimilarArticle>> lists) {}

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        int k = lists.validated().k();
        int threads = run.validated().threads();
        Preset settings = policies.apply(vectors.apply());
        CompareOptions other = compare == null ? null : CompareOptions.parse(compare, spec.commandLine());
        LabelField field;
        try {
            field = LabelField.of(labelField);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--label-field: " + e.getMessage());
        }
        Console console = parent.console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        try (AtomicOutput html = report == null ? null : AtomicOutput.create(report)) {
            List<ArticleRecord> records = input.readRecords(console, parent.stdin(), field.extraFields());
            List<Article> articles = new ArrayList<>(records.size());
            List<Set<String>> labels = new ArrayList<>(records.size());
            for (ArticleRecord r : records) {
                articles.add(r.article());
                labels.add(field.labels(r));
            }
            if (judgments == null && labels.stream().allMatch(Set::isEmpty)) {
                throw new CommandFailure("no article of " + input.describe() + " has a label in the field \""
                        + labelField + "\"; choose the field with --label-field, or give --judgments");
            }
            Lists mine = compute(articles, settings, policies, k, threads, console);
            List<Judgment> pairs = judgments == null ? null : judgedPairs(mine.index(), console);
            Evaluation.Configuration measured = measure(settings, mine, labels, k, pairs);
            Evaluation.Comparison comparison = null;
            if (other != null) {
                Lists theirs = compute(articles, other.settings(), other.policies, k, threads, console);
                Evaluation.Configuration measuredB = measure(other.settings(), theirs, labels, k, pairs);
                PairedTest test =
                        measured.metrics().queries() == 0 ? null : paired(measured.metrics(), measuredB.metrics());
                comparison = new Evaluation.Comparison(compare, measuredB, test);
            }
            Evaluation evaluation = new Evaluation(input.describe(), labelField, settings.name(), measured, comparison);
            PrintWriter out = spec.commandLine().getOut();
            if (format == ReportFormat.JSON) {
                JsonReport.write(evaluation, out);
            } else {
                TextReport.write(evaluation, out);
            }
            if (html != null) {
                HtmlReport.write(evaluation, html.writer());
                html.commit();
            }
            ListOutput.of(out).commit();
            console.summary(
                    "%,d articles evaluated in %.2f s%s",
                    articles.size(), Pipeline.seconds(start), report == null ? "" : "; report written to " + report);
        }
        return 0;
    }

    /** Indexes the corpus and computes every list with one configuration. */
    private Lists compute(
            List<Article> articles, Preset settings, PolicyOptions policyOptions, int k, int threads, Console console)
            throws IOException {
        SimilarityIndex index = Pipeline.index(articles, settings.vectorizer(), threads, console);
        Recommender recommender =
                new Recommender(index, settings.policy().with(policyOptions.editorial(index, input, console)));
        return new Lists(index, Pipeline.allSimilar(recommender, k, threads, console));
    }

    private static List<int[]> ordinals(Lists lists) {
        List<int[]> out = new ArrayList<>(lists.lists().size());
        for (List<SimilarArticle> list : lists.lists()) {
            int[] ordinals = new int[list.size()];
            for (int i = 0; i < ordinals.length; i++) {
                ordinals[i] = list.get(i).ordinal();
            }
            out.add(ordinals);
        }
        return out;
    }

    /** Everything measured of one configuration's lists. */
    private static Evaluation.Configuration measure(
            Preset settings, Lists lists, List<Set<String>> labels, int k, List<Judgment> pairs) {
        LabelMetrics.Result metrics = LabelMetrics.evaluate(labels, ordinals(lists), k);
        ExampleLists.Choice choice = ExampleLists.choose(metrics.queryPrecision(), EXAMPLES);
        return new Evaluation.Configuration(
                EffectiveSettings.of(settings),
                metrics,
                scores(lists.lists()),
                pairs == null ? null : correlation(lists.index(), pairs),
                examples(choice.best(), lists, labels, metrics),
                examples(choice.worst(), lists, labels, metrics));
    }

    private static double[] scores(List<List<SimilarArticle>> lists) {
        return lists.stream()
                .flatMap(List::stream)
                .mapToDouble(SimilarArticle::score)
                .toArray();
    }

    /** The chosen articles with their lists, titles and labels, for the report to show. */
    private static List<ExampleLists.Example> examples(
            List<Integer> chosen, Lists lists, List<Set<String>> labels, LabelMetrics.Result metrics) {
        double[] precision = metrics.queryPrecision();
        List<ExampleLists.Example> out = new ArrayList<>(chosen.size());
        for (int q : chosen) {
            List<ExampleLists.Entry> entries = new ArrayList<>();
            for (SimilarArticle s : lists.lists().get(q)) {
                entries.add(new ExampleLists.Entry(
                        s.id(),
                        titleOf(s.article()),
                        s.score(),
                        !Collections.disjoint(labels.get(q), labels.get(s.ordinal()))));
            }
            Article a = lists.index().article(q);
            out.add(new ExampleLists.Example(
                    a.id(), titleOf(a), List.copyOf(new TreeSet<>(labels.get(q))), precision[q], entries));
        }
        return out;
    }

    private static String titleOf(Article a) {
        return a.title() == null ? "" : a.title();
    }

    /** The judged pairs whose articles are both in the corpus (others are skipped and reported). */
    private List<Judgment> judgedPairs(SimilarityIndex index, Console console) throws IOException {
        JudgmentFile.Loaded loaded =
                JudgmentFile.read(judgments, id -> index.ordinal(id) >= 0, input.readOptions(console));
        InputOptions.reportSkipped(console, loaded.skipped(), "judgment", judgments.toString());
        List<Judgment> pairs = loaded.judgments();
        if (pairs.size() < 2) {
            throw new CommandFailure(
                    "a correlation needs at least 2 judged pairs, " + judgments + " has " + pairs.size());
        }
        return pairs;
    }

    /** Spearman, Kendall and Pearson between the exact cosine of each judged pair and its judgment. */
    private static RankCorrelation correlation(SimilarityIndex index, List<Judgment> pairs) {
        double[] cosine = new double[pairs.size()];
        double[] judged = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            Judgment j = pairs.get(i);
            cosine[i] = index.vectors()
                    .row(index.ordinal(j.id1()))
                    .dot(index.vectors().row(index.ordinal(j.id2())));
            judged[i] = j.score();
        }
        return RankCorrelation.of(cosine, judged);
    }

    /** The Wilcoxon test of per-article precision@k over the articles with a label. */
    private static PairedTest paired(LabelMetrics.Result a, LabelMetrics.Result b) {
        double[] pa = a.queryPrecision();
        double[] pb = b.queryPrecision();
        double[] x = new double[a.queries()];
        double[] y = new double[a.queries()];
        for (int i = 0, j = 0; i < pa.length; i++) {
            if (!Double.isNaN(pa[i])) {
                x[j] = pa[i];
                y[j++] = pb[i];
            }
        }
        return PairedTest.wilcoxon(x, y);
    }
}
