/**
 * News-quality ranking on top of exact similarity, as {@link io.kindred.core.rank.RankingStep}s: eligibility (excluded
 * ids and sections, past-only, time windows, editorial blocks), re-ranking (pseudo-relevance feedback, latent topics),
 * adjustment (recency decay, editorial boosts), filter (near-duplicates), choice (MMR diversity), placement (editorial
 * pins) and a cut (minimum score, a pure filter on the finished list). Every list entry has a score, what the list is
 * ordered by, and the cosine. A {@link io.kindred.core.rank.RankingPolicy} holds at most one step of each kind and
 * applies them in {@link io.kindred.core.rank.RankingPolicy#ORDER}, the one place that order is written;
 * {@link io.kindred.core.rank.Recommender} runs a policy over a {@link io.kindred.core.search.SimilarityIndex}.
 */
package io.kindred.core.rank;
