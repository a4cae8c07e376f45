/**
 * Exact top-k similarity search.
 *
 * <p>{@link io.kindred.core.search.SimilarityIndex} is the entry point: {@code similar(id, k)}, {@code similar(article,
 * k)} and {@code allSimilar(k, threads)}. Results are {@link io.kindred.core.search.SimilarArticle} records, best
 * first, equal scores in input order. Inside: an inverted index (per-term postings in contiguous primitive arrays,
 * float weights, split into a heavy and a light tier with their largest weights, which bound what a term can add to a
 * score), term-at-a-time scoring with a safe early stop for single queries, and a symmetric all-pairs kernel for every
 * list at once; all of it package-private.
 */
package io.kindred.core.search;
