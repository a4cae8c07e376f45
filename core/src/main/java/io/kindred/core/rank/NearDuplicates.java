package io.kindred.core.rank;

import io.kindred.core.vector.DocumentVectors;
import java.util.Map;

/**
 * Drops near-duplicates (wire copies, reprints): going down the list, a candidate whose cosine with the list's article,
 * or with a candidate already kept, is at least the threshold. Immutable.
 */
public final class NearDuplicates extends RankingStep {

    private final double threshold;

    /**
     * @param threshold the cosine at or above which two articles are the same story (about 0.9 for news); finite and
     *     &gt; 0 (above 1, only vectors that are not L2-normalised can reach it)
     * @throws IllegalArgumentException otherwise
     */
    public NearDuplicates(double threshold) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException(
                    "near-duplicate threshold must be a finite number > 0, was " + threshold);
        }
        this.threshold = threshold;
    }

    /** @return the threshold */
    public double threshold() {
        return threshold;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("threshold", threshold);
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.onPool(pool -> {
            DocumentVectors vectors = pool.vectors();
            int[] order = pool.order();
            int[] kept = new int[pool.wanted()];
            int count = 0;
            for (int x = 0; x < pool.size() && count < pool.wanted(); x++) {
                int i = order[x];
                if (!pool.survives(i)) {
                    continue;
                }
                boolean duplicate = pool.cosine(i) >= threshold;
                for (int y = 0; y < count && !duplicate; y++) {
                    duplicate = vectors.dot(pool.doc(i), pool.doc(kept[y])) >= threshold;
                }
                if (duplicate) {
                    pool.drop(i);
                } else {
                    kept[count++] = i;
                }
            }
        });
    }
}
