package io.kindred.core.rank;

import java.util.Map;

/**
 * Eligibility: only articles published no later than the list's article. Undated articles pass (nothing is known
 * against them). Immutable.
 */
public final class PastOnly extends RankingStep {

    /** Only earlier articles. */
    public PastOnly() {}

    @Override
    Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.excluding((queryId, queryDate, candidate) -> {
            long date = context.published(candidate);
            return queryDate == RankingContext.NO_DATE || date == RankingContext.NO_DATE || date <= queryDate;
        });
    }
}
