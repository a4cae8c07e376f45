package io.kindred.cli;

import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Feedback;
import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.core.weighting.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the vector space, and the one place where they become a {@link Vectorizer}: a {@link Preset}
 * ({@code --preset}, default {@link Preset#NEWS}) whose settings each option overrides one by one. Nothing here repeats
 * a preset's values: an option that is not given takes the preset's. With {@code --preset sklearn} every default is
 * scikit-learn's {@code TfidfVectorizer} default, so that scikit-learn's options give scikit-learn's vectors.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class VectorizerOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

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
    private Preset.AnalyzerKind analyzer;

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
            description = "Drop terms in fewer documents: an integer is a count, a decimal a proportion. Default: the"
                    + " preset's.")
    private String minDf;

    @Option(
            names = "--max-df",
            paramLabel = "DF",
            description = "Drop terms in more documents: an integer is a count, a decimal a proportion. Default: the"
                    + " preset's.")
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
            TfidfOptions w = p.weighting();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s %s analyzer, stemmer %s, stop words %s, n-grams %d,%d (word weight" + " %d), fields %s,",
                    p.name(),
                    lower(p.analyzer()),
                    lower(p.stemmer()),
                    p.stopWords().name(),
                    p.ngramMin(),
                    p.ngramMax(),
                    p.wordWeight(),
                    p.fields()));
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s %s, min df %s, max df %s%s, norm %s,",
                    "",
                    w.weighting().describe(),
                    w.minDf(),
                    w.maxDf(),
                    w.binary() ? ", binary" : "",
                    lower(w.norm())));
            Feedback f = p.feedback();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-8s feedback %s",
                    "",
                    f.enabled()
                            ? f.rounds().stream().map(String::valueOf).collect(Collectors.joining(",")) + " (weight "
                                    + f.weight() + ", pool " + f.pool() + ")"
                            : "none"));
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
     * @return the vectorizer these options describe
     * @throws ParameterException for options that contradict each other or are out of range
     */
    Vectorizer vectorizer() {
        try {
            return new TfidfVectorizer(analyzer(), fields(), weighting());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private Analyzer analyzer() {
        Preset.Builder p = preset.toBuilder();
        if (analyzer != null) {
            p.analyzer(analyzer);
            if (analyzer != preset.analyzer() && stemmer == null) {
                p.stemmer(
                        analyzer == Preset.AnalyzerKind.ENGLISH
                                ? LuceneEnglishAnalyzer.Stemmer.PORTER
                                : LuceneEnglishAnalyzer.Stemmer.NONE);
            }
            if (analyzer != preset.analyzer() && wordWeight == null) {
                p.wordWeight(1);
            }
        }
        if (stopWords != null) {
            p.stopWords(stopWords);
        }
        if (ngram != null) {
            p.ngrams(ngram.min(), ngram.max());
        }
        if (stemmer != null) {
            p.stemmer(stemmer);
        }
        if (wordWeight != null) {
            p.wordWeight(wordWeight);
        }
        if (stripAccents != null) {
            p.stripAccents(stripAccents);
        }
        return p.build().buildAnalyzer();
    }

    private TextFields fields() {
        if (textFields != null && fieldWeights != null) {
            throw usage("--text-fields and --field-weights are mutually exclusive: give one (was --text-fields "
                    + textFields + " --field-weights " + fieldWeights + ")");
        }
        if (textFields != null) {
            return parse("--text-fields", textFields, true);
        }
        return fieldWeights != null ? parse("--field-weights", fieldWeights, false) : preset.fields();
    }

    private TextFields parse(String option, String value, boolean joined) {
        try {
            return joined ? TextFields.joined(value) : TextFields.parse(value);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    private TfidfOptions weighting() {
        TfidfOptions w = preset.weighting();
        // each option given changes one setting; core checks it and names the setting, the message names the option
        w = set(
                w,
                "--weighting",
                weighting,
                (o, v) -> v.name().equals(o.weighting().name()) ? o : o.withWeighting(v));
        w = set(w, "--min-df", minDf, (o, v) -> o.withMinDf(DfLimit.parse(v)));
        w = set(w, "--max-df", maxDf, (o, v) -> o.withMaxDf(DfLimit.parse(v)));
        w = set(w, "--max-features", maxFeatures, TfidfOptions::withMaxFeatures);
        w = set(
                w,
                "--sublinear-tf",
                sublinearTf,
                (o, v) -> o.withWeighting(o.weighting().withSublinearTf(v)));
        w = set(w, "--binary", binary, TfidfOptions::withBinary);
        w = set(
                w,
                "--no-smooth-idf",
                noSmoothIdf,
                (o, v) -> o.withWeighting(o.weighting().withSmoothIdf(!v)));
        w = set(w, "--no-idf", noIdf, (o, v) -> o.withWeighting(o.weighting().withUseIdf(!v)));
        w = set(w, "--norm", norm, TfidfOptions::withNorm);
        w = set(w, "--bm25-k1", k1, (o, v) -> o.withWeighting(o.weighting().withK1(v)));
        return set(w, "--bm25-b", b, (o, v) -> o.withWeighting(o.weighting().withB(v)));
    }

    /**
     * @param e settings that contradict each other
     * @return the options that set them, e.g. {@code --min-df, --max-df}
     */
    static String options(ConflictingSettingsException e) {
        return String.join(
                ", ", e.settings().stream().map(VectorizerOptions::optionOf).toList());
    }

    private static String optionOf(String setting) {
        return switch (setting) {
            case "min_df" -> "--min-df";
            case "max_df" -> "--max-df";
            default -> setting;
        };
    }

    /** Applies one option, if given; core's refusal becomes a usage error that names the option. */
    private <T, V> T set(T settings, String option, V value, java.util.function.BiFunction<T, V, T> change) {
        if (value == null) {
            return settings;
        }
        try {
            return change.apply(settings, value);
        } catch (ConflictingSettingsException e) {
            throw usage(options(e) + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
