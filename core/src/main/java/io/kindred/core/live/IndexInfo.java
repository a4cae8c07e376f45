package io.kindred.core.live;

import java.time.Instant;

/**
 * A live index's figures. Immutable.
 *
 * @param articles stored articles
 * @param terms terms of the model's vocabulary
 * @param generation changes applied since the index was created
 * @param fittedAt when the model was fitted
 * @param fits refits since the index was created
 * @param drift how far the index has moved from its model
 * @param bytes size of the index folder on disk (0 in memory)
 * @param committedGeneration generation of the last commit (-1 in memory)
 * @param lastRefitFailure why the last background refit failed, or null
 * @param lastCommitFailure why the last background commit failed, or null
 */
public record IndexInfo(
        int articles,
        int terms,
        long generation,
        Instant fittedAt,
        long fits,
        Drift drift,
        long bytes,
        long committedGeneration,
        String lastRefitFailure,
        String lastCommitFailure) {}
