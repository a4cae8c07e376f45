package io.kindred.core.rank;

import io.kindred.core.search.SimilarArticle;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The editors' pins of an {@link Editorial}: each pinned article is put at its position of the chosen list (shifting
 * the others down; 1 = first) and the list is cut to k again. A pinned entry takes the score of the first unpinned
 * entry below it (else of the last one above it), so that scores still never increase down the list; pins are the one
 * exception to the tie rule, keeping the position the editors gave. An article is never its own pin.
 */
public final class Pins extends EditorialStep {

    /** @param editorial the overrides whose pins apply */
    public Pins(Editorial editorial) {
        super(editorial);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound.OnPool() {
            @Override
            public boolean readsBeyondPool(Query query) {
                return !editorial().pins(query.id()).isEmpty();
            }

            @Override
            public void apply(Pool pool) {
                pin(context, pool);
            }
        };
    }

    private void pin(RankingContext context, Pool pool) {
        List<Editorial.Pin> pins = editorial().pins(pool.query().id());
        if (pins.isEmpty()) {
            return;
        }
        List<SimilarArticle> out = new ArrayList<>(pool.list());
        Set<Integer> pinned = new HashSet<>();
        SparseVector q = null;
        for (Editorial.Pin pin : pins) {
            int target = context.index().ordinal(pin.target());
            if (target < 0 || pin.target().equals(pool.query().id())) {
                continue; // unknown ids are reported when the overrides are loaded
            }
            SimilarArticle entry = null;
            for (int x = 0; x < out.size() && entry == null; x++) {
                if (out.get(x).ordinal() == target) {
                    entry = out.remove(x);
                }
            }
            if (entry == null) {
                q = q == null ? pool.query().vector(context.index()) : q;
                entry = new SimilarArticle(
                        target,
                        context.index().article(target),
                        q.dot(pool.vectors().row(target)));
            }
            out.add(Math.min(pin.position() - 1, out.size()), entry);
            pinned.add(target);
        }
        List<SimilarArticle> list = new ArrayList<>(out.subList(0, Math.min(pool.k(), out.size())));
        scorePinned(pool, list, pinned);
        pool.setList(List.copyOf(list));
    }

    /**
     * Gives each pinned entry the score of the first unpinned entry below it, else of the last one above it, else (only
     * pins) the lowest score among them, so that scores never increase down the list.
     */
    private void scorePinned(Pool pool, List<SimilarArticle> list, Set<Integer> pinned) {
        double fallback = Double.NaN;
        for (SimilarArticle s : list) {
            if (!pinned.contains(s.ordinal())) {
                fallback = s.score(); // the last unpinned entry's
            }
        }
        if (Double.isNaN(fallback)) {
            fallback = list.stream().mapToDouble(SimilarArticle::score).min().orElse(0);
        }
        double below = fallback;
        for (int x = list.size() - 1; x >= 0; x--) {
            SimilarArticle s = list.get(x);
            if (pinned.contains(s.ordinal())) {
                list.set(x, pool.rescore(s, name(), below));
            } else {
                below = s.score();
            }
        }
    }
}
