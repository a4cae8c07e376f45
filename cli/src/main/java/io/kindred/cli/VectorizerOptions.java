package io.kindred.cli;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The preset and the options that choose the vector space: each option given changes one setting of the preset
 * ({@code --preset}, default {@link Preset#NEWS}) through core, which validates it and holds the rules between settings
 * (an analyzer's own defaults, a weighting scheme's own parameters). Nothing here repeats a preset's value or a check:
 * an option that is not given keeps the preset's setting. With {@code --preset sklearn} every default is scikit-learn's
 * {@code TfidfVectorizer} default, so that scikit-learn's options give scikit-learn's vectors.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class VectorizerOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** This mixin's own options. */
    @Spec(Spec.Target.SELF)
    private CommandSpec self;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            description =
                    "news (kindred's default, chosen by measurement on news corpora) or sklearn (every scikit-learn"
                            + " TfidfVectorizer default, no re-ranking). The options below override "
                            + "single settings of it.")
    private Preset preset = Preset.NEWS;

    @Option(
            names = "--analyzer",
            paramLabel = "NAME",
            description = "sklearn (scikit-learn's analysis, exactly) or english (Lucene's tokenizer, possessives,"
                    + " optional stemming). Default: the preset's.")
    private AnalysisSettings.Kind analyzer;

    @Option(
            names = "--stemmer",
            paramLabel = "NAME",
            description = "porter, snowball or none (english analyzer only). Default: the preset's.")
    private LuceneEnglishAnalyzer.Stemmer stemmer;

    @Option(
            names = "--word-weight",
            paramLabel = "N",
            description =
                    "With n-grams, count each single word N times (english analyzer only). Default: the preset's.")
    private Integer wordWeight;

    @Option(
            names = "--stop-words",
            paramLabel = "LIST",
            description = "english (scikit-learn's 318 words), lucene-english or none. Default: the preset's.")
    private StopWords stopWords;

    @Option(
            names = "--min-df",
            paramLabel = "DF",
            description = "Drop terms in fewer documents: an integer is a count, a decimal a proportion. Given, it and"
                    + " --max-df apply as in scikit-learn, to a corpus of any size. Default: the preset's (news: on"
                    + " corpora of " + Preset.NEWS_DF_LIMITS_FROM
                    + " articles or more; a smaller one keeps every term).")
    private String minDf;

    @Option(
            names = "--max-df",
            paramLabel = "DF",
            description = "Drop terms in more documents: an integer is a count, a decimal a proportion. Default: as"
                    + " --min-df.")
    private String maxDf;

    @Option(
            names = "--max-features",
            paramLabel = "N",
            description = "Keep only the N terms most frequent in the corpus. Default: the preset's.")
    private Integer maxFeatures;

    @Option(
            names = "--ngram",
            paramLabel = "LO,HI",
            description = "Word n-grams from LO to HI words. Default: the preset's.")
    private NgramRange ngram;

    @Option(
            names = "--sublinear-tf",
            negatable = true,
            description = "Use 1 + ln(tf) instead of tf (tfidf weighting). Default: the preset's.")
    private Boolean sublinearTf;

    @Option(
            names = "--binary",
            negatable = true,
            description = "Count each term once per article. Default: the preset's.")
    private Boolean binary;

    @Option(
            names = "--strip-accents",
            paramLabel = "HOW",
            description = "ascii or unicode: remove accents (english analyzer: fold to ASCII). Default: keep them.")
    private StripAccents stripAccents;

    @Option(names = "--no-smooth-idf", description = "idf = ln(n / df) + 1 instead of ln((n + 1) / (df + 1)) + 1.")
    private Boolean noSmoothIdf;

    @Option(names = "--no-idf", description = "Weigh terms by tf only.")
    private Boolean noIdf;

    @Option(
            names = "--norm",
            paramLabel = "NORM",
            description = "l2 (scores are cosines), l1 or none. Default: the preset's.")
    private Norm norm;

    @Option(
            names = "--weighting",
            paramLabel = "SCHEME",
            description = "tfidf (scikit-learn's) or bm25 (saturated, length-normalised tf times BM25 idf, then "
                    + "normalised; the"
                    + " preset's sublinear tf does not apply to it). Default: the preset's.")
    private Weighting weighting;

    @Option(
            names = "--bm25-k1",
            paramLabel = "K1",
            description = "BM25 term-frequency saturation, > 0. Default: the preset's.")
    private Double k1;

    @Option(
            names = "--bm25-b",
            paramLabel = "B",
            description = "BM25 length normalisation in [0, 1]. Default: the preset's.")
    private Double b;

    @Option(
            names = "--text-fields",
            paramLabel = "FIELDS",
            description = "Fields analysed as one text, joined by newlines (scikit-learn's convention): any of "
                    + "title, body, tags,"
                    + " section, source. Default: the preset's.")
    private String textFields;

    @Option(
            names = "--field-weights",
            paramLabel = "FIELD=W,...",
            description = "Fields analysed separately, each term count multiplied by its field's weight, e.g."
                    + " title=2,body=1,tags=1 (a title term counts twice). Not with --text-fields.")
    private String fieldWeights;

    /**
     * The settings of the presets, read from the library, for the end of the help of the commands.
     *
     * @return the lines
     */
    static List<String> presetHelp() {
        List<String> lines =
                new ArrayList<>(List.of("", "Presets (each option above overrides one of their settings):"));
        for (Preset p : List.of(Preset.NEWS, Preset.SKLEARN)) {
            AnalysisSettings a = p.analysis();
            TfidfOptions w = p.weighting();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s %s analyzer, stemmer %s, stop words %s, n-grams %d,%d (word weight %d), fields %s,",
                    p.name(),
                    lower(a.kind()),
                    lower(a.stemmer()),
                    a.stopWords().name(),
                    a.ngramMin(),
                    a.ngramMax(),
                    a.wordWeight(),
                    p.fields()));
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s %s, min df %s, max df %s%s%s, norm %s,",
                    "",
                    w.weighting().describe(),
                    w.minDf(),
                    w.maxDf(),
                    w.dfLimitsFrom() > 0 ? " (from " + w.dfLimitsFrom() + " articles)" : "",
                    w.binary() ? ", binary" : "",
                    lower(w.norm())));
            List<RankingStep> steps = p.policy().steps();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s ranking %s",
                    "",
                    steps.isEmpty()
                            ? "none"
                            : String.join(
                                    ", ",
                                    steps.stream().map(RankingStep::toString).toList())));
        }
        return lines;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** @return the preset chosen, before any override */
    Preset preset() {
        return preset;
    }

    /**
     * @return the preset with every option given applied
     * @throws ParameterException naming the option, for a value core refuses or options that contradict each other
     */
    Preset apply() {
        return apply(preset);
    }

    /**
     * @param stored the settings of a stored index
     * @return them, or the preset of {@code --preset} if given, with every option given applied
     * @throws ParameterException naming the option, for a value core refuses or options that contradict each other
     */
    Preset applyTo(Preset stored) {
        return apply(spec.commandLine().getParseResult().hasMatchedOption("--preset") ? preset : stored);
    }

    private Preset apply(Preset base) {
        Overrides o = new Overrides(spec);
        AnalysisSettings a = base.analysis();
        a = o.apply(a, "--analyzer", analyzer, AnalysisSettings::withKind);
        a = o.apply(a, "--stop-words", stopWords, AnalysisSettings::withStopWords);
        a = o.apply(a, "--ngram", ngram, (x, v) -> x.withNgrams(v.min(), v.max()));
        a = o.apply(a, "--stemmer", stemmer, AnalysisSettings::withStemmer);
        a = o.apply(a, "--word-weight", wordWeight, AnalysisSettings::withWordWeight);
        a = o.apply(a, "--strip-accents", stripAccents, AnalysisSettings::withStripAccents);
        if (textFields != null && fieldWeights != null) {
            throw o.usage("--text-fields and --field-weights are two ways to give the same setting: give one (was"
                    + " --text-fields " + textFields + " --field-weights " + fieldWeights + ")");
        }
        TextFields f = base.fields();
        f = o.apply(f, "--text-fields", textFields, (x, v) -> TextFields.joined(v));
        f = o.apply(f, "--field-weights", fieldWeights, (x, v) -> TextFields.parse(v));
        TfidfOptions w = base.weighting();
        w = o.apply(
                w,
                "--weighting",
                weighting,
                (x, v) -> v.name().equals(x.weighting().name()) ? x : x.withWeighting(v));
        w = o.apply(w, "--min-df", minDf, (x, v) -> x.withMinDf(DfLimit.parse(v)));
        w = o.apply(w, "--max-df", maxDf, (x, v) -> x.withMaxDf(DfLimit.parse(v)));
        w = o.apply(w, "--max-features", maxFeatures, TfidfOptions::withMaxFeatures);
        w = o.apply(
                w,
                "--sublinear-tf",
                sublinearTf,
                (x, v) -> x.withWeighting(x.weighting().withSublinearTf(v)));
        w = o.apply(w, "--binary", binary, TfidfOptions::withBinary);
        w = o.apply(
                w,
                "--no-smooth-idf",
                noSmoothIdf,
                (x, v) -> x.withWeighting(x.weighting().withSmoothIdf(!v)));
        w = o.apply(
                w, "--no-idf", noIdf, (x, v) -> x.withWeighting(x.weighting().withUseIdf(!v)));
        w = o.apply(w, "--norm", norm, TfidfOptions::withNorm);
        w = o.apply(w, "--bm25-k1", k1, (x, v) -> x.withWeighting(x.weighting().withK1(v)));
        w = o.apply(w, "--bm25-b", b, (x, v) -> x.withWeighting(x.weighting().withB(v)));
        return base.withAnalysis(a).withFields(f).withWeighting(w);
    }

    /**
     * @param e settings that contradict each other
     * @return the options that set them, e.g. {@code --min-df, --max-df}
     */
    static String options(ConflictingSettingsException e) {
        return String.join(
                ", ", e.settings().stream().map(VectorizerOptions::optionOf).toList());
    }

    /** @return the options of this mixin given on the command line, in the order of the help */
    List<String> given() {
        ParseResult parsed = spec.commandLine().getParseResult();
        return self.options().stream()
                .filter(parsed::hasMatchedOption)
                .map(OptionSpec::longestName)
                .toList();
    }

    /**
     * @param setting a setting of a fitted model as {@link io.kindred.core.preset.PresetCodec#modelDifferences} names
     *     it, e.g. {@code weighting.min_df}
     * @return the options that change it, e.g. {@code --min-df}; none for a setting of no option
     */
    static List<String> optionsChanging(String setting) {
        return MODEL_SETTINGS.entrySet().stream()
                .filter(e -> setting.equals(e.getKey()) || setting.startsWith(e.getKey() + "."))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    /** PresetCodec's keys (or key prefixes) of the model's settings, each with the options that change it. */
    private static final Map<String, List<String>> MODEL_SETTINGS = Map.ofEntries(
            Map.entry("analysis.kind", List.of("--analyzer")),
            Map.entry("analysis.stop_words", List.of("--stop-words")),
            Map.entry("analysis.ngram_min", List.of("--ngram")),
            Map.entry("analysis.ngram_max", List.of("--ngram")),
            Map.entry("analysis.stemmer", List.of("--stemmer")),
            Map.entry("analysis.word_weight", List.of("--word-weight")),
            Map.entry("analysis.strip_accents", List.of("--strip-accents")),
            Map.entry("fields", List.of("--text-fields", "--field-weights")),
            Map.entry("weighting.min_df", List.of("--min-df")),
            Map.entry("weighting.max_df", List.of("--max-df")),
            // giving either limit makes both apply to a corpus of any size
            Map.entry("weighting.df_limits_from", List.of("--min-df", "--max-df")),
            Map.entry("weighting.max_features", List.of("--max-features")),
            Map.entry("weighting.binary", List.of("--binary")),
            Map.entry("weighting.norm", List.of("--norm")),
            Map.entry("weighting.scheme", List.of("--weighting")),
            Map.entry("weighting.tfidf.sublinear_tf", List.of("--sublinear-tf")),
            Map.entry("weighting.tfidf.use_idf", List.of("--no-idf")),
            Map.entry("weighting.tfidf.smooth_idf", List.of("--no-smooth-idf")),
            Map.entry("weighting.bm25.use_idf", List.of("--no-idf")),
            Map.entry("weighting.bm25.k1", List.of("--bm25-k1")),
            Map.entry("weighting.bm25.b", List.of("--bm25-b")),
            Map.entry("policy.latent.dims", List.of("--latent-dims")));

    private static String optionOf(String setting) {
        return switch (setting) {
            case "min_df" -> "--min-df";
            case "max_df" -> "--max-df";
            default -> setting;
        };
    }
}
