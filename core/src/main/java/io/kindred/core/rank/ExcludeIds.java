package io.kindred.core.rank;

import java.util.Map;
import java.util.Set;

/** Eligibility: these articles are never recommended (they still get lists of their own). Immutable. */
public final class ExcludeIds extends RankingStep {

    private final Set<String> ids;

    /** @param ids the ids never recommended */
    public ExcludeIds(Set<String> ids) {
        this.ids = Set.copyOf(ids);
    }

    /** @return the ids never recommended */
    public Set<String> ids() {
        return ids;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("ids", new java.util.TreeSet<>(ids));
    }

    @Override
    Bound bind(RankingContext context) {
        boolean[] excluded = new boolean[context.index().size()];
        for (int i = 0; i < excluded.length; i++) {
            excluded[i] = ids.contains(context.id(i));
        }
        return Bound.excluding((queryId, queryDate, candidate) -> !excluded[candidate]);
    }
}
