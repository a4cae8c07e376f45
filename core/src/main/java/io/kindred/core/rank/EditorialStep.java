package io.kindred.core.rank;

import java.util.Map;
import java.util.Objects;

/**
 * A step that applies one kind of the editors' overrides of an {@link Editorial}: its blocks, its boosts or its pins,
 * each at its own place in {@link RankingPolicy#ORDER}. Immutable.
 */
public abstract sealed class EditorialStep extends RankingStep permits Blocks, Boosts, Pins {

    private final Editorial editorial;

    EditorialStep(Editorial editorial) {
        this.editorial = Objects.requireNonNull(editorial, "editorial");
    }

    /** @return the overrides */
    public Editorial editorial() {
        return editorial;
    }

    @Override
    final Map<String, Object> parameters() {
        return parameters("editorial", editorial);
    }
}
