/**
 * kindred core: "Similar Articles" lists for news sites.
 *
 * <p>The data flow is {@link io.kindred.core.Article} &rarr; {@link io.kindred.core.analysis analysis} (text to terms)
 * &rarr; {@link io.kindred.core.weighting weighting} (terms to TF-IDF vectors over a {@link io.kindred.core.text
 * vocabulary}) &rarr; {@link io.kindred.core.vector vectors} &rarr; {@link io.kindred.core.index inverted index} &rarr;
 * {@link io.kindred.core.search exact top-k search}. The entry point for most users is
 * {@link io.kindred.core.search.SimilarityIndex}.
 */
package io.kindred.core;
