package io.kindred.core.golden;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.testing.SharedData;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import java.nio.file.Path;
import java.util.Locale;

/** One golden set of ../shared/golden: its corpus and the scikit-learn options it was made with. */
public record SklearnGolden(String name, Path dir, String corpus, JsonNode config) {

    /** @return the golden set in folder {@code dir} */
    public static SklearnGolden of(Path dir) {
        String name = dir.getFileName().toString();
        JsonNode config = SharedData.json(dir.resolve("config.json"));
        if (!config.has("ngram_range")) {
            // top-k-only sets record just the command-line options of sklearn_topk.py; these are all defaults
            if (!config.path("options").asText().isBlank()) {
                throw new IllegalStateException(name + ": options '" + config.get("options") + "' not understood");
            }
            config = SharedData.json(dir.resolveSibling("bbc-news__default").resolve("config.json"));
        }
        return new SklearnGolden(name, dir, name.substring(0, name.indexOf("__")), config);
    }

    /** @return the analyzer scikit-learn used */
    public SklearnAnalyzer analyzer() {
        JsonNode ngram = config.get("ngram_range");
        return SklearnAnalyzer.builder()
                .lowercase(config.path("lowercase").asBoolean(true))
                .stripAccents(
                        config.path("strip_accents").isNull()
                                ? StripAccents.NONE
                                : StripAccents.valueOf(
                                        config.get("strip_accents").asText().toUpperCase(Locale.ROOT)))
                .stopWords(
                        config.path("stop_words").isNull()
                                ? StopWords.NONE
                                : StopWords.named(config.get("stop_words").asText()))
                .ngramRange(ngram.get(0).asInt(), ngram.get(1).asInt())
                .build();
    }

    /** @return the weighting options scikit-learn used */
    public TfidfOptions options() {
        TfidfOptions o = TfidfOptions.defaults()
                .withMinDf(df(config.get("min_df")))
                .withMaxDf(df(config.get("max_df")))
                .withBinary(config.get("binary").asBoolean())
                .withWeighting(new TfIdf(
                        config.get("sublinear_tf").asBoolean(),
                        config.get("use_idf").asBoolean(),
                        config.get("smooth_idf").asBoolean()))
                .withNorm(
                        config.get("norm").isNull()
                                ? Norm.NONE
                                : Norm.valueOf(config.get("norm").asText().toUpperCase(Locale.ROOT)));
        return config.path("max_features").isNull()
                ? o
                : o.withMaxFeatures(config.get("max_features").asInt());
    }

    /** @return the vectorizer equivalent to scikit-learn's */
    public TfidfVectorizer vectorizer() {
        return new TfidfVectorizer(analyzer(), TextFields.TITLE_AND_BODY, options());
    }

    private static DfLimit df(JsonNode v) {
        return v.isIntegralNumber() ? DfLimit.count(v.asInt()) : DfLimit.proportion(v.asDouble());
    }

    /** @return true if the set holds vocabulary, idf and per-document weights (not only top-k lists) */
    public boolean hasVectors() {
        return dir.resolve("vocab.tsv.gz").toFile().isFile();
    }

    @Override
    public String toString() {
        return name;
    }
}
