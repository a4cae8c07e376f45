package io.kindred.core.rank;

import io.kindred.core.search.SimilarArticle;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The editors' pins of an {@link Editorial}, the last step: each pinned article is put at its position of the chosen
 * list (shifting the others down; 1 = first), with its cosine with the list's article as its score, and the list is cut
 * to k again. An article is never its own pin.
 */
public final class Pins extends EditorialStep {

    /** @param editorial the overrides whose pins apply */
    public Pins(Editorial editorial) {
        super(editorial);
    }

    @Override
    Bound bind(RankingContext context) {
        return Bound.onPool(pool -> {
            List<Editorial.Pin> pins = editorial().pins(pool.query().id());
            if (pins.isEmpty()) {
                return;
            }
            List<SimilarArticle> out = new ArrayList<>(pool.list());
            SparseVector q = null;
            for (Editorial.Pin pin : pins) {
                int target = context.index().ordinal(pin.target());
                if (target < 0 || pin.target().equals(pool.query().id())) {
                    continue; // unknown ids are reported when the overrides are loaded
                }
                out.removeIf(s -> s.ordinal() == target);
                q = q == null ? pool.query().vector(context.index()) : q;
                double cosine = q.dot(pool.vectors().row(target));
                out.add(
                        Math.min(pin.position() - 1, out.size()),
                        new SimilarArticle(target, context.index().article(target), cosine));
            }
            pool.setList(List.copyOf(out.subList(0, Math.min(pool.k(), out.size()))));
        });
    }
}
