package io.kindred.core.live;

/**
 * How far a live index has moved from its model since the last fit. Immutable.
 *
 * @param changesSinceFit upserts and deletes since the fit
 * @param termsSinceFit terms (occurrences) of the articles upserted since the fit
 * @param unknownTermShare the share of those outside the vocabulary (0 when none were upserted)
 * @param maxIdfChange the largest relative change of a term's idf between the fit and the live articles,
 *     {@code |idf_now - idf_fit| / idf_fit} over the terms still in an article, or NaN when not measured
 * @param fittedArticles the number of articles at the fit
 */
public record Drift(
        long changesSinceFit, long termsSinceFit, double unknownTermShare, double maxIdfChange, int fittedArticles) {}
