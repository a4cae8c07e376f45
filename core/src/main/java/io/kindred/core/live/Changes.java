package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import io.kindred.core.weighting.Vectorized;
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
        boolean removes = false;
        for (Map.Entry<String, Fate> f : fates.entrySet()) {
            Fate fate = f.getValue();
            if (fate.stored) {
                removeEverywhere(s, s.index().ordinal(f.getKey()), old, marks);
                removes |= fate.article == null || fate.lostPlace;
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
        // the stored articles the batch touches, in order; the runs between them are copied in bulk
        int[] touchedOrdinals = fates.entrySet().stream()
                .filter(f -> f.getValue().stored)
                .mapToInt(f -> s.index().ordinal(f.getKey()))
                .sorted()
                .toArray();
        int m = 0;
        int run = 0; // the first stored article not yet copied
        for (int i = 0; i <= touchedOrdinals.length; i++) {
            int to = i < touchedOrdinals.length ? touchedOrdinals[i] : n;
            articles.addAll(s.articles().subList(run, to));
            System.arraycopy(s.positions(), run, positions, m, to - run);
            System.arraycopy(old, run, neighbours, m, to - run);
            System.arraycopy(s.kept(), run, kept, m, to - run);
            for (int o = run; o < to; o++) {
                source[m++] = o;
            }
            if (i == touchedOrdinals.length) {
                break;
            }
            Fate fate = fates.get(s.articles().get(to).id());
            run = to + 1;
            if (fate.article == null || fate.lostPlace) {
                continue;
            }
            source[m] = -1 - fresh.size();
            vectorise(s, fate.article, terms, fresh, freshLatents);
            neighbours[m] = Neighbours.NONE;
            changed.add(m);
            articles.add(fate.article);
            positions[m++] = s.positions()[to];
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
            source[m] = -1 - fresh.size();
            vectorise(s, f.article, terms, fresh, freshLatents);
            neighbours[m] = Neighbours.NONE;
            changed.add(m);
            articles.add(f.article);
            positions[m++] = nextPosition++;
        }
        int[] rows = changed.stream().mapToInt(Integer::intValue).toArray(); // increasing
        SparseVector[] rowVectors = fresh.toArray(SparseVector[]::new);
        float[][] rowLatents = freshLatents.toArray(float[][]::new);
        List<Article> next = List.copyOf(articles);
        DocumentVectors vectors;
        LatentRows latents = s.latents();
        SimilarityIndex index;
        if (removes) { // rows renumbered: everything afresh
            int[] sources = Arrays.copyOf(source, m);
            vectors = s.vectors().rearranged(sources, rowVectors);
            latents = latents == null ? null : latents.rearranged(sources, rowLatents);
            index = null;
        } else { // rows replaced in place and appended: the index derives from the last one
            vectors = s.vectors().withRows(rows, rowVectors);
            latents = latents == null ? null : latents.withRows(rows, rowLatents);
            index = SimilarityIndex.derived(
                    s.index(), next, new Vectorized(s.model().tfidf(), vectors), rows, 1);
        }
        Snapshot t = new Snapshot(
                generation,
                s.settings(),
                s.model(),
                new Snapshot.Counters(
                        nextPosition,
                        c.changesSinceFit() + changes.size(),
                        c.termsSinceFit() + terms[0],
                        c.knownTermsSinceFit() + terms[1]),
                next,
                Arrays.copyOf(positions, m),
                vectors,
                latents,
                Arrays.copyOf(neighbours, m),
                Arrays.copyOf(kept, m),
                index);
        boolean[] searched = new boolean[m]; // changed articles: their neighbours come from their own search
        for (int x : rows) {
            searched[x] = true;
        }
        boolean[] isChanged = searched.clone();
        Neighbours[] nb = t.neighbours();
        for (int x : rows) {
            nb[x] = t.searchNeighbours(x);
            long position = t.positions()[x];
            t.index().scoresAtLeast(x, d -> searched[d] ? Double.POSITIVE_INFINITY : threshold(nb[d]), (d, score) -> {
                Neighbours before = nb[d];
                Neighbours after = before.offer(score, position, t.depth());
                if (after != before) {
                    nb[d] = after;
                    isChanged[d] = true;
                }
            });
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

    /**
     * The least score that may enter neighbours: any when they are complete, else that of their last entry (an equal
     * score enters only if its position is smaller: {@link Neighbours#offer} decides); none when they hold nothing and
     * are not complete.
     */
    private static double threshold(Neighbours nb) {
        if (nb.complete()) {
            return 0;
        }
        return nb.size() == 0 ? Double.POSITIVE_INFINITY : nb.cosine(nb.size() - 1);
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
        // an article's neighbours hold it only if its score reaches their last entry's
        s.index().scoresAtLeast(at, d -> threshold(neighbours[d]), (d, score) -> {
            Neighbours before = neighbours[d];
            Neighbours after = before.without(position);
            if (after != before) {
                neighbours[d] = after;
                marks.add(s.positions()[d]);
            }
        });
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
