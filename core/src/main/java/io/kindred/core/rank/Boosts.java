package io.kindred.core.rank;

/**
 * The editors' boosts of an {@link Editorial}: a boosted article's score is multiplied by its factor in that list (&gt;
 * 1 promotes, &lt; 1 buries).
 */
public final class Boosts extends EditorialStep {

    /** @param editorial the overrides whose boosts apply */
    public Boosts(Editorial editorial) {
        super(editorial);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound.OnPool() {
            @Override
            public double maxFactor(Query query) {
                return editorial().maxBoost(query.id());
            }

            @Override
            public void apply(Pool pool) {
                for (int i = 0; i < pool.size(); i++) {
                    pool.multiply(i, editorial().boost(pool.query().id(), context.id(pool.doc(i))));
                }
            }
        };
    }
}
