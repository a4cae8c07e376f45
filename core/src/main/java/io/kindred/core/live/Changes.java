package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes applied to a snapshot with its model: the next snapshot, with every kept neighbour list and every kept list
 * they change updated.
 *
 * <p>Cosine is symmetric: the scores of an article's own search are its scores in every other article's neighbours. So
 * the old version of each deleted or replaced article is searched once and taken out of the neighbours that held it;
 * then the next snapshot is built once, each new or replaced article is searched once in it and offered to every
 * article it scored with. Neighbours left with fewer than a list needs are searched again; then each article whose
 * neighbours changed, and each changed article, gets its list again. A batch gives the same snapshot as its changes one
 * by one. Stateless.
 */
final class Changes {

    private Changes() {}

    /** @return the snapshot after one upsert (add, or replace in place) */
    static Snapshot upsert(Snapshot s, Article article) {
        return apply(s, List.of(new LiveIndex.Change(article, null)), s.generation() + 1);
    }

    /** @return the snapshot after one delete, or {@code s} itself when no article has that id */
    static Snapshot delete(Snapshot s, String id) {
        return s.index().ordinal(id) < 0 ? s : apply(s, List.of(new LiveIndex.Change(null, id)), s.generation() + 1);
    }

    /**
     * @param s the current snapshot
     * @param changes upserts and deletes, in order (a delete of an absent id changes nothing)
     * @param generation the next snapshot's generation
     * @return the next snapshot
     */
    static Snapshot apply(Snapshot s, List<LiveIndex.Change> changes, long generation) {
        Map<String, Fate> fates = fates(s, changes);
        Neighbours[] old = s.neighbours().clone();
        PositionMarks marks = new PositionMarks();
        for (Map.Entry<String, Fate> f : fates.entrySet()) {
            if (f.getValue().stored) {
                removeEverywhere(s, s.index().ordinal(f.getKey()), old, marks);
            }
        }
        int n = s.size();
        List<Article> articles = new ArrayList<>(n + fates.size());
        long[] positions = new long[n + fates.size()];
        Neighbours[] neighbours = new Neighbours[positions.length];
        KeptList[] kept = new KeptList[positions.length];
        int[] source = new int[positions.length]; // old row, or -1 - index into fresh
        List<SparseVector> fresh = new ArrayList<>();
        List<float[]> freshLatents = new ArrayList<>();
        long[] terms = new long[2];
        List<Integer> changed = new ArrayList<>();
        int m = 0;
        for (int o = 0; o < n; o++) {
            Article a = s.articles().get(o);
            Fate fate = fates.get(a.id());
            if (fate != null) {
                if (fate.article == null || fate.lostPlace) {
                    continue;
                }
                a = fate.article;
                source[m] = -1 - fresh.size();
                vectorise(s, a, terms, fresh, freshLatents);
                neighbours[m] = Neighbours.NONE;
                changed.add(m);
            } else {
                source[m] = o;
                neighbours[m] = old[o];
                kept[m] = s.kept()[o];
            }
            articles.add(a);
            positions[m++] = s.positions()[o];
        }
        Snapshot.Counters c = s.counters();
        long nextPosition = c.nextPosition();
        List<Fate> born = new ArrayList<>();
        for (Fate f : fates.values()) {
            if (f.article != null && (f.lostPlace || !f.stored)) {
                born.add(f);
            }
        }
        born.sort((x, y) -> Long.compare(x.birth, y.birth));
        for (Fate f : born) {
            Article a = f.article;
            {
                source[m] = -1 - fresh.size();
                vectorise(s, a, terms, fresh, freshLatents);
                neighbours[m] = Neighbours.NONE;
                changed.add(m);
                articles.add(a);
                positions[m++] = nextPosition++;
            }
        }
        int dims = s.model().latent() == null ? 0 : s.model().latent().dims();
        Snapshot t = new Snapshot(
                generation,
                s.settings(),
                s.model(),
                new Snapshot.Counters(
                        nextPosition,
                        c.changesSinceFit() + changes.size(),
                        c.termsSinceFit() + terms[0],
                        c.knownTermsSinceFit() + terms[1]),
                List.copyOf(articles),
                Arrays.copyOf(positions, m),
                s.vectors().rearranged(Arrays.copyOf(source, m), fresh.toArray(SparseVector[]::new)),
                dims == 0 ? null : latents(s.latents(), source, m, freshLatents, dims),
                Arrays.copyOf(neighbours, m),
                Arrays.copyOf(kept, m));
        boolean[] searched = new boolean[m]; // changed articles: their neighbours come from their own search
        changed.forEach(o -> searched[o] = true);
        boolean[] isChanged = searched.clone();
        Neighbours[] nb = t.neighbours();
        for (int x : changed) {
            List<SimilarArticle> scored =
                    m < 2 ? List.of() : t.index().similar(t.articles().get(x).id(), m);
            nb[x] = t.neighbours(scored);
            long position = t.positions()[x];
            for (SimilarArticle d : scored) {
                if (!searched[d.ordinal()]) {
                    Neighbours before = nb[d.ordinal()];
                    Neighbours after = before.offer(d.score(), position, t.depth());
                    if (after != before) {
                        nb[d.ordinal()] = after;
                        isChanged[d.ordinal()] = true;
                    }
                }
            }
        }
        for (long p : marks.positions()) {
            int o = Arrays.binarySearch(t.positions(), p);
            if (o >= 0) {
                isChanged[o] = true;
            }
        }
        finish(t, isChanged);
        return t;
    }

