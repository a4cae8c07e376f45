package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.weighting.TfidfModel;
import io.kindred.core.weighting.Weighting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * "Similar Articles" for a site whose articles change all day: an index that takes one article at a time (published,
 * corrected, unpublished), answers at once, and keeps every list exact.
 *
 * <p><b>Exact.</b> A {@link Snapshot} answers exactly what a batch run over its articles, in index order, answers with
 * the model of the last fit: after a fit, the lists of {@code kindred recommend} over the same articles, byte for byte;
 * between fits, new and changed articles are vectorised with the fitted model (terms outside its vocabulary are
 * ignored, as scikit-learn's {@code transform} does) and every list is the batch list under that model. The order is
 * first insertion: a replaced article keeps its place; ties in every list go to the earlier article.
 *
 * <p><b>Fast to read.</b> The list of every stored article (length {@link #k()}, the index's policy) is kept and looked
 * up. Each upsert searches once with the new vector and, cosine being symmetric, updates the kept lists it enters
 * before it returns; a delete updates the lists that held the article. Other lengths and request-time policies are
 * ranked from the article's kept neighbours.
 *
 * <p><b>Refits</b> learn the vocabulary, idf and latent space again from the live articles, in the background when the
 * {@link RefitPolicy} says so ({@link #drift()} measures how far the index has moved), or when asked. Readers and
 * writers go on meanwhile; changes made during the fit are applied to its result, which then replaces the index at
 * once.
 *
 * <p>Thread-safe: any number of readers alongside writers. {@link #snapshot()} is one consistent point in time; writers
 * are applied one at a time, each publishing a new snapshot.
 */
public final class LiveIndex implements AutoCloseable {

    private final Settings settings;
    private final LiveOptions options;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();
    private final ExecutorService refits;
    private volatile Snapshot current;
    /** Changes made while a refit runs, applied to its result; null when none runs. Guarded by {@link #writer}. */
    private List<Change> duringRefit;

    private Future<?> refitting;
    private volatile String lastRefitFailure;
    private boolean closed;

    private LiveIndex(Snapshot snapshot, LiveOptions options, Clock clock) {
        this.settings = snapshot.settings();
        this.options = options;
        this.clock = clock;
        this.current = snapshot;
        this.refits = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kindred-refit");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * An index in memory only (lost on close): for tests and for sites that rebuild it at start.
     *
     * @param preset the settings
     * @param k the length of the kept lists, at least 1
     * @param articles the first articles, fitted on at once; may be empty
     * @param options threads and refit policy (durability and commits do not apply)
     * @return the index
     * @throws IllegalArgumentException for a duplicate id, or settings these articles cannot satisfy
     */
    public static LiveIndex inMemory(Preset preset, int k, List<Article> articles, LiveOptions options) {
        return inMemory(preset, k, articles, options, Clock.systemUTC());
    }

    static LiveIndex inMemory(Preset preset, int k, List<Article> articles, LiveOptions options, Clock clock) {
        List<Article> copy = List.copyOf(articles);
        long[] positions = new long[copy.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Snapshot s = Fit.fit(new Settings(preset, k), 0, copy, positions, copy.size(), options.threads(), clock);
        return new LiveIndex(s, options, clock);
    }

    /** @return the current point in time: lists read from it are consistent with each other */
    public Snapshot snapshot() {
        return current;
    }

    /** @return the length of the kept lists */
    public int k() {
        return settings.k();
    }

    /** @return the settings the index was built with */
    public Preset preset() {
        return settings.preset();
    }

    /**
     * Adds an article, or replaces the stored article with its id (which keeps its place in the order). When this
     * returns, readers see it and every kept list it changes.
     *
     * @param article the article
     * @return whether it was added or replaced an article
     */
    public Upsert upsert(Article article) {
        Objects.requireNonNull(article, "article");
        return (Upsert) apply(new Change(article, null));
    }

    /**
     * Deletes an article. When this returns, readers no longer see it in any list.
     *
     * @param id its id
     * @return false if no article has that id
     */
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        return apply(new Change(null, id)) != null;
    }

    /**
     * The list of a stored article (see {@link Snapshot#similar(String, int)}).
     *
     * @param id its id
     * @param k list length, at least 1
     * @return at most k articles, best first
     * @throws IllegalArgumentException for an unknown id or k &lt; 1
     */
    public List<SimilarArticle> similar(String id, int k) {
        return current.similar(id, k);
    }

    /**
     * The list of an article that is not stored (see {@link Snapshot#similar(Article, int)}).
     *
     * @param article the article
     * @param k list length, at least 1
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k) {
        return current.similar(article, k);
    }

    /** What {@link #upsert} did. */
    public enum Upsert {
        /** A new id. */
        ADDED,
        /** An article with that id was replaced. */
        REPLACED
    }

    private Object apply(Change change) {
        writer.lock();
        try {
            checkOpen();
            Snapshot s = current;
            Object result;
            Snapshot next;
            if (change.article() != null) {
                result = s.article(change.article().id()).isPresent() ? Upsert.REPLACED : Upsert.ADDED;
                next = Changes.upsert(s, change.article());
            } else {
                next = Changes.delete(s, change.id());
                result = next == s ? null : Boolean.TRUE;
                if (next == s) {
                    return null;
                }
            }
            if (duringRefit != null) {
                duringRefit.add(change);
            }
            current = next;
            maybeRefit();
            return result;
        } finally {
            writer.unlock();
        }
    }

    /** Starts a background refit when the policy says so and none runs. Called with the writer lock. */
    private void maybeRefit() {
        if ((refitting == null || refitting.isDone()) && options.refit().due(drift(current, false))) {
            duringRefit = new ArrayList<>();
            Snapshot base = current;
            refitting = refits.submit(() -> {
                try {
                    refitFrom(base);
                } catch (RuntimeException e) {
                    lastRefitFailure = e.getMessage();
                    writer.lock();
                    try {
                        duringRefit = null;
                    } finally {
                        writer.unlock();
                    }
                }
            });
        }
    }

    /**
     * Fits the model again on the live articles and lists every article under it; waits for a background refit that
     * runs, then refits. Readers and writers go on meanwhile.
     *
     * @throws IllegalArgumentException when the settings cannot fit the live articles (scikit-learn's exact df limits);
     *     the index keeps its model
     */
    public void refit() {
        Future<?> running;
        writer.lock();
        try {
            checkOpen();
            running = refitting;
        } finally {
            writer.unlock();
        }
        await(running);
        Snapshot base;
        writer.lock();
        try {
            base = current;
            duringRefit = new ArrayList<>();
        } finally {
            writer.unlock();
        }
        try {
            refitFrom(base);
        } catch (RuntimeException e) {
            writer.lock();
            try {
                duringRefit = null;
            } finally {
                writer.unlock();
            }
            throw e;
        }
    }

    private void refitFrom(Snapshot base) {
        Snapshot fitted = Fit.fit(
                settings,
                base.generation(),
                base.articles(),
                base.positions(),
                base.counters().nextPosition(),
                options.threads(),
                clock);
        writer.lock();
        try {
            Snapshot s = fitted;
            for (Change c : duringRefit) {
                s = c.article() != null ? Changes.upsert(s, c.article()) : Changes.delete(s, c.id());
            }
            duringRefit = null;
            current = s;
            lastRefitFailure = null;
        } finally {
            writer.unlock();
        }
    }

    private static void await(Future<?> f) {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a refit", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // the background refit records its failure; a new refit follows
        }
    }

    /**
     * @return how far the index has moved from its model since the last fit, with the largest idf change measured over
     *     every live article (one pass over the vectors)
     */
    public Drift drift() {
        return drift(current, true);
    }

    /** @return why the last background refit failed, or null */
    public String lastRefitFailure() {
        return lastRefitFailure;
    }

    static Drift drift(Snapshot s, boolean idf) {
        Snapshot.Counters c = s.counters();
        long terms = c.termsSinceFit();
        double unknown = terms == 0 ? 0 : (double) (terms - c.knownTermsSinceFit()) / terms;
        return new Drift(
                c.changesSinceFit(),
                terms,
                unknown,
                idf ? maxIdfChange(s) : Double.NaN,
                s.model().articles());
    }

    private static double maxIdfChange(Snapshot s) {
        TfidfModel model = s.model().tfidf();
        Vocabulary vocabulary = model.vocabulary();
        DocumentVectors vectors = s.vectors();
        int[] df = new int[vocabulary.size()];
        for (int e = 0; e < vectors.entries(); e++) {
            df[vectors.term(e)]++;
        }
        Weighting w = model.options().weighting();
        double max = 0;
        for (int t = 0; t < df.length; t++) {
            if (df[t] > 0) {
                double fitted = w.idf(vocabulary.df(t), vocabulary.documents());
                double now = w.idf(df[t], s.size());
                if (fitted != 0) {
                    max = Math.max(max, Math.abs(now - fitted) / Math.abs(fitted));
                }
            }
        }
        return max;
    }

    /** Waits for a running background refit, then releases the index. */
    @Override
    public void close() {
        Future<?> running;
        writer.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            running = refitting;
        } finally {
            writer.unlock();
        }
        await(running);
        refits.shutdown();
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the live index is closed");
        }
    }

    /** An upsert (article set) or a delete (id set). */
    record Change(Article article, String id) {}

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
