package io.kindred.core.rank;

import java.util.Map;

/**
 * Eligibility: only articles published strictly before the list's article ({@code candidate < article}, by publication
 * instant). A date-only value is the start of its day in UTC ({@link io.kindred.core.PublicationDate}), so two articles
 * dated the same day without a time are not before each other and stay out of each other's lists, while a date-only
 * article is before one published later that day with a time. Undated articles: see {@link Undated} (by default they
 * pass, and an undated article's list is not restricted). Immutable.
 */
public final class PastOnly extends DateStep {

    /** Only earlier articles; undated ones as {@link Undated#DEFAULT}. */
    public PastOnly() {
        this(Undated.DEFAULT);
    }

    /** @param undated what to do with undated articles */
    public PastOnly(Undated undated) {
        super(undated);
    }

    @Override
    public PastOnly withUndated(Undated undated) {
        return new PastOnly(undated);
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("undated", undated());
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.excluding(dated(context, (queryDate, date) -> date < queryDate));
    }
}
