package io.kindred.core.rank;

import java.util.Map;

/**
 * Eligibility: only articles published within ± {@code days} of the list's article. Undated articles pass (nothing is
 * known against them). Immutable.
 */
public final class TimeWindow extends RankingStep {

    private final double days;

    /**
     * @param days the window, ± days, finite and &gt;= 0
     * @throws IllegalArgumentException otherwise
     */
    public TimeWindow(double days) {
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new IllegalArgumentException("window must be a finite number of days >= 0, was " + days);
        }
        this.days = days;
    }

    /** @return the window, ± days */
    public double days() {
        return days;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("days", days);
    }

    @Override
    Bound bind(RankingContext context) {
        double seconds = days * 86_400.0;
        return Bound.excluding((queryId, queryDate, candidate) -> {
            long date = context.published(candidate);
            return queryDate == RankingContext.NO_DATE
                    || date == RankingContext.NO_DATE
                    || !(Math.abs((double) date - queryDate) > seconds);
        });
    }
}
