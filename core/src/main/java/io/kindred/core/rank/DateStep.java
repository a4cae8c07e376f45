package io.kindred.core.rank;

import java.util.Objects;

/**
 * A step that decides by publication dates ({@link PastOnly}, {@link TimeWindow}, {@link Decay}), and so must say what
 * it does with undated articles ({@link Undated}). Immutable.
 */
public abstract sealed class DateStep extends RankingStep permits PastOnly, TimeWindow, Decay {

    private final Undated undated;

    DateStep(Undated undated) {
        this.undated = Objects.requireNonNull(undated, "undated");
    }

    /** @return what the step does with undated articles */
    public final Undated undated() {
        return undated;
    }

    /**
     * @param undated what to do with undated articles
     * @return this step with that setting
     */
    public abstract DateStep withUndated(Undated undated);

    /**
     * The eligibility rule of a step that compares dates, with the undated articles handled by {@link #undated()}.
     *
     * @param context the index's dates
     * @param rule whether a dated candidate may enter a dated list article's list: (list article's date, candidate's
     *     date) in epoch seconds
     * @return the step's eligibility
     */
    final Bound.Eligibility dated(RankingContext context, DatedRule rule) {
        boolean keep = undated == Undated.KEEP;
        return (queryId, queryDate, candidate) -> {
            long date = context.published(candidate);
            return queryDate == RankingContext.NO_DATE || date == RankingContext.NO_DATE
                    ? keep
                    : rule.eligible(queryDate, date);
        };
    }

    /** Whether a dated candidate may enter a dated article's list. */
    @FunctionalInterface
    interface DatedRule {
        /**
         * @param queryDate the list article's date, epoch seconds
         * @param date the candidate's date, epoch seconds
         * @return true if the candidate may enter the list
         */
        boolean eligible(long queryDate, long date);
    }
}
