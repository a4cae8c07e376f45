package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.store.CorruptIndexException;
import io.kindred.core.store.StoreIo;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.weighting.TfidfModel;
import io.kindred.core.weighting.Weighting;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
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
    private final Queue<Batch> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock committer = new ReentrantLock();
    private final ExecutorService background;
    /** The folder, or null for an index in memory. Logging is guarded by {@link #writer}, commits by committer. */
    private final LiveStore store;

    private volatile Snapshot current;
    /** Changes made while a refit runs, applied to its result; null when none runs. Guarded by {@link #writer}. */
    private List<Change> duringRefit;

    private Future<?> refitting;
    private Future<?> committing;
    private volatile String lastRefitFailure;
    private volatile String lastCommitFailure;
    private boolean closed;

    private LiveIndex(Snapshot snapshot, LiveStore store, LiveOptions options, Clock clock) {
        this.settings = snapshot.settings();
        this.options = options;
        this.clock = clock;
        this.store = store;
        this.current = snapshot;
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "kindred-live-background");
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
        return new LiveIndex(first(preset, k, articles, options, Clock.systemUTC()), null, options, Clock.systemUTC());
    }

    /**
     * Creates an index in an absent or empty folder: fits the settings on the first articles (which may be none) and
     * commits them.
     *
     * @param dir the folder
     * @param preset the settings, stored with the index
     * @param k the length of the kept lists, at least 1
     * @param articles the first articles, in order
     * @param options how the index runs
     * @return the open index
     * @throws IllegalArgumentException if the folder holds anything, for a duplicate id, or for settings these articles
     *     cannot satisfy
     * @throws IOException if a file cannot be written (nothing is then published)
     */
    public static LiveIndex create(Path dir, Preset preset, int k, List<Article> articles, LiveOptions options)
            throws IOException {
        return create(dir, preset, k, articles, options, StoreIo.DEFAULT, Clock.systemUTC());
    }

    static LiveIndex create(
            Path dir, Preset preset, int k, List<Article> articles, LiveOptions options, StoreIo io, Clock clock)
            throws IOException {
        Snapshot s = first(preset, k, articles, options, clock);
        return new LiveIndex(s, LiveStore.create(dir, s, options.durability(), io), options, clock);
    }

    private static Snapshot first(Preset preset, int k, List<Article> articles, LiveOptions options, Clock clock) {
        List<Article> copy = List.copyOf(articles);
        long[] positions = new long[copy.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return Fit.fit(new Settings(preset, k), 0, copy, positions, copy.size(), 0, options.threads(), clock);
    }

    /**
     * Opens an index: its latest commit, every file checked whole (header, checksum, length), then the changes logged
     * since replayed. A damaged file is reported naming it; nothing is repaired or skipped.
     *
     * @param dir the folder
     * @param options how the index runs
     * @return the open index
     * @throws io.kindred.core.store.CorruptIndexException naming the damaged file
     * @throws IOException if the folder holds no index or cannot be read
     */
    public static LiveIndex open(Path dir, LiveOptions options) throws IOException {
        return open(dir, options, StoreIo.DEFAULT, Clock.systemUTC());
    }

    static LiveIndex open(Path dir, LiveOptions options, StoreIo io, Clock clock) throws IOException {
        LiveStore.Opened opened = LiveStore.open(dir, options.durability(), io, false);
        return new LiveIndex(opened.snapshot(), opened.store(), options, clock);
    }

    /**
     * @param dir a folder
     * @return whether it holds a live index (a commit), whole or not
     * @throws IOException if the folder cannot be listed
     */
    public static boolean exists(Path dir) throws IOException {
        return LiveStore.exists(dir);
    }

    /**
     * Checks an index without changing it: its latest commit, each of its files and each log.
     *
     * @param dir the folder
     * @return every damaged file, each named in its message; empty when the index is whole
     * @throws IOException if the folder holds no index or cannot be read
     */
    public static List<CorruptIndexException> verify(Path dir) throws IOException {
        return LiveStore.verify(dir, StoreIo.DEFAULT);
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
     * returns, the change is durable (per {@link LiveOptions#durability()}) and readers see it and every kept list it
     * changes.
     *
     * @param article the article
     * @return whether it was added or replaced an article
     * @throws IOException if the change cannot be logged: it is then not applied
     */
    public Upsert upsert(Article article) throws IOException {
        Objects.requireNonNull(article, "article");
        return apply(List.of(new Change(article, null))).present[0] ? Upsert.REPLACED : Upsert.ADDED;
    }

    /**
     * Adds or replaces many articles at once: each change is logged, then one snapshot shows them all, which costs far
     * less than one upsert each.
     *
     * @param articles the articles, in order (a later one with the same id replaces an earlier one)
     * @throws IOException if the changes cannot be logged: none is then applied (the log accepts no more changes; an
     *     index opened again holds a prefix of them, possibly empty)
     */
    public void upsertAll(List<Article> articles) throws IOException {
        List<Change> changes = new ArrayList<>(articles.size());
        for (Article a : articles) {
            changes.add(new Change(Objects.requireNonNull(a, "article"), null));
        }
        apply(changes);
    }

    /**
     * Deletes an article. When this returns, the delete is durable and readers no longer see the article in any list.
     *
     * @param id its id
     * @return false if no article has that id
     * @throws IOException if the delete cannot be logged: it is then not applied
     */
    public boolean delete(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        return apply(List.of(new Change(null, id))).present[0];
    }

    /**
     * Deletes many articles at once: each delete is logged, then one snapshot shows them all (far cheaper than one
     * delete each, which renumbers the articles every time).
     *
     * @param ids the ids; those not stored are ignored
     * @return how many articles were deleted
     * @throws IOException if the deletes cannot be logged: none is then applied (as {@link #upsertAll})
     */
    public int deleteAll(Collection<String> ids) throws IOException {
        List<Change> changes = new ArrayList<>(ids.size());
        for (String id : ids) {
            changes.add(new Change(null, Objects.requireNonNull(id, "id")));
        }
        int deleted = 0;
        for (boolean p : apply(changes).present) {
            deleted += p ? 1 : 0;
        }
        return deleted;
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

    /** One caller's changes, waiting for the writer, and what became of them. Guarded by the writer lock. */
    private static final class Batch {
        final List<Change> changes;
        /** Per change: whether its id was stored just before it. */
        final boolean[] present;

        boolean done;
        Exception failure;

        Batch(List<Change> changes) {
            this.changes = changes;
            this.present = new boolean[changes.size()];
        }
    }

    /**
     * Logs and applies a caller's changes. Callers that arrive while the writer is busy queue their batches; the next
     * to take the writer lock applies every queued batch at once (group commit: one fsync and one new snapshot for
     * all), which is what the changes one by one would give (Changes applies a sequence in order).
     *
     * @return the batch, done
     */
    private Batch apply(List<Change> changes) throws IOException {
        Batch mine = new Batch(changes);
        waiting.add(mine);
        writer.lock();
        try {
            if (!mine.done) {
                applyWaiting();
            }
        } finally {
            writer.unlock();
        }
        if (mine.failure instanceof IOException e) {
            throw e;
        }
        if (mine.failure != null) {
            throw (RuntimeException) mine.failure;
        }
        return mine;
    }

    /** Applies every queued batch as one sequence of changes. Called with the writer lock. */
    private void applyWaiting() {
        List<Batch> batches = new ArrayList<>();
        for (Batch b; (b = waiting.poll()) != null; ) {
            batches.add(b);
        }
        try {
            checkOpen();
            Snapshot s = current;
            List<Change> effective = new ArrayList<>();
            Map<String, Boolean> stored = new HashMap<>(); // ids changed earlier in this sequence
            for (Batch b : batches) {
                for (int i = 0; i < b.changes.size(); i++) {
                    Change c = b.changes.get(i);
                    String id = c.article() != null ? c.article().id() : c.id();
                    Boolean was = stored.get(id);
                    b.present[i] = was != null ? was : s.article(id).isPresent();
                    if (c.article() != null || b.present[i]) { // a delete of an absent id changes nothing
                        effective.add(c);
                        stored.put(id, c.article() != null);
                    }
                }
            }
            if (!effective.isEmpty()) {
                long g = s.generation();
                if (store != null) {
                    store.logAll(effective, g + 1);
                }
                current = Changes.apply(s, effective, g + effective.size());
                if (duringRefit != null) {
                    duringRefit.addAll(effective);
                }
                afterChange();
            }
        } catch (IOException | RuntimeException e) {
            for (Batch b : batches) {
                b.failure = e;
            }
        } finally {
            for (Batch b : batches) {
                b.done = true;
            }
        }
    }

    /** Starts a background refit or commit when due. Called with the writer lock. */
    private void afterChange() {
        if ((refitting == null || refitting.isDone()) && options.refit().due(drift(current, false))) {
            duringRefit = new ArrayList<>();
            Snapshot base = current;
            refitting = background.submit(() -> {
                try {
                    refitFrom(base);
                    commit();
                } catch (IOException | RuntimeException e) {
                    lastRefitFailure = String.valueOf(e.getMessage());
                }
            });
        }
        if (store != null
                && options.commitEvery() > 0
                && current.generation() - store.committed() >= options.commitEvery()
                && (committing == null || committing.isDone())) {
            committing = background.submit(() -> {
                try {
                    commit();
                } catch (IOException | RuntimeException e) {
                    lastCommitFailure = String.valueOf(e.getMessage());
                }
            });
        }
    }

    /**
     * Fits the model again on the live articles and lists every article under it, then commits; waits for a background
     * refit that runs first. Readers and writers go on meanwhile; changes made during the fit are applied to its result
     * before it replaces the index.
     *
     * @throws IllegalArgumentException when the settings cannot fit the live articles (scikit-learn's exact df limits);
     *     the index keeps its model
     * @throws IOException if the commit fails (the refitted index is in use; the log still holds every change)
     */
    public void refit() throws IOException {
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
        refitFrom(base);
        commit();
    }

    private void refitFrom(Snapshot base) {
        Snapshot fitted;
        try {
            fitted = Fit.fit(
                    settings,
                    base.generation() + 1, // a refit is a change: its lists differ
                    base.articles(),
                    base.positions(),
                    base.counters().nextPosition(),
                    base.model().fit() + 1,
                    options.threads(),
                    clock);
        } catch (RuntimeException e) {
            writer.lock();
            try {
                duringRefit = null;
            } finally {
                writer.unlock();
            }
            throw e;
        }
        writer.lock();
        try {
            Snapshot s = fitted;
            if (!duringRefit.isEmpty()) {
                s = Changes.apply(s, duringRefit, current.generation() + 1);
            }
            duringRefit = null;
            current = s;
            lastRefitFailure = null;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Writes the current snapshot whole and publishes it as the index's commit; the log then starts afresh. Opening
     * replays only the changes since the last commit. Readers and writers go on meanwhile. Nothing to do in memory.
     *
     * @throws IOException if a file cannot be written: the previous commit and the log stay whole
     */
    public void commit() throws IOException {
        if (store == null) {
            return;
        }
        committer.lock();
        try {
            Snapshot s;
            writer.lock();
            try {
                s = current;
                if (s.generation() == store.committed()) {
                    return;
                }
                store.startLog(s.generation());
            } finally {
                writer.unlock();
            }
            store.publish(s);
            lastCommitFailure = null;
        } finally {
            committer.unlock();
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
            throw new IllegalStateException("interrupted while waiting for the live index", e);
        } catch (ExecutionException e) {
            // the task records its failure
        }
    }

    /**
     * @return how far the index has moved from its model since the last fit, with the largest idf change measured over
     *     every live article (one pass over the vectors)
     */
    public Drift drift() {
        return drift(current, true);
    }

    /**
     * The index's figures, for {@code kindred index info} and monitoring.
     *
     * @return articles, terms, generation, last fit, changes since, drift, bytes on disk
     * @throws IOException if the folder cannot be listed
     */
    public IndexInfo info() throws IOException {
        Snapshot s = current;
        return new IndexInfo(
                s.size(),
                s.model().tfidf().vocabulary().size(),
                s.generation(),
                s.model().fittedAt(),
                s.model().fit(),
                drift(s, true),
                store == null ? 0 : store.bytes(),
                store == null ? -1 : store.committed(),
                lastRefitFailure,
                lastCommitFailure);
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
        for (int r = 0; r < vectors.rows(); r++) {
            for (int e = vectors.rowStart(r); e < vectors.rowEnd(r); e++) {
                df[vectors.term(e)]++;
            }
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

    /**
     * Waits for a background refit or commit, commits (so that the next open replays nothing), and releases the index.
     *
     * @throws IOException if the last commit fails (the log still holds every change)
     */
    @Override
    public void close() throws IOException {
        Future<?> refit;
        Future<?> commit;
        writer.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            refit = refitting;
            commit = committing;
        } finally {
            writer.unlock();
        }
        await(refit);
        await(commit);
        background.shutdown();
        if (store != null) {
            try {
                commit();
            } finally {
                store.close();
            }
        }
    }

    /** Stops without committing, as a crash would: for tests of recovery. */
    void abandon() throws IOException {
        writer.lock();
        try {
            closed = true;
        } finally {
            writer.unlock();
        }
        background.shutdownNow();
        if (store != null) {
            store.abandon();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the live index is closed");
        }
    }

    /** An upsert (article set) or a delete (id set). */
    record Change(Article article, String id) {}
}
