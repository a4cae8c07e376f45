package io.kindred.core.search;

import io.kindred.core.Article;
import java.util.Objects;

/**
 * One entry of a "Similar Articles" list: the similar article, its position in the index and its score, so that a list
 * can be rendered (title, url, date) or followed into the index without looking an id up. Immutable.
 *
 * @param ordinal the similar article's position in the index (input order)
 * @param article the similar article
 * @param score its similarity to the list's article: the cosine for L2-normalised vectors (in (0, 1]), otherwise the
 *     dot product of the vectors; after ranking steps, the score they show
 */
public record SimilarArticle(int ordinal, Article article, double score) {

    /**
     * Validates.
     *
     * @param ordinal see {@link #ordinal()}
     * @param article see {@link #article()}
     * @param score see {@link #score()}
     */
    public SimilarArticle {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        Objects.requireNonNull(article, "article");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score + " for '" + article.id() + "'");
        }
    }

    /** @return the similar article's id */
    public String id() {
        return article.id();
    }
}
