package io.kindred.core.search;

import java.util.Objects;

/**
 * One entry of a "Similar Articles" list. Immutable.
 *
 * @param id the similar article's id
 * @param score its similarity to the query article: the cosine for L2-normalised vectors (in (0, 1]), otherwise the dot
 *     product of the vectors
 */
public record SimilarArticle(String id, double score) {
    /** Validates. */
    public SimilarArticle {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score must be finite, was " + score + " for '" + id + "'");
        }
    }
}
