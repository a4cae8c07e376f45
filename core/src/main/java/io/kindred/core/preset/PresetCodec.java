package io.kindred.core.preset;

import static io.kindred.core.preset.PresetSyntax.choice;
import static io.kindred.core.preset.PresetSyntax.decimal;
import static io.kindred.core.preset.PresetSyntax.integer;
import static io.kindred.core.preset.PresetSyntax.list;
import static io.kindred.core.preset.PresetSyntax.quote;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.Editorial;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.rank.TimeWindow;
import io.kindred.core.rank.Undated;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link Preset}, every setting of it, as text and back: what a stored index keeps so that reopening it, adding
 * articles or refitting uses exactly the settings it was built with, and {@link #modelDifferences} tells which
 * requested settings would change its fitted model. Stateless and thread-safe.
 *
 * <p><b>The format.</b> One {@code key = value} per line, separated by {@code \n}, in a fixed order; {@link #encode}
 * writes UTF-8-safe text (the caller stores it as UTF-8), and the same preset always gives the same text.
 * {@link Preset#NEWS} is:
 *
 * <pre>
 * # kindred preset
 * format = 1
 * name = "news"
 * analysis.kind = english
 * analysis.stop_words = "english"
 * analysis.ngram_min = 1
 * analysis.ngram_max = 2
 * analysis.stemmer = none
 * analysis.word_weight = 3
 * analysis.strip_accents = none
 * fields = [text=1.0]
 * weighting.min_df = 2
 * weighting.max_df = 0.5
 * weighting.df_limits_from = 10
 * weighting.max_features = all
 * weighting.binary = false
 * weighting.norm = l2
 * weighting.scheme = tfidf
 * weighting.tfidf.sublinear_tf = true
 * weighting.tfidf.use_idf = true
 * weighting.tfidf.smooth_idf = true
 * policy = [feedback, latent]
 * policy.feedback.rounds = [3, 5, 7]
 * policy.feedback.weight = 2.0
 * policy.feedback.pool = 50
 * policy.latent.dims = 100
 * policy.latent.weight = 1.0
 * </pre>
 *
 * <ul>
 *   <li>{@code format}: the format's version, {@value #VERSION}; {@link #decode} refuses another.
 *   <li>Keys: the names of the records' components in snake case under their part ({@code analysis.}, {@code fields},
 *       {@code weighting.}, {@code policy.}). The weighting scheme's parameters follow {@code weighting.scheme} under
 *       its name ({@code weighting.bm25.k1}); a step's follow {@code policy} (the steps, by {@link RankingStep#name()},
 *       in {@link RankingPolicy#ORDER}) under its name, one line per entry of its {@link RankingStep#settings()}.
 *   <li>Values: strings in double quotes with JSON's escapes ({@code \"}, {@code \\}, {@code \n}, {@code \r},
 *       {@code \t}, and {@code \}{@code uXXXX} for other control characters, line separators and unpaired surrogates),
 *       so that any string fits on its line; integers; decimals as {@link Double#toString} writes them, which read back
 *       exactly; {@code true}/{@code false}; enum constants in lower case; lists in brackets, separated by {@code ",
 *       "}, in their order, and sets sorted. A document-frequency limit is a count as an integer ({@code 2}) and a
 *       proportion with a decimal point ({@code 0.5}). {@code max_features} is {@code all} for no limit. A field is
 *       {@code name=weight}.
 *   <li>Stop words: a built-in list by its name; a list of one's own ({@link StopWords#of}) by its name and a line
 *       {@code analysis.stop_words.words} with its words, sorted.
 * </ul>
 *
 * <p>{@link #decode} reads the lines in any order, skips blank lines and lines that start with {@code #}, and refuses
 * with an {@link IllegalArgumentException} naming the line and the key: an unknown version, a line that is not
 * {@code key = value}, a key given twice, a missing key, an unknown key (a setting of a step or scheme that the text
 * does not choose is unknown too), an unknown step or scheme, a bad value, and settings that the presets' own types
 * refuse.
 *
 * <p><b>Equality.</b> {@code decode(encode(p)).equals(p)} for every preset whose steps and stop words can be stored. A
 * list of stop words of one's own reads back as an equal list that is a new object, and {@link StopWords} compares by
 * identity: such presets read back equal in text ({@code encode(decode(encode(p)))} is {@code encode(p)}), not by
 * {@code equals}. The editorial steps ({@code blocks}, {@code boosts}, {@code pins}) cannot be stored: their overrides
 * come from the editors' file, and {@link Editorial} does not expose them.
 */
public final class PresetCodec {

    /** The version of the format that {@link #encode} writes and {@link #decode} reads. */
    public static final String VERSION = "1";

    private static final String HEADER = "# kindred preset\n";
    private static final String STOP_WORDS = "analysis.stop_words";
    private static final String STOP_WORDS_LIST = STOP_WORDS + ".words";
    private static final String LATENT_DIMS = "policy.latent.dims";
    private static final String ALL_FEATURES = "all";
    private static final String ABSENT = "none";

    private PresetCodec() {}

    /**
     * A setting that two presets give differently.
     *
     * @param setting its key in the text, e.g. {@code weighting.min_df}
     * @param stored its value in the stored preset, as the text writes it ({@code none} if that preset has no such
     *     setting: another scheme, no latent step)
     * @param requested its value in the requested preset, likewise
     */
    public record Difference(String setting, String stored, String requested) {

        /** @return e.g. {@code weighting.min_df: stored 2, requested 3} */
        @Override
        public String toString() {
            return setting + ": stored " + stored + ", requested " + requested;
        }
    }

    /**
     * @param preset a preset
     * @return its text
     * @throws IllegalArgumentException if the preset has a step that cannot be stored (an editorial step)
     */
    public static String encode(Preset preset) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("format", VERSION);
        entries.put("name", quote(preset.name()));
        analysis(preset.analysis(), entries);
        entries.put("fields", fields(preset.fields()));
        weighting(preset.weighting(), entries);
        policy(preset.policy(), entries);
        StringBuilder out = new StringBuilder(HEADER);
        entries.forEach(
                (key, value) -> out.append(key).append(" = ").append(value).append('\n'));
        return out.toString();
    }

    /**
     * @param text a preset's text, as {@link #encode} writes it
     * @return the preset
     * @throws IllegalArgumentException naming the line and the key, for damaged text
     */
    public static Preset decode(String text) {
        PresetLines lines = new PresetLines(text);
        String version = lines.value("format");
        if (!version.equals(VERSION)) {
            throw lines.error(
                    "format",
                    new IllegalArgumentException(
                            "unknown format version '" + version + "' (this kindred reads " + VERSION + ")"));
        }
        Preset preset = new Preset(
                lines.value("name", PresetSyntax::string),
                analysis(lines),
                lines.value("fields", PresetCodec::fields),
                weighting(lines),
                policy(lines));
        lines.requireAllTaken();
        return preset;
    }

    /**
     * The settings that differ between two presets and that change the fitted model: analysis, text fields, weighting,
     * and the dimensions of the latent space ({@code policy.latent.dims}, {@code none} without a {@link Latent} step),
     * which is fitted on the corpus. The other steps of the policy apply per request and are not compared, nor are the
     * names.
     *
     * @param stored the settings an index was built with
     * @param requested the settings asked for
     * @return the differences (none if the model would be the same): the stored preset's settings in the text's order,
     *     then those that only the requested preset has
     */
    public static List<Difference> modelDifferences(Preset stored, Preset requested) {
        Map<String, String> a = model(stored);
        Map<String, String> b = model(requested);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Difference> out = new ArrayList<>();
        for (String key : keys) {
            String x = a.getOrDefault(key, ABSENT);
            String y = b.getOrDefault(key, ABSENT);
            if (!x.equals(y)) {
                out.add(new Difference(key, x, y));
            }
        }
        return out;
    }

    private static Map<String, String> model(Preset preset) {
        Map<String, String> out = new LinkedHashMap<>();
        analysis(preset.analysis(), out);
        out.put("fields", fields(preset.fields()));
        weighting(preset.weighting(), out);
        out.put(
                LATENT_DIMS,
                preset.policy()
                        .step(Latent.class)
                        .map(l -> Integer.toString(l.dims()))
                        .orElse(ABSENT));
        return out;
    }

    private static void analysis(AnalysisSettings a, Map<String, String> out) {
        out.put("analysis.kind", choice(a.kind()));
        out.put(STOP_WORDS, quote(a.stopWords().name()));
        if (!builtIn(a.stopWords())) {
            out.put(
                    STOP_WORDS_LIST,
                    list(a.stopWords().words().stream()
                            .sorted()
                            .map(PresetSyntax::quote)
                            .toList()));
        }
        out.put("analysis.ngram_min", Integer.toString(a.ngramMin()));
        out.put("analysis.ngram_max", Integer.toString(a.ngramMax()));
        out.put("analysis.stemmer", choice(a.stemmer()));
        out.put("analysis.word_weight", Integer.toString(a.wordWeight()));
        out.put("analysis.strip_accents", choice(a.stripAccents()));
    }

    private static boolean builtIn(StopWords words) {
        try {
            return StopWords.named(words.name()) == words;
        } catch (IllegalArgumentException notBuiltIn) {
            return false;
        }
    }

    private static AnalysisSettings analysis(PresetLines lines) {
        String name = lines.value(STOP_WORDS, PresetSyntax::string);
        StopWords stopWords = lines.has(STOP_WORDS_LIST)
                ? StopWords.of(name, lines.value(STOP_WORDS_LIST, PresetSyntax::strings))
                : lines.value(STOP_WORDS, v -> StopWords.named(name));
        AnalysisSettings.Kind kind = lines.value("analysis.kind", v -> choice(v, AnalysisSettings.Kind.class));
        int ngramMin = lines.value("analysis.ngram_min", PresetSyntax::integer);
        int ngramMax = lines.value("analysis.ngram_max", PresetSyntax::integer);
        Stemmer stemmer = lines.value("analysis.stemmer", v -> choice(v, Stemmer.class));
        int wordWeight = lines.value("analysis.word_weight", PresetSyntax::integer);
        StripAccents stripAccents = lines.value("analysis.strip_accents", v -> choice(v, StripAccents.class));
        try {
            return new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, stemmer, wordWeight, stripAccents);
        } catch (IllegalArgumentException e) {
            throw lines.groupError("analysis.", e);
        }
    }

    private static String fields(TextFields fields) {
        return list(fields.fields().stream()
                .map(f -> f.name() + "=" + decimal(f.weight()))
                .toList());
    }

    private static TextFields fields(String text) {
        List<TextFields.Field> out = new ArrayList<>();
        for (String word : PresetSyntax.words(text)) {
            int eq = word.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected name=weight, was '" + word + "'");
            }
            out.add(new TextFields.Field(word.substring(0, eq), decimal(word.substring(eq + 1))));
        }
        return TextFields.of(out);
    }

    private static void weighting(TfidfOptions w, Map<String, String> out) {
        out.put("weighting.min_df", PresetSyntax.dfLimit(w.minDf()));
        out.put("weighting.max_df", PresetSyntax.dfLimit(w.maxDf()));
        out.put("weighting.df_limits_from", Integer.toString(w.dfLimitsFrom()));
        out.put(
                "weighting.max_features",
                w.maxFeatures() == TfidfOptions.ALL_FEATURES ? ALL_FEATURES : Integer.toString(w.maxFeatures()));
        out.put("weighting.binary", Boolean.toString(w.binary()));
        out.put("weighting.norm", choice(w.norm()));
        Weighting scheme = w.weighting();
        String prefix = "weighting." + scheme.name() + ".";
        out.put("weighting.scheme", scheme.name());
        if (scheme instanceof TfIdf t) {
            out.put(prefix + "sublinear_tf", Boolean.toString(t.sublinearTf()));
            out.put(prefix + "use_idf", Boolean.toString(t.useIdf()));
            out.put(prefix + "smooth_idf", Boolean.toString(t.smoothIdf()));
        } else if (scheme instanceof Bm25 b) {
            out.put(prefix + "k1", decimal(b.k1()));
            out.put(prefix + "b", decimal(b.b()));
            out.put(prefix + "use_idf", Boolean.toString(b.useIdf()));
        } else {
            throw new IllegalArgumentException("cannot store the weighting scheme " + scheme.name());
        }
    }

    private static TfidfOptions weighting(PresetLines lines) {
        DfLimit minDf = lines.value("weighting.min_df", PresetSyntax::dfLimit);
        DfLimit maxDf = lines.value("weighting.max_df", PresetSyntax::dfLimit);
        int dfLimitsFrom = lines.value("weighting.df_limits_from", PresetSyntax::integer);
        int maxFeatures = lines.value(
                "weighting.max_features", v -> v.equals(ALL_FEATURES) ? TfidfOptions.ALL_FEATURES : integer(v));
        boolean binary = lines.value("weighting.binary", PresetSyntax::bool);
        Norm norm = lines.value("weighting.norm", v -> choice(v, Norm.class));
        Weighting scheme = lines.value("weighting.scheme", Weighting::named);
        String prefix = "weighting." + scheme.name() + ".";
        try {
            scheme = scheme instanceof TfIdf
                    ? new TfIdf(
                            lines.value(prefix + "sublinear_tf", PresetSyntax::bool),
                            lines.value(prefix + "use_idf", PresetSyntax::bool),
                            lines.value(prefix + "smooth_idf", PresetSyntax::bool))
                    : new Bm25(
                            lines.value(prefix + "k1", PresetSyntax::decimal),
                            lines.value(prefix + "b", PresetSyntax::decimal),
                            lines.value(prefix + "use_idf", PresetSyntax::bool));
            return new TfidfOptions(minDf, maxDf, dfLimitsFrom, maxFeatures, binary, scheme, norm);
        } catch (PresetLines.TextError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw lines.groupError("weighting.", e);
        }
    }

    private static void policy(RankingPolicy policy, Map<String, String> out) {
        out.put("policy", list(policy.steps().stream().map(RankingStep::name).toList()));
        for (RankingStep step : policy.steps()) {
            step.settings().forEach((name, value) -> out.put(key(step.name(), name), value(step, name, value)));
        }
    }

    private static String key(String step, String setting) {
        return "policy." + step + "." + setting.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String value(RankingStep step, String name, Object value) {
        if (value instanceof Integer || value instanceof Double) {
            return value.toString();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Enum<?> e) {
            return choice(e);
        }
        if (value instanceof List<?> items) {
            return list(items.stream().map(x -> value(step, name, x)).toList());
        }
        if (value instanceof Set<?> items) {
            return list(items.stream().map(x -> value(step, name, x)).sorted().toList());
        }
        throw new IllegalArgumentException("cannot store the " + step.name() + " step: its setting " + name
                + (value instanceof Editorial
                        ? " holds editors' overrides, which a preset does not store"
                        : " is a " + value.getClass().getSimpleName() + ", which has no text form"));
    }

    private static RankingPolicy policy(PresetLines lines) {
        List<String> names = lines.value("policy", PresetSyntax::words);
        List<RankingStep> steps = new ArrayList<>();
        for (String name : names) {
            steps.add(step(name, lines));
        }
        try {
            return RankingPolicy.of(steps);
        } catch (IllegalArgumentException e) {
            throw lines.error("policy", e);
        }
    }

    private static RankingStep step(String name, PresetLines lines) {
        Function<StepSettings, RankingStep> reader = STEPS.get(name);
        if (reader == null) {
            throw lines.error(
                    "policy",
                    new IllegalArgumentException("unknown step '" + name + "' (expected steps of "
                            + String.join(", ", STEPS.keySet()) + ")"));
        }
        try {
            return reader.apply(new StepSettings(name, lines));
        } catch (PresetLines.TextError e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw lines.groupError("policy." + name + ".", e);
        }
    }

    /** How each step that can be stored is read, by its {@link RankingStep#name()}, in {@link RankingPolicy#ORDER}. */
    private static final Map<String, Function<StepSettings, RankingStep>> STEPS = steps();

    private static Map<String, Function<StepSettings, RankingStep>> steps() {
        Map<String, Function<StepSettings, RankingStep>> steps = new LinkedHashMap<>();
        steps.put("excludeids", s -> new ExcludeIds(new HashSet<>(s.strings("ids"))));
        steps.put("excludesections", s -> new ExcludeSections(new HashSet<>(s.strings("sections"))));
        steps.put("pastonly", s -> new PastOnly(s.undated()));
        steps.put("timewindow", s -> new TimeWindow(s.decimal("days"), s.undated()));
        steps.put("feedback", s -> new Feedback(s.integers("rounds"), s.decimal("weight"), s.integer("pool")));
        steps.put("latent", s -> new Latent(s.integer("dims"), s.decimal("weight")));
        steps.put(
                "decay",
                s -> new Decay(
                        s.value("shape", v -> choice(v, Decay.Shape.class)), s.decimal("half_life_days"), s.undated()));
        steps.put("nearduplicates", s -> new NearDuplicates(s.decimal("threshold")));
        steps.put("mmr", s -> new Mmr(s.decimal("lambda")));
        steps.put("minscore", s -> new MinScore(s.decimal("value")));
        return Collections.unmodifiableMap(steps);
    }

    /** The settings of one step, by their names in the text. */
    private record StepSettings(String step, PresetLines lines) {

        <T> T value(String name, Function<String, T> parser) {
            return lines.value("policy." + step + "." + name, parser);
        }

        int integer(String name) {
            return value(name, PresetSyntax::integer);
        }

        double decimal(String name) {
            return value(name, PresetSyntax::decimal);
        }

        Undated undated() {
            return value("undated", v -> choice(v, Undated.class));
        }

        List<String> strings(String name) {
            return value(name, PresetSyntax::strings);
        }

        List<Integer> integers(String name) {
            return value(
                    name,
                    v -> PresetSyntax.words(v).stream()
                            .map(PresetSyntax::integer)
                            .toList());
        }
    }
}
