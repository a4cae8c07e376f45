package io.kindred.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The one door through which the store touches the file system: every write, fsync, rename and delete of this package
 * goes through it, so that a test double can fail any step in turn and show that no failure leaves a damaged index
 * behind. {@link #DEFAULT} is the real file system. Reads ({@link #openForReading}) go through it too, so that one
 * object names the whole file system the store sees.
 *
 * <p>Implementations must be thread-safe: a {@link WriteAheadLog} forces its channel while other threads append.
 */
public interface StoreIo {

    /** The real file system. Thread-safe. */
    StoreIo DEFAULT = new FileSystemIo();

    /**
     * @param file an existing file
     * @return a channel that reads it
     * @throws java.nio.file.NoSuchFileException if the file does not exist
     * @throws IOException if it cannot be opened
     */
    FileChannel openForReading(Path file) throws IOException;

    /**
     * Opens a file for writing, creating it if it does not exist.
     *
     * @param file the file
     * @param truncate {@code true} to empty an existing file, {@code false} to keep its content
     * @return a channel that writes it, positioned at its start
     * @throws IOException if it cannot be opened
     */
    FileChannel openForWriting(Path file, boolean truncate) throws IOException;

    /**
     * Writes all of {@code data} at the channel's position.
     *
     * @param channel a channel from {@link #openForWriting}
     * @param data the bytes to write, from its position to its limit
     * @throws IOException if the write fails
     */
    void write(FileChannel channel, ByteBuffer data) throws IOException;

    /**
     * Forces a file's content to the storage device ({@code fsync}).
     *
     * @param channel a channel from {@link #openForWriting}
     * @throws IOException if the device reports a failure; the file's state on disk is then unknown
     */
    void force(FileChannel channel) throws IOException;

    /**
     * Cuts a file to a size.
     *
     * @param channel a channel from {@link #openForWriting}
     * @param size the new size, at most the current one
     * @throws IOException if it fails
     */
    void truncate(FileChannel channel, long size) throws IOException;

    /**
     * Renames a file in one atomic step, replacing {@code target} if it exists.
     *
     * @param source the file to rename
     * @param target its new name, in the same folder
     * @throws IOException if it fails or the file system cannot rename atomically
     */
    void move(Path source, Path target) throws IOException;

    /**
     * Deletes a file if it exists.
     *
     * @param file the file
     * @throws IOException if it exists and cannot be deleted
     */
    void delete(Path file) throws IOException;

    /**
     * Forces a folder's entries (names created, renamed or deleted in it) to the storage device, where the platform
     * allows it (not on Windows, whose renames are durable by other means).
     *
     * @param dir the folder
     * @throws IOException if the device reports a failure
     */
    void syncDirectory(Path dir) throws IOException;
}
