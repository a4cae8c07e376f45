package io.kindred.core.live;

import io.kindred.core.preset.Preset;
import io.kindred.core.preset.PresetCodec;
import io.kindred.core.store.ArticleCodec;
import io.kindred.core.store.CommitPoint;
import io.kindred.core.store.CorruptIndexException;
import io.kindred.core.store.DataCodec;
import io.kindred.core.store.Durability;
import io.kindred.core.store.StoreException;
import io.kindred.core.store.StoreIo;
import io.kindred.core.store.WriteAheadLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live index's folder: commits of whole generations and the write-ahead log of the changes since. A commit of
 * generation G starts a new log {@code wal_G.log}, writes the generation's files and publishes {@code commit_G} (which
 * removes the older commit, its files and logs); a crash between leaves the older commit and both logs, replayed in
 * order. Every change is appended to the log (durable per the {@link Durability}) before readers see it. Not
 * thread-safe: the {@link LiveIndex} calls it with its writer lock (logging) or its commit lock (commits).
 */
final class LiveStore implements Closeable {

    private static final Pattern LOG = Pattern.compile("wal_(0|[1-9][0-9]{0,18})\\.log");
    private static final byte UPSERT = 1;
    private static final byte DELETE = 2;

    private final Path dir;
    private final StoreIo io;
    private final FolderLock lock;
    private final Durability durability;
    private WriteAheadLog log;
    private long committed;
    /** Generation of the fit whose model file is written, or -1. */
    private long modelWritten = -1;

    private LiveStore(Path dir, StoreIo io, Durability durability, FolderLock lock) {
        this.lock = lock;
        this.dir = dir;
        this.io = io;
        this.durability = durability;
    }

    /** A snapshot opened from a folder, with the store to go on writing to it. */
    record Opened(LiveStore store, Snapshot snapshot, int replayed) {}

