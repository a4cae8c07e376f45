package io.kindred.core.rank;

import java.util.Map;

/**
 * Eligibility: only articles published within ± {@code days} of the list's article (both ends included). Undated
 * articles: see {@link Undated} (by default they pass, and an undated article's list is not restricted). Immutable.
 */
public final class TimeWindow extends DateStep {

    private final double days;

    /**
     * A window; undated articles as {@link Undated#DEFAULT}.
     *
     * @param days the window, ± days, finite and &gt;= 0
     * @throws IllegalArgumentException otherwise
     */
    public TimeWindow(double days) {
        this(days, Undated.DEFAULT);
    }

    /**
     * @param days the window, ± days, finite and &gt;= 0
     * @param undated what to do with undated articles
     * @throws IllegalArgumentException for another number of days
     */
    public TimeWindow(double days, Undated undated) {
        super(undated);
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
    public TimeWindow withUndated(Undated undated) {
        return new TimeWindow(days, undated);
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("days", days, "undated", undated());
    }

    @Override
    Bound bind(RankingContext context) {
        double seconds = days * 86_400.0;
        return Bound.excluding(dated(context, (queryDate, date) -> !(Math.abs((double) date - queryDate) > seconds)));
    }
}