    /** What a batch does to one id. */
    private static final class Fate {
        /** Whether the id is stored in the snapshot the batch starts from. */
        boolean stored;
        /** Whether a delete took the stored article out: a later upsert is a new article, at the end. */
        boolean lostPlace;
        /** The article at the end of the batch, or null if deleted. */
        Article article;
        /** When the id was last added as a new article, or -1. */
        long birth = -1;
    }

    /** Replays the batch on its ids: as the changes one by one would leave each. */
    private static Map<String, Fate> fates(Snapshot s, List<LiveIndex.Change> changes) {
        Map<String, Fate> fates = new LinkedHashMap<>();
        long clock = 0;
        for (LiveIndex.Change c : changes) {
            String id = c.article() != null ? c.article().id() : c.id();
            Fate f = fates.get(id);
            if (f == null) {
                f = new Fate();
                f.stored = s.index().ordinal(id) >= 0;
                f.article = f.stored ? s.articles().get(s.index().ordinal(id)) : null;
                fates.put(id, f);
            }
            boolean present = f.article != null;
            if (c.article() == null) {
                if (present && f.stored && f.birth < 0) {
                    f.lostPlace = true;
                }
                f.article = null;
            } else {
                if (!present) {
                    f.birth = clock++;
                }
                f.article = c.article();
            }
        }
        return fates;
    }

    private static void vectorise(
            Snapshot s, Article a, long[] terms, List<SparseVector> fresh, List<float[]> freshLatents) {
        SparseVector v = s.model().tfidf().transform(a, terms);
        fresh.add(v);
        if (s.model().latent() != null) {
            freshLatents.add(s.model().latent().embed(v));
        }
    }

    private static float[] latents(float[] old, int[] source, int m, List<float[]> fresh, int dims) {
        float[] out = new float[m * dims];
        for (int i = 0; i < m; ) {
            if (source[i] < 0) {
                System.arraycopy(fresh.get(-1 - source[i]), 0, out, i * dims, dims);
                i++;
                continue;
            }
            int run = 1;
            while (i + run < m && source[i + run] == source[i] + run) {
                run++;
            }
            System.arraycopy(old, source[i] * dims, out, i * dims, run * dims);
            i += run;
        }
        return out;
    }

    /**
     * Takes stored article {@code at} (its current vector) out of every neighbour list that holds it, marking the
     * articles whose lists changed by position.
     */
    private static void removeEverywhere(Snapshot s, int at, Neighbours[] neighbours, PositionMarks marks) {
        if (s.size() < 2) {
            return;
        }
        long position = s.positions()[at];
        for (SimilarArticle d : s.index().similar(s.articles().get(at).id(), s.size())) {
            Neighbours before = neighbours[d.ordinal()];
            Neighbours after = before.without(position);
            if (after != before) {
                neighbours[d.ordinal()] = after;
                marks.add(s.positions()[d.ordinal()]);
            }
        }
    }

    /** Searches again the neighbours that became too few, then lists the changed articles again. */
    private static void finish(Snapshot t, boolean[] changed) {
        Neighbours[] neighbours = t.neighbours();
        KeptList[] kept = t.kept();
        for (int o = 0; o < changed.length; o++) {
            if (changed[o]) {
                Neighbours nb = neighbours[o];
                if (!nb.complete() && nb.size() < t.candidates()) {
                    neighbours[o] = t.searchNeighbours(o);
                }
                kept[o] = t.keep(o);
            }
        }
    }

    /** Positions of articles to list again, without boxing. */
    private static final class PositionMarks {
        private long[] positions = new long[16];
        private int size;

        void add(long position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        long[] positions() {
            return Arrays.copyOf(positions, size);
        }
    }
}
