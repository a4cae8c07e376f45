package io.kindred.core.rank;

import java.util.Map;
import java.util.Objects;

/** Eligibility: the editors' blocks of an {@link Editorial} (a blocked article never appears in that list). */
public final class Blocks extends RankingStep {

    private final Editorial editorial;

    /** @param editorial the overrides whose blocks apply */
    public Blocks(Editorial editorial) {
        this.editorial = Objects.requireNonNull(editorial, "editorial");
    }

    /** @return the overrides */
    public Editorial editorial() {
        return editorial;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("editorial", editorial);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound() {
            @Override
            public Eligibility eligibility() {
                return (queryId, queryDate, candidate) -> !editorial.blocked(queryId, context.id(candidate));
            }
        };
    }
}
