/**
 * kindred core: "Similar Articles" lists for news sites. This package is the ground floor, the articles themselves
 * ({@link io.kindred.core.Article}, read one at a time from an {@link io.kindred.core.ArticleSource}) and the progress
 * callback of long phases ({@link io.kindred.core.Progress}); it imports nothing of kindred.
 *
 * <p>Above it, each package one floor: {@link io.kindred.core.analysis analysis} (text to terms) and
 * {@link io.kindred.core.text text} (vocabularies); {@link io.kindred.core.vector vectors};
 * {@link io.kindred.core.weighting weighting} (terms to TF-IDF or BM25 vectors); {@link io.kindred.core.search search}
 * (exact top-k over an inverted index); {@link io.kindred.core.rank rank} (news policies) and
 * {@link io.kindred.core.explain explain}; {@link io.kindred.core.preset presets} on top. The entry points are
 * {@link io.kindred.core.preset.Preset}, {@link io.kindred.core.search.SimilarityIndex} and
 * {@link io.kindred.core.rank.Recommender}.
 */
package io.kindred.core;
