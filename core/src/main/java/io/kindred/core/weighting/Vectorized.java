package io.kindred.core.weighting;

import io.kindred.core.vector.DocumentVectors;
import java.util.Objects;

/**
 * A fitted model and the vectors of the corpus it was fitted on. Immutable.
 *
 * @param model the model, to vectorise new articles
 * @param vectors one row per corpus article, in input order
 */
public record Vectorized(VectorModel model, DocumentVectors vectors) {
    /**
     * Checks for nulls.
     *
     * @param model see {@link #model()}
     * @param vectors see {@link #vectors()}
     */
    public Vectorized {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vectors, "vectors");
    }
}
