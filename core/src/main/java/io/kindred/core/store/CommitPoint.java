package io.kindred.core.store;

import java.io.DataInput;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atomic publication of a generation of an index folder: the file {@code commit_<N>}, a {@link StoreFile} of type
 * {@code "CMIT"}, holds the generation N, the caller's user data (a map of strings) and the files of the generation,
 * each with its length and the CRC32C of its footer, so that a file missing, truncated or replaced since is caught. The
 * generation whose commit file has the highest N is the index; a crash at any point of {@link #publish} leaves either
 * the previous generation or the new one.
 *
 * <pre>
 * body  long    generation N
 *       int     user data entries, then for each (in key order): key, value (DataCodec strings)
 *       int     files, then for each: name (DataCodec string), long length, long footer CRC32C
 * </pre>
 *
 * <p><b>Cleanup rule.</b> Once {@code commit_N} is durable, {@link #publish} deletes every regular file of the folder
 * other than {@code commit_N}, the files it lists and the write-ahead log {@code wal_N.log}: older commits and their
 * files, the logs of older generations, the temporary files ({@code .*.tmp}) of interrupted writes, and anything else.
 * Sub-folders are left alone. So the folder must hold the index alone, and no one may write to it while a commit is
 * published.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommitPoint {

    /** The file type of commit files. */
    static final String TYPE = "CMIT";
    /** The format version of commit files. */
    static final int VERSION = 1;

    private static final String PREFIX = "commit_";
    private static final Pattern NAME = Pattern.compile("commit_(0|[1-9][0-9]{0,18})");

    /**
     * A file of a commit.
     *
     * @param name its name in the index folder
     * @param length its length in bytes
     * @param checksum the CRC32C its footer held at publication
     */
    public record FileEntry(String name, long length, long checksum) {

        /**
         * Validates the name.
         *
         * @param name see {@link #name()}
         * @param length see {@link #length()}
         * @param checksum see {@link #checksum()}
         */
        public FileEntry {
            Objects.requireNonNull(name, "name");
        }
    }

    private final Path dir;
    private final long generation;
    private final Map<String, String> userData;
    private final List<FileEntry> files;

    private CommitPoint(Path dir, long generation, Map<String, String> userData, List<FileEntry> files) {
        this.dir = dir;
        this.generation = generation;
        this.userData = Collections.unmodifiableMap(new TreeMap<>(userData));
        this.files = List.copyOf(files);
    }

    /**
     * @param generation a generation
     * @return the name of its commit file, {@code commit_<generation>}
     */
    public static String fileName(long generation) {
        return PREFIX + generation;
    }

    /**
     * @param generation a generation
     * @return the name of its write-ahead log, {@code wal_<generation>.log}, which cleanup keeps
     */
    public static String logName(long generation) {
        return "wal_" + generation + ".log";
    }

    /**
     * Publishes a generation: records its files (already written and forced to disk, e.g. by {@link StoreFile#write})
     * in {@code commit_<generation>}, written atomically, then deletes what the cleanup rule says.
     *
     * <p>Once {@code commit_<generation>} is renamed into place the generation is published, even if a later step
     * fails: if this throws, {@link #latest} says which generation the folder holds, as after a crash.
     *
     * @param dir the index folder
     * @param generation the new generation, above every generation committed in the folder
     * @param userData the caller's settings, stored as given
     * @param files the files of the generation, in the folder, each a {@link StoreFile}; not {@code commit_*} files
     * @param io the file system
     * @return the commit published
     * @throws IllegalArgumentException if the generation is negative or not above the latest one, or a file is not in
     *     the folder, is listed twice or is a commit file
     * @throws CorruptIndexException naming a listed file if it is missing or has no footer, or the latest commit if it
     *     is damaged
     * @throws StoreException naming the file if a write, fsync, rename or delete fails
     */
    public static CommitPoint publish(
            Path dir, long generation, Map<String, String> userData, List<Path> files, StoreIo io) throws IOException {
        if (generation < 0) {
            throw new IllegalArgumentException("a generation must not be negative, got " + generation);
        }
        Optional<CommitPoint> previous = latest(dir, io);
        if (previous.isPresent() && previous.get().generation() >= generation) {
            throw new IllegalArgumentException("cannot publish generation " + generation + " in " + dir
                    + ": generation " + previous.get().generation() + " is committed there");
        }
        List<FileEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            String name = nameIn(dir, file);
            if (!names.add(name)) {
                throw new IllegalArgumentException("file " + file + " is listed twice in generation " + generation);
            }
            Path path = dir.resolve(name);
            long length;
            try {
                length = Files.size(path);
            } catch (NoSuchFileException e) {
                throw new CorruptIndexException(path, "missing", e);
            }
            entries.add(new FileEntry(name, length, StoreFile.footerChecksum(path, io)));
        }
        CommitPoint commit = new CommitPoint(dir, generation, userData, entries);
        StoreFile.write(dir.resolve(fileName(generation)), TYPE, VERSION, io, out -> {
            out.writeLong(generation);
            out.writeInt(commit.userData.size());
            for (Map.Entry<String, String> e : commit.userData.entrySet()) {
                DataCodec.writeString(out, e.getKey());
                DataCodec.writeString(out, e.getValue());
            }
            out.writeInt(entries.size());
            for (FileEntry f : entries) {
                DataCodec.writeString(out, f.name());
                out.writeLong(f.length());
                out.writeLong(f.checksum());
            }
        });
        commit.deleteUnreferenced(io);
        return commit;
    }

    /**
     * Reads the commit with the highest generation in a folder. A damaged commit is an error, never a reason to fall
     * back to an older one (whose files may already be deleted).
     *
     * @param dir the index folder
     * @param io the file system
     * @return the latest commit, or empty if the folder holds none or does not exist
     * @throws CorruptIndexException naming the commit file if the latest commit is damaged
     * @throws StoreException if the folder or the file cannot be read
     */
    public static Optional<CommitPoint> latest(Path dir, StoreIo io) throws IOException {
        long highest = -1;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path p : entries) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Long.parseLong(m.group(1)));
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException(dir, "cannot list the index folder " + dir + ": " + e.getMessage(), e);
        }
        return highest < 0 ? Optional.empty() : Optional.of(read(dir, highest, io));
    }

    private static CommitPoint read(Path dir, long generation, StoreIo io) throws IOException {
        Path file = dir.resolve(fileName(generation));
        return StoreFile.read(file, TYPE, VERSION, io, in -> {
            long stored = in.readLong();
            if (stored != generation) {
                throw new CorruptIndexException(
                        file, "it holds generation " + stored + ", its name says " + generation);
            }
            Map<String, String> userData = new LinkedHashMap<>();
            int n = count(in, "user data entries");
            for (int i = 0; i < n; i++) {
                userData.put(DataCodec.readString(in), DataCodec.readString(in));
            }
            int count = count(in, "files");
            List<FileEntry> files = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                files.add(new FileEntry(DataCodec.readString(in), in.readLong(), in.readLong()));
            }
            return new CommitPoint(dir, generation, userData, files);
        });
    }

    private static int count(DataInput in, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count of " + what + ": " + n);
        }
        return n;
    }

    /**
     * Checks every file of the commit: present, of the recorded length and footer checksum, and whole
     * ({@link StoreFile#verify}: header, footer and CRC32C of every byte).
     *
     * @param io the file system
     * @throws CorruptIndexException naming the first damaged file
     * @throws StoreException naming a file that cannot be read
     */
    public void verifyFiles(StoreIo io) throws IOException {
        for (FileEntry f : files) {
            verify(f, io, true);
        }
    }

    /**
     * Checks every file of the commit for presence, length and footer checksum, without reading it whole: for a reader
     * that then reads each file with {@link StoreFile#read}, which checks its whole checksum as it reads.
     *
     * @param io the file system
     * @throws CorruptIndexException naming the first file that is missing, of another length or replaced
     * @throws StoreException naming a file that cannot be read
     */
    public void checkFiles(StoreIo io) throws IOException {
        for (FileEntry f : files) {
            verify(f, io, false);
        }
    }

    /**
     * Checks every file of the commit as {@link #verifyFiles} does, going on past damaged ones.
     *
     * @param io the file system
     * @return one exception per damaged file, in the commit's order; empty if all are whole
     * @throws StoreException naming a file that cannot be read (an input or output error, not damage)
     */
    public List<CorruptIndexException> verifyAll(StoreIo io) throws IOException {
        List<CorruptIndexException> damaged = new ArrayList<>();
        for (FileEntry f : files) {
            try {
                verify(f, io, true);
            } catch (CorruptIndexException e) {
                damaged.add(e);
            }
        }
        return damaged;
    }

    private void verify(FileEntry f, StoreIo io, boolean whole) throws IOException {
        Path path = dir.resolve(f.name());
        long length;
        try {
            length = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new CorruptIndexException(path, "missing (listed in " + fileName(generation) + ")", e);
        }
        if (length != f.length()) {
            throw new CorruptIndexException(
                    path,
                    "it holds " + length + " bytes, " + fileName(generation) + " recorded " + f.length()
                            + " (truncated or replaced)");
        }
        long checksum = StoreFile.footerChecksum(path, io);
        if (checksum != f.checksum()) {
            throw new CorruptIndexException(
                    path,
                    String.format(
                            Locale.ROOT,
                            "replaced: its footer checksum is %08x, %s recorded %08x",
                            checksum,
                            fileName(generation),
                            f.checksum()));
        }
        if (whole) {
            StoreFile.verify(path, io);
        }
    }

    /** Deletes what the cleanup rule says: every regular file but this commit's, its files and its log. */
    private void deleteUnreferenced(StoreIo io) throws IOException {
        Set<String> keep = new HashSet<>();
        keep.add(fileName(generation));
        keep.add(logName(generation));
        for (FileEntry f : files) {
            keep.add(f.name());
        }
        List<Path> doomed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!keep.contains(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    doomed.add(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException(dir, "cannot list the index folder " + dir + ": " + e.getMessage(), e);
        }
        Collections.sort(doomed);
        for (Path p : doomed) {
            try {
                io.delete(p);
            } catch (IOException e) {
                throw new StoreException(
                        p,
                        "generation " + generation + " is published, but " + p + " cannot be deleted: "
                                + e.getMessage(),
                        e);
            }
        }
        if (!doomed.isEmpty()) {
            try {
                io.syncDirectory(dir);
            } catch (IOException e) {
                throw new StoreException(
                        dir,
                        "generation " + generation + " is published, but the folder " + dir
                                + " cannot be forced after its cleanup: " + e.getMessage(),
                        e);
            }
        }
    }

    private static String nameIn(Path dir, Path file) {
        Path name = file.getFileName();
        Path parent = file.isAbsolute() || file.getNameCount() > 1
                ? file.toAbsolutePath().normalize().getParent()
                : null;
        if (name == null
                || (parent != null && !parent.equals(dir.toAbsolutePath().normalize()))) {
            throw new IllegalArgumentException("file " + file + " is not in the index folder " + dir);
        }
        String s = name.toString();
        if (s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("file " + file + " is a commit file, which a commit cannot list");
        }
        return s;
    }

    /** @return the generation */
    public long generation() {
        return generation;
    }

    /** @return the user data given to {@link #publish}, in key order; unmodifiable */
    public Map<String, String> userData() {
        return userData;
    }

    /** @return the files of the generation, in the order given to {@link #publish} */
    public List<FileEntry> files() {
        return files;
    }

    /** @return the index folder */
    public Path dir() {
        return dir;
    }

    /** @return the commit file, {@code <dir>/commit_<generation>} */
    public Path file() {
        return dir.resolve(fileName(generation));
    }

    @Override
    public String toString() {
        return "commit " + generation + " of " + dir + " (" + files.size() + " files)";
    }
}
