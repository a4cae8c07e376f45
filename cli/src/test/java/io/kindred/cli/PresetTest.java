package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.rank.TimeWindow;
import io.kindred.core.rank.Undated;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.io.EditorialFile;
import io.kindred.io.OutputFormat;
import io.kindred.io.ReadOptions;
import io.kindred.io.SimilarListWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line and the Java API behave the same: every option of {@code recommend} that changes a setting gives
 * exactly the {@link Preset} that the Java API gives with that setting changed (the defaults and the rules between
 * settings live in core only), and the lists are the library's, byte for byte.
 */
class PresetTest {

    private static final Preset NEWS = Preset.NEWS;

    /** The options that are not settings of a preset: where the articles come from, where lists go, how a run goes. */
    private static final Set<String> RUN_OPTIONS = Set.of(
            "--index",
            "--input",
            "--input-format",
            "--skip-invalid",
            "--max-record-size",
            "--output",
            "--format",
            "--explain",
            "--top-k",
            "--threads",
            "--quiet",
            "--help",
            "--version");

    static List<Article> sample;

    @BeforeAll
    static void readSample() throws IOException {
        sample = FormatsTest.readSampleArticles();
    }

    /** For each option that changes a setting: its arguments, and the same change through the Java API. */
    private static Map<String, Map.Entry<String, Preset>> cases() {
        Map<String, Map.Entry<String, Preset>> c = new LinkedHashMap<>();
        AnalysisSettings a = NEWS.analysis();
        TfidfOptions w = NEWS.weighting();
        RankingPolicy p = NEWS.policy();
        c.put("--preset", Map.entry("--preset sklearn", Preset.SKLEARN));
        c.put(
                "--analyzer",
                Map.entry("--analyzer sklearn", NEWS.withAnalysis(a.withKind(AnalysisSettings.Kind.SKLEARN))));
        c.put("--stemmer", Map.entry("--stemmer porter", NEWS.withAnalysis(a.withStemmer(Stemmer.PORTER))));
        c.put("--word-weight", Map.entry("--word-weight 2", NEWS.withAnalysis(a.withWordWeight(2))));
        c.put("--stop-words", Map.entry("--stop-words none", NEWS.withAnalysis(a.withStopWords(StopWords.NONE))));
        c.put("--ngram", Map.entry("--ngram 1,3", NEWS.withAnalysis(a.withNgrams(1, 3))));
        c.put(
                "--strip-accents",
                Map.entry("--strip-accents ascii", NEWS.withAnalysis(a.withStripAccents(StripAccents.ASCII))));
        c.put("--text-fields", Map.entry("--text-fields title", NEWS.withFields(TextFields.joined("title"))));
        c.put(
                "--field-weights",
                Map.entry("--field-weights title=2,body=1", NEWS.withFields(TextFields.parse("title=2,body=1"))));
        c.put("--weighting", Map.entry("--weighting bm25", NEWS.withWeighting(w.withWeighting(Bm25.DEFAULTS))));
        c.put(
                "--bm25-k1",
                Map.entry(
                        "--weighting bm25 --bm25-k1 1.5",
                        NEWS.withWeighting(w.withWeighting(Bm25.DEFAULTS.withK1(1.5)))));
        c.put(
                "--bm25-b",
                Map.entry(
                        "--weighting bm25 --bm25-b 0.5",
                        NEWS.withWeighting(w.withWeighting(Bm25.DEFAULTS.withB(0.5)))));
        c.put("--min-df", Map.entry("--min-df 3", NEWS.withWeighting(w.withMinDf(DfLimit.count(3)))));
        c.put("--max-df", Map.entry("--max-df 0.4", NEWS.withWeighting(w.withMaxDf(DfLimit.proportion(0.4)))));
        c.put("--max-features", Map.entry("--max-features 1000", NEWS.withWeighting(w.withMaxFeatures(1000))));
        c.put(
                "--[no-]sublinear-tf",
                Map.entry(
                        "--no-sublinear-tf",
                        NEWS.withWeighting(w.withWeighting(w.weighting().withSublinearTf(false)))));
        c.put("--[no-]binary", Map.entry("--binary", NEWS.withWeighting(w.withBinary(true))));
        c.put(
                "--no-smooth-idf",
                Map.entry(
                        "--no-smooth-idf",
                        NEWS.withWeighting(w.withWeighting(w.weighting().withSmoothIdf(false)))));
        c.put(
                "--no-idf",
                Map.entry(
                        "--no-idf",
                        NEWS.withWeighting(w.withWeighting(w.weighting().withUseIdf(false)))));
        c.put("--norm", Map.entry("--norm l1", NEWS.withWeighting(w.withNorm(Norm.L1))));
        c.put(
                "--exclude-ids",
                Map.entry("--exclude-ids a,b", NEWS.withPolicy(p.with(new ExcludeIds(Set.of("a", "b"))))));
        c.put(
                "--exclude-sections",
                Map.entry(
                        "--exclude-sections opinion", NEWS.withPolicy(p.with(new ExcludeSections(Set.of("opinion"))))));
        c.put("--past-only", Map.entry("--past-only", NEWS.withPolicy(p.with(new PastOnly()))));
        c.put("--window-days", Map.entry("--window-days 7", NEWS.withPolicy(p.with(new TimeWindow(7)))));
        c.put(
                "--decay-half-life-days",
                Map.entry("--decay-half-life-days 30", NEWS.withPolicy(p.with(Decay.exponential(30)))));
        c.put(
                "--decay",
                Map.entry("--decay gaussian --decay-half-life-days 30", NEWS.withPolicy(p.with(Decay.gaussian(30)))));
        c.put(
                "--undated",
                Map.entry("--past-only --undated drop", NEWS.withPolicy(p.with(new PastOnly(Undated.DROP)))));
        c.put("--min-score", Map.entry("--min-score 0.1", NEWS.withPolicy(p.with(new MinScore(0.1)))));
        c.put(
                "--dedup-threshold",
                Map.entry("--dedup-threshold 0.9", NEWS.withPolicy(p.with(new NearDuplicates(0.9)))));
        c.put("--mmr-lambda", Map.entry("--mmr-lambda 0.7", NEWS.withPolicy(p.with(new Mmr(0.7)))));
        c.put(
                "--feedback",
                Map.entry(
                        "--feedback 3,5", NEWS.withPolicy(p.update(Feedback.class, f -> f.withRounds(List.of(3, 5))))));
        c.put(
                "--feedback-weight",
                Map.entry("--feedback-weight 1.5", NEWS.withPolicy(p.update(Feedback.class, f -> f.withWeight(1.5)))));
        c.put(
                "--feedback-pool",
                Map.entry("--feedback-pool 80", NEWS.withPolicy(p.update(Feedback.class, f -> f.withPool(80)))));
        c.put(
                "--latent-dims",
                Map.entry("--latent-dims 50", NEWS.withPolicy(p.update(Latent.class, l -> l.withDims(50)))));
        c.put(
                "--latent-weight",
                Map.entry("--latent-weight 0.5", NEWS.withPolicy(p.update(Latent.class, l -> l.withWeight(0.5)))));
        // --editorial needs the corpus: see editorialOverridesAreTheLibrarysSteps
        return c;
    }

