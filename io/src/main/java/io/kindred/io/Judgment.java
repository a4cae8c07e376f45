package io.kindred.io;

import java.util.Objects;

/**
 * A human judgment of how similar two articles are. Immutable.
 *
 * @param id1 one article's id
 * @param id2 the other's
 * @param score the judged similarity: only its order matters, higher = more similar
 */
public record Judgment(String id1, String id2, double score) {

    /**
     * Validates.
     *
     * @param id1 see {@link #id1()}
     * @param id2 see {@link #id2()}
     * @param score see {@link #score()}
     */
    public Judgment {
        Objects.requireNonNull(id1, "id1");
        Objects.requireNonNull(id2, "id2");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("judgment score must be finite, was " + score);
        }
    }
}
