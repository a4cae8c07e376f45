/**
 * Exact top-k similarity search.
 *
 * <p>{@link io.kindred.core.search.SimilarityIndex} is the entry point: {@code similar(id, k)}, {@code similar(article,
 * k)} and {@code allSimilar(k, threads)}. Results are {@link io.kindred.core.search.SimilarArticle} records, best
 * first, equal scores in input order. {@link io.kindred.core.search.TopK} is the bounded primitive heap used for
 * selection.
 */
package io.kindred.core.search;
