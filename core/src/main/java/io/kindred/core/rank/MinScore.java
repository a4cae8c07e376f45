package io.kindred.core.rank;

import java.util.Map;

/**
 * Drops the candidates whose shown score (the cosine after decay and boosts) is below a minimum: lists get shorter,
 * never backfilled with weaker articles. Immutable.
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
            for (int i = 0; i < pool.size(); i++) {
                if (pool.shown(i) < value) {
                    pool.drop(i);
                }
            }
        });
    }
}