    /**
     * Creates the folder's first commit.
     *
     * @throws IllegalArgumentException if the folder holds anything
     */
    static LiveStore create(Path dir, Snapshot s, Durability durability, StoreIo io) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("index folder " + dir + " is a file");
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    throw new IllegalArgumentException("index folder " + dir + " is not empty");
                }
            }
        } else {
            Files.createDirectories(dir);
        }
        LiveStore store = new LiveStore(dir, io, durability, FolderLock.acquire(dir));
        try {
            store.log = WriteAheadLog.create(
                    dir.resolve(CommitPoint.logName(s.generation())), s.generation(), durability, io);
            store.publish(s);
            return store;
        } catch (IOException | RuntimeException e) {
            store.abandon();
            throw e;
        }
    }

    /**
     * Opens the latest commit, checks every file of it, and replays the logs written since; then, unless only reading,
     * opens the last log for appending (cutting a torn tail).
     */
    static Opened open(Path dir, Durability durability, StoreIo io, boolean reading) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir, "no live index at " + dir + ": not a folder", null);
        }
        FolderLock lock = reading ? null : FolderLock.acquire(dir);
        try {
            return open(dir, durability, io, lock);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            throw e;
        }
    }

    private static Opened open(Path dir, Durability durability, StoreIo io, FolderLock lock) throws IOException {
        boolean reading = lock == null;
        CommitPoint commit = latest(dir, io);
        commit.checkFiles(io); // each file is then read whole, checksum and all
        Map<String, String> data = commit.userData();
        Preset preset;
        Settings settings;
        try {
            preset = PresetCodec.decode(data.get("preset"));
            settings = new Settings(preset, Integer.parseInt(data.get("k")));
        } catch (RuntimeException e) {
            throw new CorruptIndexException(commit.file(), "bad settings: " + e.getMessage(), e);
        }
        long g = commit.generation();
        Model model = LiveFiles.readModel(dir.resolve(data.get("model")), preset, io);
        LiveFiles.Articles articles = LiveFiles.readArticles(dir.resolve(LiveFiles.articlesName(g)), io);
        LiveFiles.Vectors vectors = LiveFiles.readVectors(dir.resolve(LiveFiles.vectorsName(g)), io);
        LiveFiles.Lists lists = LiveFiles.readLists(dir.resolve(LiveFiles.listsName(g)), io);
        int n = articles.articles().size();
        if (vectors.vectors().rows() != n || lists.neighbours().length != n) {
            throw new CorruptIndexException(
                    commit.file(),
                    "generation " + g + " has " + n + " articles, "
                            + vectors.vectors().rows() + " vectors and " + lists.neighbours().length + " lists");
        }
        Snapshot s;
        try {
            s = new Snapshot(
                    g,
                    settings,
                    model,
                    new Snapshot.Counters(
                            Long.parseLong(data.get("next_position")),
                            Long.parseLong(data.get("changes_since_fit")),
                            Long.parseLong(data.get("terms_since_fit")),
                            Long.parseLong(data.get("known_terms_since_fit"))),
                    articles.articles(),
                    articles.positions(),
                    vectors.vectors(),
                    vectors.latents() == null || model.latent() == null
                            ? null
                            : LatentRows.of(vectors.latents(), model.latent().dims()),
                    lists.neighbours(),
                    lists.kept(),
                    null);
        } catch (RuntimeException e) {
            throw new CorruptIndexException(commit.file(), "inconsistent generation " + g + ": " + e.getMessage(), e);
        }
        LiveStore store = new LiveStore(dir, io, durability, lock);
        store.committed = g;
        store.modelWritten = model.fit();
        List<LiveIndex.Change> changes = new ArrayList<>();
        long generation = g;
        List<Long> logs = logsFrom(dir, g);
        if (logs.isEmpty() || logs.get(0) != g) {
            throw missingLog(dir, g);
        }
        for (int i = 0; i < logs.size(); i++) {
            Path file = dir.resolve(CommitPoint.logName(logs.get(i)));
            // The next log started at its generation, under the writer lock: a record above it is an append that
            // failed (not applied, so a later change made its generation again), never an acknowledged change.
            long switched = i + 1 < logs.size() ? logs.get(i + 1) : Long.MAX_VALUE;
            for (WriteAheadLog.Entry e :
                    WriteAheadLog.replay(file, logs.get(i), io).entries()) {
                Logged logged = decode(e, file);
                // at or below the generation reached, the change is in the commit or replayed already
                if (logged.generation() > generation && logged.generation() <= switched) {
                    changes.add(logged.change());
                    generation = logged.generation();
                }
            }
        }
        int replayed = changes.size();
        if (!changes.isEmpty()) {
            s = Changes.apply(s, changes, generation);
        }
        if (reading) {
            return new Opened(null, s, replayed);
        }
        long last = logs.get(logs.size() - 1);
        store.log = WriteAheadLog.openForAppend(dir.resolve(CommitPoint.logName(last)), last, durability, io);
        return new Opened(store, s, replayed);
    }

    /**
     * A commit's own log is written before the commit is published and kept by its cleanup, so its absence is damage:
     * the changes logged since the commit would be lost without a word.
     */
    private static CorruptIndexException missingLog(Path dir, long generation) {
        return new CorruptIndexException(
                dir.resolve(CommitPoint.logName(generation)),
                "missing (the log of " + CommitPoint.fileName(generation) + ", written before it)");
    }

    private static CommitPoint latest(Path dir, StoreIo io) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir, "no live index at " + dir + ": not a folder", null);
        }
        Optional<CommitPoint> commit = CommitPoint.latest(dir, io);
        if (commit.isEmpty()) {
            throw new StoreException(dir, "no live index at " + dir + ": no commit_N file", null);
        }
        return commit.get();
    }

    static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "commit_*")) {
            return entries.iterator().hasNext();
        }
    }

    /** The generations of the logs in the folder from {@code from} on, in order. */
    private static List<Long> logsFrom(Path dir, long from) throws IOException {
        TreeMap<Long, Path> logs = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                Matcher m = LOG.matcher(p.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(1)) >= from) {
                    logs.put(Long.parseLong(m.group(1)), p);
                }
            }
        }
        return new ArrayList<>(logs.keySet());
    }

    /**
     * Checks a folder whole without opening it for writing: the latest commit, each of its files, and each log.
     *
     * @return every damaged file, named; empty if the index is whole
     */
    static List<CorruptIndexException> verify(Path dir, StoreIo io) throws IOException {
        CommitPoint commit;
        try {
            commit = latest(dir, io);
        } catch (CorruptIndexException e) {
            return List.of(e);
        }
        List<CorruptIndexException> problems = new ArrayList<>(commit.verifyAll(io));
        if (problems.isEmpty()) {
            try {
                open(dir, Durability.NONE, io, true);
            } catch (CorruptIndexException e) {
                problems.add(e);
            }
        } else {
            List<Long> logs = logsFrom(dir, commit.generation());
            if (logs.isEmpty() || logs.get(0) != commit.generation()) {
                problems.add(missingLog(dir, commit.generation()));
            }
            for (long lg : logs) {
                try {
                    WriteAheadLog.replay(dir.resolve(CommitPoint.logName(lg)), lg, io);
                } catch (CorruptIndexException e) {
                    problems.add(e);
                }
            }
        }
        return problems;
    }

    /** A change read from the log, with the generation it made. */
    private record Logged(LiveIndex.Change change, long generation) {}

    private static Logged decode(WriteAheadLog.Entry e, Path file) throws CorruptIndexException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(e.payload()))) {
            byte kind = in.readByte();
            long generation = in.readLong();
            LiveIndex.Change change = switch (kind) {
                case UPSERT -> new LiveIndex.Change(ArticleCodec.read(in), null);
                case DELETE -> new LiveIndex.Change(null, DataCodec.readString(in));
                default -> throw new IOException("unknown change kind " + kind);
            };
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Logged(change, generation);
        } catch (IOException | RuntimeException ex) {
            throw new CorruptIndexException(
                    file, "record " + e.sequence() + " is not a change: " + ex.getMessage(), ex);
        }
    }

    /**
     * Appends changes to the log, the first with the given generation; returns once they are as durable as the policy
     * says (one fsync for all).
     */
    void logAll(List<LiveIndex.Change> changes, long firstGeneration) throws IOException {
        List<byte[]> records = new ArrayList<>(changes.size());
        long generation = firstGeneration;
        for (LiveIndex.Change change : changes) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(change.article() != null ? UPSERT : DELETE);
                out.writeLong(generation++);
                if (change.article() != null) {
                    ArticleCodec.write(out, change.article());
                } else {
                    DataCodec.writeString(out, change.id());
                }
            }
            records.add(bytes.toByteArray());
        }
        log.appendAll(records);
    }

    /** @return the generation of the last commit */
    long committed() {
        return committed;
    }

    /** Starts the log of the changes after {@code generation}, before its commit is written. */
    void startLog(long generation) throws IOException {
        Path file = dir.resolve(CommitPoint.logName(generation));
        if (log.file().equals(file)) {
            return; // a commit of this generation failed after starting it: its changes since are in it
        }
        WriteAheadLog next = Files.exists(file) // left by a start whose folder sync failed: it holds no change
                ? WriteAheadLog.openForAppend(file, generation, durability, io)
                : WriteAheadLog.create(file, generation, durability, io);
        WriteAheadLog previous = log;
        log = next;
        previous.close();
    }

    /** Writes a snapshot's files and publishes its commit; its log must have been started. */
    void publish(Snapshot s) throws IOException {
        long g = s.generation();
        long fit = s.model().fit();
        List<Path> files = new ArrayList<>();
        Path model = dir.resolve(LiveFiles.modelName(fit));
        if (modelWritten != fit || !Files.exists(model)) {
            LiveFiles.writeModel(model, s.model(), io);
        }
        files.add(model);
        files.add(dir.resolve(LiveFiles.articlesName(g)));
        LiveFiles.writeArticles(files.get(1), s, io);
        files.add(dir.resolve(LiveFiles.vectorsName(g)));
        LiveFiles.writeVectors(files.get(2), s, io);
        files.add(dir.resolve(LiveFiles.listsName(g)));
        LiveFiles.writeLists(files.get(3), s, io);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("preset", PresetCodec.encode(s.settings().preset()));
        data.put("k", Integer.toString(s.settings().k()));
        data.put("model", model.getFileName().toString());
        Snapshot.Counters c = s.counters();
        data.put("next_position", Long.toString(c.nextPosition()));
        data.put("changes_since_fit", Long.toString(c.changesSinceFit()));
        data.put("terms_since_fit", Long.toString(c.termsSinceFit()));
        data.put("known_terms_since_fit", Long.toString(c.knownTermsSinceFit()));
        try {
            CommitPoint.publish(dir, g, data, files, io);
        } catch (IOException | RuntimeException e) {
            if (publishedAnyway(g, e)) { // a failure after the rename, e.g. in the cleanup
                committed = g;
                modelWritten = fit;
            }
            throw e;
        }
        committed = g;
        modelWritten = fit;
    }

    /** Whether a failed publication of {@code generation} got as far as its commit (which a retry must not redo). */
    private boolean publishedAnyway(long generation, Exception failure) {
        try {
            return CommitPoint.latest(dir, io).map(CommitPoint::generation).orElse(-1L) == generation;
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /** @return bytes of every file in the folder */
    long bytes() throws IOException {
        long total = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            }
        }
        return total;
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException {
        try {
            log.close();
        } finally {
            lock.release();
        }
    }

    /** Lets the folder go without writing anything more, as a crash would (the log keeps what it holds). */
    void abandon() throws IOException {
        try {
            if (log != null) {
                log.close();
            }
        } finally {
            lock.release();
        }
    }
}
