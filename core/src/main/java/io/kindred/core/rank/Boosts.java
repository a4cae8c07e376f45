package io.kindred.core.rank;

import java.util.Map;
import java.util.Objects;

/**
 * The editors' boosts of an {@link Editorial}: a boosted article's ranking and shown scores are multiplied by its
 * factor in that list (&gt; 1 promotes, &lt; 1 buries).
 */
public final class Boosts extends RankingStep {

    private final Editorial editorial;

    /** @param editorial the overrides whose boosts apply */
    public Boosts(Editorial editorial) {
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
            public boolean changesPool() {
                return true;
            }

            @Override
            public double maxFactor(Query query) {
                return editorial.maxBoost(query.id());
            }

            @Override
            public void apply(Pool pool) {
                for (int i = 0; i < pool.size(); i++) {
                    pool.multiply(i, editorial.boost(pool.query().id(), context.id(pool.doc(i))));
                }
            }
        };
    }
}
