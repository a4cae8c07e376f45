package io.kindred.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.TextFields;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which requested settings would change a stored index's model, and which apply per request. */
class ModelDifferencesTest {

    private static final Preset NEWS = Preset.NEWS;

    private static List<String> differences(Preset requested) {
        return PresetCodec.modelDifferences(NEWS, requested).stream()
                .map(PresetCodec.Difference::toString)
                .toList();
    }

    @Test
    void theSamePresetHasNone() {
        assertEquals(List.of(), differences(NEWS));
        assertEquals(List.of(), differences(PresetCodec.decode(PresetCodec.encode(NEWS))));
    }

    @Test
    void theNameAndTheRequestTimeStepsAreNoModelChange() {
        Preset requested = new Preset(
                "mine",
                NEWS.analysis(),
                NEWS.fields(),
                NEWS.weighting(),
                NEWS.policy()
                        .without(Feedback.class)
                        .with(new Latent(100, 0.25))
                        .with(new Mmr(0.7))
                        .with(new MinScore(0.1))
                        .with(new PastOnly())
                        .with(new ExcludeIds(Set.of("a"))));
        assertEquals(List.of(), differences(requested));
    }

    /** Giving min_df makes both limits exact: the model of a corpus below 10 articles changes too. */
    @Test
    void minDf() {
        assertEquals(
                List.of("weighting.min_df: stored 2, requested 3", "weighting.df_limits_from: stored 10, requested 0"),
                differences(NEWS.withWeighting(NEWS.weighting().withMinDf(DfLimit.count(3)))));
        assertEquals(
                List.of("weighting.df_limits_from: stored 10, requested 0"),
                differences(NEWS.withWeighting(NEWS.weighting().withMinDf(DfLimit.count(2)))));
    }

    @Test
    void aCountIsNotAProportion() {
        assertEquals(
                List.of(
                        "weighting.max_df: stored 0.5, requested 100",
                        "weighting.df_limits_from: stored 10, requested 0"),
                differences(NEWS.withWeighting(NEWS.weighting().withMaxDf(DfLimit.count(100)))));
    }

    @Test
    void latentDimensions() {
        assertEquals(
                List.of("policy.latent.dims: stored 100, requested 50"),
                differences(NEWS.withPolicy(NEWS.policy().with(new Latent(50, 1.0)))));
        assertEquals(
                List.of("policy.latent.dims: stored 100, requested none"),
                differences(NEWS.withPolicy(NEWS.policy().without(Latent.class))));
        assertEquals(
                List.of("policy.latent.dims: stored none, requested 100"),
                PresetCodec.modelDifferences(Preset.SKLEARN, Preset.SKLEARN.withPolicy(NEWS.policy())).stream()
                        .map(PresetCodec.Difference::toString)
                        .toList());
    }

    @Test
    void analysisAndFields() {
        assertEquals(
                List.of(
                        "analysis.ngram_max: stored 2, requested 3",
                        "analysis.stemmer: stored none, requested snowball",
                        "fields: stored [text=1.0], requested [title=2.0, body=1.0]"),
                differences(NEWS.withAnalysis(NEWS.analysis().withNgrams(1, 3).withStemmer(Stemmer.SNOWBALL))
                        .withFields(TextFields.parse("title=2,body=1"))));
    }

    @Test
    void stopWordsOfOnesOwnCompareByTheirWords() {
        Preset mine = NEWS.withAnalysis(NEWS.analysis().withStopWords(StopWords.of("none", List.of("the"))));
        assertEquals(
                List.of(
                        "analysis.stop_words: stored \"english\", requested \"none\"",
                        "analysis.stop_words.words: stored none, requested [\"the\"]"),
                differences(mine));
        Preset same = NEWS.withAnalysis(NEWS.analysis().withStopWords(StopWords.of("none", List.of("the"))));
        assertEquals(List.of(), PresetCodec.modelDifferences(mine, same));
    }

    @Test
    void anotherSchemeListsBothSchemesParameters() {
        assertEquals(
                List.of(
                        "weighting.scheme: stored tfidf, requested bm25",
                        "weighting.tfidf.sublinear_tf: stored true, requested none",
                        "weighting.tfidf.use_idf: stored true, requested none",
                        "weighting.tfidf.smooth_idf: stored true, requested none",
                        "weighting.bm25.k1: stored none, requested 1.2",
                        "weighting.bm25.b: stored none, requested 0.75",
                        "weighting.bm25.use_idf: stored none, requested true"),
                differences(NEWS.withWeighting(NEWS.weighting().withWeighting(Bm25.DEFAULTS))));
    }
}
