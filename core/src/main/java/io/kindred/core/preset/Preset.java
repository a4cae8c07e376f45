package io.kindred.core.preset;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named set of analysis, weighting and ranking settings: the one place where kindred's defaults live. Callers start
 * from a preset and change single settings, each part with its own {@code with} methods and rules:
 * {@code Preset.NEWS.withAnalysis(Preset.NEWS.analysis().withStopWords(StopWords.NONE)).vectorizer()}. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>{@link #SKLEARN}: every scikit-learn {@code TfidfVectorizer} default, no ranking step: lists identical to
 *       scikit-learn's exact cosine top-k.
 *   <li>{@link #NEWS}: kindred's default, chosen by measuring precision@10 of category agreement on three labelled news
 *       corpora (BBC News, AG News, DOJ press releases) and checked on a fourth it was not tuned on (20 Newsgroups):
 *       Lucene's tokenizer without stemming, scikit-learn's stop words, words and 2-word phrases (each single word
 *       counted three times, so that phrases complement words rather than drown them), sublinear tf-idf over terms in
 *       at least 2 and at most half of the articles, then three rounds of pseudo-relevance feedback over the 50 best
 *       candidates and latent-topic re-ranking (100 LSA dimensions, weight 1).
 * </ul>
 *
 * <p><b>Small corpora.</b> NEWS's document-frequency limits apply from {@value #NEWS_DF_LIMITS_FROM} articles on
 * ({@link TfidfOptions#dfLimitsFrom()}); a smaller corpus keeps every term, so that a live index that starts with one
 * article, or a test with three, gets sensible lists: one article has an empty list, two articles that share a word
 * score below 1, an article that shares no word with the others has an empty list. Limits that would leave no term
 * (articles that share none) keep every term, and a corpus of stop words only gets empty lists. The limits cannot hold
 * below 4 articles (half of 3 is fewer than 2), and on 4 to 9 they keep little more than the terms of exactly two
 * articles. Measured on 20 random samples per size of BBC News and AG News (precision@3 of category agreement, limits
 * minus none): below 10 articles no consistent gain (BBC -0.03 at 5, +0.02 at 8; AG -0.01, 0.00) but AG's short texts
 * lost every term (2 samples of 5) or scored different texts 1.000000 (58 times at 5 and 8); from 15 on they raised
 * BBC's precision by 0.03 to 0.07 and left AG's within 0.01. Every corpus of {@value #NEWS_DF_LIMITS_FROM} articles or
 * more gets exactly the lists it had when the limits always applied. Latent topics (at most one dimension per 16
 * articles) and feedback need no such rule. Giving {@code min_df} or {@code max_df} makes both exact again
 * ({@link TfidfOptions#withMinDf}), with scikit-learn's errors.
 *
 * @param name the preset's name
 * @param analysis how text becomes terms
 * @param fields which texts of an article are analysed, with their weights
 * @param weighting vocabulary pruning, weighting scheme and normalisation
 * @param policy the ranking steps
 */
public record Preset(
        String name, AnalysisSettings analysis, TextFields fields, TfidfOptions weighting, RankingPolicy policy) {

    /** scikit-learn's defaults. */
    public static final Preset SKLEARN = new Preset(
            "sklearn",
            AnalysisSettings.SKLEARN,
            TextFields.TITLE_AND_BODY,
            TfidfOptions.defaults(),
            RankingPolicy.NONE);

    /** The smallest corpus, in articles, that {@link #NEWS}'s document-frequency limits apply to. */
    public static final int NEWS_DF_LIMITS_FROM = 10;

    /** kindred's news preset. */
    public static final Preset NEWS = new Preset(
            "news",
            AnalysisSettings.SKLEARN
                    .withKind(AnalysisSettings.Kind.ENGLISH)
                    .withStemmer(Stemmer.NONE)
                    .withStopWords(StopWords.ENGLISH)
                    .withNgrams(1, 2)
                    .withWordWeight(3),
            TextFields.TITLE_AND_BODY,
            TfidfOptions.defaults()
                    .withWeighting(TfIdf.SKLEARN.withSublinearTf(true))
                    .withMinDf(DfLimit.count(2))
                    .withMaxDf(DfLimit.proportion(0.5))
                    .withDfLimitsFrom(NEWS_DF_LIMITS_FROM),
            RankingPolicy.of(
                    new Feedback(List.of(3, 5, 7), Feedback.DEFAULT_WEIGHT, Feedback.DEFAULT_POOL),
                    new Latent(100, Latent.DEFAULT_WEIGHT)));

    /**
     * Checks for nulls.
     *
     * @param name see {@link #name()}
     * @param analysis see {@link #analysis()}
     * @param fields see {@link #fields()}
     * @param weighting see {@link #weighting()}
     * @param policy see {@link #policy()}
     */
    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param name {@code news} or {@code sklearn}
     * @return the preset
     * @throws IllegalArgumentException for another name
     */
    public static Preset named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "news" -> NEWS;
            case "sklearn" -> SKLEARN;
            default -> throw new IllegalArgumentException("unknown preset '" + name + "' (expected news or sklearn)");
        };
    }

    /** @return the vectorizer these settings describe */
    public Vectorizer vectorizer() {
        return new TfidfVectorizer(analysis.build(), fields, weighting);
    }

    /**
     * @param analysis how text becomes terms
     * @return this preset with it
     */
    public Preset withAnalysis(AnalysisSettings analysis) {
        return new Preset(name, analysis, fields, weighting, policy);
    }

    /**
     * @param fields analysed texts and their weights
     * @return this preset with them
     */
    public Preset withFields(TextFields fields) {
        return new Preset(name, analysis, fields, weighting, policy);
    }

    /**
     * @param weighting pruning, weighting scheme and normalisation
     * @return this preset with them
     */
    public Preset withWeighting(TfidfOptions weighting) {
        return new Preset(name, analysis, fields, weighting, policy);
    }

    /**
     * @param policy the ranking steps
     * @return this preset with them
     */
    public Preset withPolicy(RankingPolicy policy) {
        return new Preset(name, analysis, fields, weighting, policy);
    }

    /**
     * The preset's name, as users give it (the command line shows it as the default). Not every setting: presets are
     * compared with {@link #equals}.
     *
     * @return the name, e.g. {@code news}
     */
    @Override
    public String toString() {
        return name;
    }
}
