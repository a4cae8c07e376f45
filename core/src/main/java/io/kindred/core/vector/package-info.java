/**
 * Sparse vectors in primitive arrays: {@link io.kindred.core.vector.SparseVector} for one article and
 * {@link io.kindred.core.vector.DocumentVectors} (compressed sparse rows) for a corpus. Weights are doubles here; the
 * search index keeps float copies for speed and recomputes final scores from these.
 */
package io.kindred.core.vector;
