package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One change to a snapshot, applied with the snapshot's model: the next snapshot, with every kept neighbour list and
 * every kept list it changes updated.
 *
 * <p>Cosine is symmetric: the scores of an article's own search are its scores in every other article's neighbours. So
 * an upsert searches once with the new vector and offers it to each article it scored with; a delete (or the old
 * version of a replaced article) searches once with the old vector and takes it out of the neighbours that held it.
 * Neighbours left with fewer than a list needs are searched again. Then each article whose neighbours changed, and the
 * changed article, gets its list again. Stateless.
 */
final class Changes {

    private Changes() {}

    /**
     * @param s the current snapshot
     * @param article the article to add, or to replace (same id; it keeps its place)
     * @return the next snapshot
     */
    static Snapshot upsert(Snapshot s, Article article) {
        long[] terms = new long[2];
        SparseVector v = s.model().tfidf().transform(article, terms);
        float[] latent = s.model().latent() == null ? null : s.model().latent().embed(v);
        int n = s.size();
        int at = s.index().ordinal(article.id());
        Neighbours[] neighbours;
        KeptList[] kept;
        Marks marks = new Marks();
        long position;
        Snapshot.Counters c = s.counters();
        long nextPosition = c.nextPosition();
        List<Article> articles = new ArrayList<>(s.articles());
        long[] positions;
        DocumentVectors vectors;
        float[] latents;
        if (at >= 0) {
            position = s.positions()[at];
            neighbours = s.neighbours().clone();
            kept = s.kept().clone();
            removeEverywhere(s, at, neighbours, marks, at);
            articles.set(at, article);
            positions = s.positions();
            vectors = Rows.replace(s.vectors(), at, v);
            latents = latent == null ? null : Rows.replace(s.latents(), at, latent);
        } else {
            position = nextPosition++;
            at = n;
            neighbours = Arrays.copyOf(s.neighbours(), n + 1);
            kept = Arrays.copyOf(s.kept(), n + 1);
            articles.add(article);
            positions = Arrays.copyOf(s.positions(), n + 1);
            positions[n] = position;
            vectors = Rows.append(s.vectors(), v);
            latents = latent == null ? null : Rows.append(s.latents(), latent);
        }
        neighbours[at] = Neighbours.NONE;
        Snapshot t = new Snapshot(
                s.generation() + 1,
                s.settings(),
                s.model(),
                new Snapshot.Counters(
                        nextPosition,
                        c.changesSinceFit() + 1,
                        c.termsSinceFit() + terms[0],
                        c.knownTermsSinceFit() + terms[1]),
                List.copyOf(articles),
                positions,
                vectors,
                latents,
                neighbours,
                kept);
        List<SimilarArticle> scored = t.size() < 2 ? List.of() : t.index().similar(article.id(), t.size());
        neighbours[at] = t.neighbours(scored);
        marks.add(at);
        for (SimilarArticle d : scored) {
            Neighbours before = neighbours[d.ordinal()];
            Neighbours after = before.offer(d.score(), position, t.depth());
            if (after != before) {
                neighbours[d.ordinal()] = after;
                marks.add(d.ordinal());
            }
        }
        finish(t, marks);
        return t;
    }

    /**
     * @param s the current snapshot
     * @param id a stored article's id
     * @return the next snapshot, or {@code s} itself when no article has that id
     */
    static Snapshot delete(Snapshot s, String id) {
        int at = s.index().ordinal(id);
        if (at < 0) {
            return s;
        }
        int n = s.size();
        Neighbours[] old = s.neighbours().clone();
        Marks marks = new Marks();
        removeEverywhere(s, at, old, marks, -1);
        Neighbours[] neighbours = new Neighbours[n - 1];
        KeptList[] kept = new KeptList[n - 1];
        System.arraycopy(old, 0, neighbours, 0, at);
        System.arraycopy(old, at + 1, neighbours, at, n - 1 - at);
        System.arraycopy(s.kept(), 0, kept, 0, at);
        System.arraycopy(s.kept(), at + 1, kept, at, n - 1 - at);
        List<Article> articles = new ArrayList<>(s.articles());
        articles.remove(at);
        long[] positions = new long[n - 1];
        System.arraycopy(s.positions(), 0, positions, 0, at);
        System.arraycopy(s.positions(), at + 1, positions, at, n - 1 - at);
        Snapshot.Counters c = s.counters();
        Snapshot t = new Snapshot(
                s.generation() + 1,
                s.settings(),
                s.model(),
                new Snapshot.Counters(
                        c.nextPosition(), c.changesSinceFit() + 1, c.termsSinceFit(), c.knownTermsSinceFit()),
                List.copyOf(articles),
                positions,
                Rows.remove(s.vectors(), at),
                s.latents() == null
                        ? null
                        : Rows.remove(s.latents(), at, s.model().latent().dims()),
                neighbours,
                kept);
        finish(t, marks.shiftedPast(at));
        return t;
    }

    /**
     * Takes stored article {@code at} (its current vector) out of every neighbour list that holds it, marking those
     * lists (by ordinal in {@code s}); {@code keep} is an ordinal not to mark, or -1.
     */
    private static void removeEverywhere(Snapshot s, int at, Neighbours[] neighbours, Marks marks, int keep) {
        if (s.size() < 2) {
            return;
        }
        long position = s.positions()[at];
        for (SimilarArticle d : s.index().similar(s.articles().get(at).id(), s.size())) {
            Neighbours before = neighbours[d.ordinal()];
            Neighbours after = before.without(position);
            if (after != before) {
                neighbours[d.ordinal()] = after;
                if (d.ordinal() != keep) {
                    marks.add(d.ordinal());
                }
            }
        }
    }

    /** Searches again the neighbours that became too few, then lists the marked articles again. */
    private static void finish(Snapshot t, Marks marks) {
        Neighbours[] neighbours = t.neighbours();
        KeptList[] kept = t.kept();
        for (int o : marks.sorted()) {
            Neighbours nb = neighbours[o];
            if (!nb.complete() && nb.size() < t.candidates()) {
                neighbours[o] = t.searchNeighbours(o);
            }
            kept[o] = t.keep(o);
        }
    }

    /** Ordinals to list again, without boxing. */
    private static final class Marks {
        private int[] ordinals = new int[16];
        private int size;

        void add(int ordinal) {
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = ordinal;
        }

        /** @return these marks renumbered after the removal of ordinal {@code removed} */
        Marks shiftedPast(int removed) {
            Marks m = new Marks();
            for (int i = 0; i < size; i++) {
                if (ordinals[i] != removed) {
                    m.add(ordinals[i] > removed ? ordinals[i] - 1 : ordinals[i]);
                }
            }
            return m;
        }

        int[] sorted() {
            return Arrays.stream(ordinals, 0, size).sorted().distinct().toArray();
        }
    }
}
