package io.kindred.core.rank;

/** Eligibility: the editors' blocks of an {@link Editorial} (a blocked article never appears in that list). */
public final class Blocks extends EditorialStep {

    /** @param editorial the overrides whose blocks apply */
    public Blocks(Editorial editorial) {
        super(editorial);
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.excluding((queryId, queryDate, candidate) -> !editorial().blocked(queryId, context.id(candidate)));
    }
}
