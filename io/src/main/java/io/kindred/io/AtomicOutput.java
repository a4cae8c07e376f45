package io.kindred.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * An output file that appears complete or not at all: the content goes to a temporary file in the target's folder
 * ({@code .<name>.kindred-<pid>-<random>.tmp}), which {@link #commit()} forces to disk and renames over the target in
 * one atomic step. Until then the target is untouched; {@link #close()} without a commit (after any failure) deletes
 * the temporary file, and so does a JVM shutdown (Ctrl-C) during the run. A process killed outright ({@code kill -9},
 * the out-of-memory killer) cannot: its temporary file stays, and the next {@link #create} of the same target deletes
 * it, knowing it by the process id in its name (a running process's is never touched). A target whose name ends with
 * {@code .gz} is written gzip-compressed. (The rename is atomic; whether it survives a power loss right after the
 * commit depends on the file system, as the folder itself is not forced to disk.)
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(Path.of("related.jsonl"))) {
 *   out.writer().write(...);
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AtomicOutput implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final GZIPOutputStream gzip;
    private final Writer writer;
    private final Thread cleanup;
    private boolean closed;

    private AtomicOutput(Path target, Path temp, FileChannel channel) throws IOException {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        OutputStream stream = Channels.newOutputStream(channel);
        this.gzip = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPOutputStream(stream, 1 << 16)
                : null;
        this.writer = new BufferedWriter(
                new OutputStreamWriter(gzip != null ? gzip : stream, StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = new Thread(
                () -> {
                    try {
                        deleteTemp();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot delete the temporary file " + temp, e);
                    }
                },
                "kindred-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Creates the temporary file next to {@code target}. Fails early if the folder is not writable or the target is a
     * folder.
     *
     * @param target the output file
     * @return the output
     * @throws IOException if the temporary file cannot be created
     */
    public static AtomicOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        Path dir = absolute.getParent();
        String prefix = "." + absolute.getFileName() + ".kindred-";
        deleteStale(dir, prefix);
        while (true) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temp = dir.resolve(prefix + PID + "-" + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
            FileChannel channel;
            try {
                channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue; // another run's temporary file: draw another name
            } catch (FileSystemException e) {
                throw new IOException(
                        "cannot write " + target + ": cannot create a temporary file in " + dir + " (" + reason(e)
                                + ")",
                        e);
            }
            try {
                return new AtomicOutput(target, temp, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /**
     * Deletes the temporary files of this target left by processes that no longer run. Best effort: a file that cannot
     * be listed or deleted is left, and the new temporary file is created anyway.
     */
    private static void deleteStale(Path dir, String prefix) {
        DirectoryStream.Filter<Path> ours = p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
        };
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ours)) {
            for (Path temp : temps) {
                long pid = ownerPid(temp.getFileName().toString(), prefix);
                if (pid > 0 && pid != PID && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // left for a later run: a stale temporary file is litter, not a reason to fail this one
        }
    }

    /** @return the process id in a temporary file's name ({@code <prefix><pid>-<random>.tmp}), or -1 */
    private static long ownerPid(String name, String prefix) {
        int dash = name.indexOf('-', prefix.length());
        if (dash < 0) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(prefix.length(), dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    /** @return the output file */
    public Path target() {
        return target;
    }

    /** @return the temporary file, which exists until {@link #commit()} or {@link #close()} */
    public Path temp() {
        return temp;
    }

    /** @return a buffered UTF-8 writer to the temporary file; do not close it, {@link #commit()} does */
    public Writer writer() {
        return writer;
    }

    /**
     * Flushes and forces the content to disk, then renames the temporary file to the target atomically, replacing an
     * existing target.
     *
     * @throws IOException if any step fails; the target is then untouched and the temporary file is deleted by
     *     {@link #close()}
     */
    public void commit() throws IOException {
        if (closed) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        writer.flush();
        if (gzip != null) {
            gzip.finish();
        }
        channel.force(true);
        writer.close();
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        closed = true;
        removeShutdownHook();
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        try (channel;
                writer) {
            // closes the writer (flushing into the doomed file), then the channel
        } finally {
            deleteTemp();
        }
    }

    private void deleteTemp() throws IOException {
        Files.deleteIfExists(temp);
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run, which is what we want
        }
    }
}