    private static Preset cli(String options) {
        return CompareOptions.parse(options, new CommandLine(new Kindred(System.in, false, System::nanoTime)))
                .settings();
    }

    @Test
    void everyOptionThatChangesASettingGivesTheJavaApisPreset() {
        Map<String, Map.Entry<String, Preset>> cases = cases();
        for (Map.Entry<String, Map.Entry<String, Preset>> c : cases.entrySet()) {
            assertEquals(c.getValue().getValue(), cli(c.getValue().getKey()), c.getKey());
        }
        // every option of recommend is a run option, --editorial, or has a case above
        Set<String> uncovered = new TreeSet<>();
        PrintWriter none = new PrintWriter(new StringWriter());
        CommandLine recommend = Kindred.commandLine(none, none, System.in, false)
                .getSubcommands()
                .get("recommend");
        for (OptionSpec o : recommend.getCommandSpec().options()) {
            String name = o.longestName();
            String shown = o.negatable() ? name.replace("--no-", "--").replace("--", "--[no-]") : name;
            if (!RUN_OPTIONS.contains(name) && !name.equals("--editorial") && !cases.containsKey(shown)) {
                uncovered.add(shown);
            }
        }
        assertEquals(Set.of(), uncovered, "options without a Java API case");
    }

    @Test
    void everyRankingStepHasItsOptionInTheHelpsOrder() {
        for (Class<? extends io.kindred.core.rank.RankingStep> step : RankingPolicy.ORDER) {
            assertEquals(true, PolicyOptions.optionOf(step) != null, step.getSimpleName());
        }
        String help = Cli.run("recommend", "--help").out().replaceAll("\\s+", " ");
        assertEquals(true, help.contains("Ranking steps apply in this order: " + PolicyOptions.order() + "."), help);
    }

