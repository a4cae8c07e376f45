package io.kindred.core.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Write-once, checksummed files: a file is written whole under a temporary name and renamed into place, and read back
 * only after its every byte has been checked. All numbers are big-endian ({@link DataOutput}'s order).
 *
 * <pre>
 * header  int   magic 0x4B4E4452 ("KNDR")
 *         4 B   file type, ASCII, given by the caller (e.g. "VECS")
 *         int   format version, given by the caller
 * body    ...   written by a {@link BodyWriter}
 * footer  long  body length in bytes
 *         long  CRC32C of every byte before this field (header, body, body length)
 *         int   footer magic 0x4B454E44 ("KEND")
 * </pre>
 *
 * <p>{@link #write} streams the body through a 64 KiB buffer to {@code .<name>.tmp} in the same folder, forces it to
 * disk, renames it over {@code file} in one atomic step and forces the folder: after a crash the file is either whole
 * or absent, never partial. {@link #read} checks the header, the footer, the length and the CRC32C of the whole file,
 * and that the body reader read exactly the body, before it returns a value; any damage, and a missing file, is a
 * {@link CorruptIndexException} naming the file. Stateless and thread-safe; two writers of one file at once are not.
 */
public final class StoreFile {

    /** Header magic, "KNDR". */
    static final int MAGIC = 0x4B4E4452;
    /** Footer magic, "KEND". */
    static final int FOOTER_MAGIC = 0x4B454E44;
    /** Header bytes: magic, type, version. */
    static final int HEADER = 12;
    /** Footer bytes: body length, checksum, footer magic. */
    static final int FOOTER = 20;

    private StoreFile() {}

    /**
     * Writes the body of a file.
     *
     * <p>Writes may go on for gigabytes: they stream to disk.
     */
    @FunctionalInterface
    public interface BodyWriter {
        /**
         * @param out where to write the body; not to be closed
         * @throws IOException if a write fails
         */
        void write(DataOutput out) throws IOException;
    }

    /**
     * Reads the body of a file; it must read the whole body and no more.
     *
     * @param <T> what the body holds
     */
    @FunctionalInterface
    public interface BodyReader<T> {
        /**
         * @param in the body; reading past its end throws {@link EOFException}
         * @return what the body holds
         * @throws IOException if a read fails or the content is invalid
         */
        T read(DataInput in) throws IOException;
    }

    /**
     * Writes a file atomically: whole, durable and under its final name once this returns; on any failure the final
     * name still holds what it held before (or nothing) and the temporary file is deleted where possible.
     *
     * @param file the file; a file of that name is replaced
     * @param type the file type, 4 ASCII characters from {@code !} to {@code ~} (e.g. {@code "VECS"})
     * @param version the format version of the body
     * @param io the file system
     * @param body writes the body
     * @throws IllegalArgumentException if the type is not 4 such characters
     * @throws StoreException naming the file if a write, fsync or rename fails
     * @throws IOException if the body writer throws one
     */
    public static void write(Path file, String type, int version, StoreIo io, BodyWriter body) throws IOException {
        int tag = typeTag(type);
        Path temp = temporary(file);
        try {
            try (FileChannel channel = io.openForWriting(temp, true)) {
                ChecksummedOutput counted = new ChecksummedOutput(channel, io);
                DataOutputStream out = new DataOutputStream(counted);
                out.writeInt(MAGIC);
                out.writeInt(tag);
                out.writeInt(version);
                body.write(out);
                out.writeLong(counted.count() - HEADER);
                long checksum = counted.checksum();
                io.write(
                        channel,
                        ByteBuffer.allocate(12)
                                .putLong(checksum)
                                .putInt(FOOTER_MAGIC)
                                .flip());
                io.force(channel);
            }
            io.move(temp, file);
            io.syncDirectory(directory(file));
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(io, temp, e);
            if (e instanceof IOException && !(e instanceof StoreException)) {
                throw new StoreException(file, "cannot write index file " + file + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Reads a file, having checked it whole: its header (magic, type, version), its footer, its length and its CRC32C;
     * the value is returned only if all are right and the body reader read exactly the body.
     *
     * @param <T> what the body holds
     * @param file the file
     * @param type the file type expected, as given to {@link #write}
     * @param version the format version expected
     * @param io the file system
     * @param body reads the body
     * @return what the body reader returned
     * @throws CorruptIndexException naming the file if it is missing, damaged or of another type or version, or if the
     *     body reader reads past the end of the body, stops before it or throws an {@link IOException}
     * @throws StoreException naming the file if it cannot be read
     */
    public static <T> T read(Path file, String type, int version, StoreIo io, BodyReader<T> body) throws IOException {
        return read(file, typeTag(type), version, io, body);
    }

    /**
     * Checks a file whole, as {@link #read} does, without parsing its body.
     *
     * @param file the file
     * @param type the file type expected
     * @param version the format version expected
     * @param io the file system
     * @throws CorruptIndexException naming the file if it is missing, damaged or of another type or version
     * @throws StoreException naming the file if it cannot be read
     */
    public static void verify(Path file, String type, int version, StoreIo io) throws IOException {
        read(file, typeTag(type), version, io, null);
    }

    /** Checks a file whole, whatever its type and version. */
    static void verify(Path file, StoreIo io) throws IOException {
        read(file, 0, 0, io, null);
    }

    /**
     * @param file a file of this format
     * @param io the file system
     * @return the CRC32C its footer holds (not checked against its content)
     * @throws CorruptIndexException naming the file if it is missing or has no footer
     */
    static long footerChecksum(Path file, StoreIo io) throws IOException {
        try (FileChannel channel = open(file, io)) {
            long size = channel.size();
            if (size < HEADER + FOOTER) {
                throw truncated(file, size);
            }
            ByteBuffer footer = readAt(channel, size - FOOTER, FOOTER);
            checkFooter(file, footer, size);
            return footer.getLong(8);
        }
    }

    /**
     * @param tag the type tag expected, or 0 for any type and version
     * @param body the body reader, or {@code null} to skip the body
     */
    private static <T> T read(Path file, int tag, int version, StoreIo io, BodyReader<T> body) throws IOException {
        try (FileChannel channel = open(file, io)) {
            long size = channel.size();
            if (size < HEADER) {
                throw truncated(file, size);
            }
            ChecksummedInput source = new ChecksummedInput(channel, size - FOOTER < HEADER ? HEADER : size - FOOTER);
            BodyInput in = new BodyInput(source);
            checkHeader(file, in, tag, version);
            if (size < HEADER + FOOTER) {
                throw truncated(file, size);
            }
            ByteBuffer footer = readAt(channel, size - FOOTER, FOOTER);
            checkFooter(file, footer, size);
            long bodyLength = size - HEADER - FOOTER;
            T value = null;
            if (body != null) {
                try {
                    value = body.read(in);
                } catch (EOFException e) {
                    checkChecksum(file, source, footer, e);
                    throw new CorruptIndexException(
                            file, "its reader read past the end of the body (" + bodyLength + " bytes)", e);
                } catch (StoreException e) {
                    throw e;
                } catch (IOException e) {
                    checkChecksum(file, source, footer, e);
                    throw new CorruptIndexException(file, "unreadable body: " + e.getMessage(), e);
                } catch (RuntimeException e) {
                    checkChecksum(file, source, footer, e);
                    throw e;
                }
            }
            long unread = source.remaining();
            checkChecksum(file, source, footer, null);
            if (body != null && unread > 0) {
                throw new CorruptIndexException(
                        file,
                        "its reader stopped " + unread + " bytes before the end of the body (" + bodyLength
                                + " bytes)");
            }
            return value;
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(file, "cannot read index file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file, BodyInput in, int tag, int version) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new CorruptIndexException(
                    file, String.format(Locale.ROOT, "bad magic %08x, not a kindred index file (%08x)", magic, MAGIC));
        }
        int foundTag = in.readInt();
        int foundVersion = in.readInt();
        if (tag == 0) {
            return;
        }
        if (foundTag != tag) {
            throw new CorruptIndexException(
                    file, "it is a file of type " + typeName(foundTag) + ", expected " + typeName(tag));
        }
        if (foundVersion != version) {
            throw new CorruptIndexException(
                    file,
                    "unknown version " + foundVersion + " of its type " + typeName(tag)
                            + " (this kindred reads version " + version + ")");
        }
    }

    private static void checkFooter(Path file, ByteBuffer footer, long size) throws CorruptIndexException {
        int magic = footer.getInt(16);
        if (magic != FOOTER_MAGIC) {
            throw new CorruptIndexException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "no footer (found %08x where the footer magic %08x belongs): truncated or not written to"
                                    + " the end",
                            magic,
                            FOOTER_MAGIC));
        }
        long bodyLength = footer.getLong(0);
        if (bodyLength != size - HEADER - FOOTER) {
            throw new CorruptIndexException(
                    file,
                    "truncated or extended: its footer counts a body of " + bodyLength + " bytes, the file holds "
                            + (size - HEADER - FOOTER));
        }
    }

    /**
     * Reads the rest of the body and compares its checksum with the footer's.
     *
     * @param cause the body reader's failure, kept as the cause of a mismatch, or {@code null}
     */
    private static void checkChecksum(Path file, ChecksummedInput source, ByteBuffer footer, Throwable cause)
            throws IOException {
        source.drain();
        byte[] length = new byte[8];
        footer.get(0, length);
        long computed = source.checksum(length);
        long stored = footer.getLong(8);
        if (computed != stored) {
            throw new CorruptIndexException(
                    file,
                    String.format(Locale.ROOT, "checksum mismatch (stored %08x, computed %08x)", stored, computed),
                    cause);
        }
    }

    private static FileChannel open(Path file, StoreIo io) throws IOException {
        try {
            return io.openForReading(file);
        } catch (NoSuchFileException e) {
            throw new CorruptIndexException(file, "missing", e);
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ended at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static CorruptIndexException truncated(Path file, long size) {
        return new CorruptIndexException(
                file,
                "truncated: " + size + " bytes, fewer than the " + (HEADER + FOOTER) + " of a header and a footer");
    }

    /** @return the temporary name a file is written under, {@code .<name>.tmp} in its folder */
    static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".tmp");
    }

    static Path directory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    /** Deletes a temporary file after a failure, adding a failure to delete it to the first failure. */
    static void deleteQuietly(StoreIo io, Path temp, Throwable failure) {
        try {
            io.delete(temp);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static int typeTag(String type) {
        if (type == null || type.length() != 4 || !type.chars().allMatch(c -> c >= '!' && c <= '~')) {
            throw new IllegalArgumentException(
                    "a file type is 4 ASCII characters from '!' to '~' (e.g. \"VECS\"), got '" + type + "'");
        }
        return ByteBuffer.wrap(type.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    /** @return a type tag as its 4 characters if they are printable ASCII, else in hexadecimal */
    private static String typeName(int tag) {
        byte[] bytes = ByteBuffer.allocate(4).putInt(tag).array();
        for (byte b : bytes) {
            if (b < '!' || b > '~') {
                return String.format(Locale.ROOT, "%08x", tag);
            }
        }
        return "\"" + new String(bytes, StandardCharsets.US_ASCII) + "\"";
    }
}
