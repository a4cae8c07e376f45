/**
 * News-quality ranking on top of exact similarity: eligibility (past-only, time windows, excluded ids and sections),
 * recency decay, pseudo-relevance feedback, latent-topic (LSA) re-ranking, minimum scores without backfill,
 * near-duplicate suppression, MMR diversity and editorial pins, boosts and blocks.
 * {@link io.kindred.core.rank.RankingPolicy} states the rules and their order; {@link io.kindred.core.rank.Recommender}
 * applies them.
 */
package io.kindred.core.rank;