    @Test
    void rulesBetweenSettingsAreCoresWhateverTheOrderOfTheOptions() {
        // switching analyzers takes the new analyzer's own defaults (its stemmer, word weight 1): in core
        Preset english = Preset.SKLEARN.withAnalysis(Preset.SKLEARN.analysis().withKind(AnalysisSettings.Kind.ENGLISH));
        assertEquals(Stemmer.PORTER, english.analysis().stemmer());
        assertEquals(english, cli("--preset sklearn --analyzer english"));
        // a preset without feedback gets feedback's defaults
        Preset oneRound = Preset.SKLEARN.withPolicy(RankingPolicy.of(Feedback.rounds(List.of(3))));
        assertEquals(oneRound, cli("--preset sklearn --feedback 3"));
        // options change settings in a fixed order, whatever their order on the command line
        assertEquals(cli("--weighting bm25 --bm25-k1 2"), cli("--bm25-k1 2 --weighting bm25"));
        assertEquals(NEWS, cli(""));
    }

    @Test
    void editorialOverridesAreTheLibrarysSteps(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("editorial.jsonl"),
                "{\"article\": \"*\", \"boost\": \"" + sample.get(5).id() + "\", \"factor\": 3}\n"
                        + "{\"article\": \"" + sample.get(0).id() + "\", \"pin\": \""
                        + sample.get(9).id()
                        + "\", \"position\": 1}\n"
                        + "{\"article\": \"*\", \"block\": \"" + sample.get(1).id() + "\"}\n",
                StandardCharsets.UTF_8);
        SimilarityIndex index = SimilarityIndex.build(sample, NEWS.vectorizer(), 2);
        EditorialFile.Loaded loaded = EditorialFile.read(file, id -> index.ordinal(id) >= 0, ReadOptions.defaults());
        assertEquals(
                library(index, NEWS.policy().with(loaded.editorial().steps())),
                run("recommend", "-q", "--editorial", file.toString()));
    }

    @Test
    void theDefaultIsTheNewsPresetAndSklearnIsScikitLearns() throws IOException {
        String news = library(SimilarityIndex.build(sample, NEWS.vectorizer(), 2), NEWS.policy());
        assertEquals(news, run("recommend", "-q"));
        assertEquals(news, run("recommend", "-q", "--preset", "news"));
        assertEquals(news, SampleTest.expected());
        assertEquals(
                library(SimilarityIndex.build(sample, Preset.SKLEARN.vectorizer(), 2), RankingPolicy.NONE),
                run("recommend", "-q", "--preset", "sklearn"));
        Preset bm25 = cli("--field-weights title=2,body=1 --weighting bm25 --bm25-k1 1.5");
        assertEquals(
                library(SimilarityIndex.build(sample, bm25.vectorizer(), 2), bm25.policy()),
                run("recommend", "-q", "--weighting", "bm25", "--bm25-k1", "1.5", "--field-weights", "title=2,body=1"));
    }

    /** The JSON Lines the library gives for the sample with this index and policy. */
    private static String library(SimilarityIndex index, RankingPolicy policy) throws IOException {
        List<List<SimilarArticle>> lists = new Recommender(index, policy).allSimilar(10, 2, (done, total) -> {});
        StringWriter out = new StringWriter();
        SimilarListWriter w = SimilarListWriter.of(OutputFormat.JSONL, out);
        for (int i = 0; i < lists.size(); i++) {
            w.write(sample.get(i).id(), lists.get(i));
        }
        w.finish();
        return out.toString();
    }

    private static String run(String... args) {
        Cli.Result r = Cli.run(new ArrayList<>(List.of(args)).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out();
    }
}
