package io.kindred.core.search;

import io.kindred.core.Article;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a "Similar Articles" list: the similar article, its position in the index, the score the list is ordered
 * by and its cosine with the list's article, so that a list can be rendered (title, url, date), thresholded or followed
 * into the index without looking an id up. Immutable.
 *
 * <p>Within a list, scores never increase from one entry to the next. Without ranking steps the score is the cosine;
 * steps that re-rank or adjust (feedback, latent topics, decay, boosts, MMR, pins) change it, and when the list was
 * asked to explain its ranking, {@link #ranking()} holds each step's contribution, so that {@code cosine + Σ
 * contributions == score} (up to rounding).
 *
 * @param ordinal the similar article's position in the index (input order)
 * @param article the similar article
 * @param score the number the list is ordered by
 * @param cosine its similarity to the list's article: the cosine of the two vectors when they are L2-normalised (in (0,
 *     1]), otherwise their dot product
 * @param ranking each ranking step's contribution to the score, in the order the steps applied; empty unless asked for
 *     (and for a score that is the cosine)
 */
public record SimilarArticle(int ordinal, Article article, double score, double cosine, List<Contribution> ranking) {

    /**
     * Validates and copies the contributions.
     *
     * @param ordinal see {@link #ordinal()}
     * @param article see {@link #article()}
     * @param score see {@link #score()}
     * @param cosine see {@link #cosine()}
     * @param ranking see {@link #ranking()}
     */
    public SimilarArticle {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        Objects.requireNonNull(article, "article");
        if (!Double.isFinite(score) || !Double.isFinite(cosine)) {
            throw new IllegalArgumentException("score and cosine must be finite, were " + score + " and " + cosine
                    + " for '" + article.id() + "'");
        }
        ranking = List.copyOf(ranking);
    }

    /**
     * An entry of a plain similarity list, ordered by cosine: its score is its cosine.
     *
     * @param ordinal see {@link #ordinal()}
     * @param article see {@link #article()}
     * @param cosine see {@link #cosine()}
     */
    public SimilarArticle(int ordinal, Article article, double cosine) {
        this(ordinal, article, cosine, cosine, List.of());
    }

    /** @return the similar article's id */
    public String id() {
        return article.id();
    }

    /**
     * One ranking step's part in a score.
     *
     * @param step the step, as named in the output (e.g. {@code feedback}, {@code latent}, {@code decay})
     * @param change what it added to the score (negative when it lowered it)
     */
    public record Contribution(String step, double change) {
        /**
         * Validates.
         *
         * @param step see {@link #step()}
         * @param change see {@link #change()}
         */
        public Contribution {
            Objects.requireNonNull(step, "step");
        }
    }
}
