package io.kindred.core.rank;

import io.kindred.core.search.SimilarArticle;
import java.util.List;
import java.util.Map;

/**
 * A pure filter, the very last step: cuts the finished list where its score falls below a minimum. A list with it is
 * the list without it, cut there (scores never increase down a list): it gets shorter, never backfilled. Immutable.
 */
public final class MinScore extends RankingStep {

    private final double value;

    /**
     * @param value the minimum, finite and &gt;= 0 (0 keeps every positive score)
     * @throws IllegalArgumentException otherwise
     */
    public MinScore(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("min score must be a finite number >= 0, was " + value);
        }
        this.value = value;
    }

    /** @return the minimum */
    public double value() {
        return value;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("value", value);
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.onPool(pool -> {
            List<SimilarArticle> list = pool.list();
            int keep = 0;
            while (keep < list.size() && list.get(keep).score() >= value) {
                keep++;
            }
            if (keep < list.size()) {
                pool.setList(list.subList(0, keep));
            }
        });
    }
}
