/**
 * Vectors in primitive arrays: {@link io.kindred.core.vector.SparseVector} for one article,
 * {@link io.kindred.core.vector.DocumentVectors} (compressed sparse rows) for a corpus, and the corpus's
 * {@link io.kindred.core.vector.LatentSpace} (LSA). Weights are doubles here; the search index keeps float copies for
 * speed and recomputes final scores from these.
 */
package io.kindred.core.vector;
