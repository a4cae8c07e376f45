package io.kindred.core.store;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;

/**
 * An append-only log of the changes made since a commit (conventionally {@code wal_<generation>.log}): each change is a
 * record of opaque payload bytes with a sequence number, 1, 2, 3, ... in the order of appends. {@link #append} returns
 * once the record is as durable as the {@link Durability} says; {@link #replay} reads the records back after a crash.
 * All numbers are big-endian.
 *
 * <pre>
 * header  int   magic 0x4B4E4452 ("KNDR")
 *         4 B   file type "WLOG"
 *         int   format version (1)
 *         long  generation the log belongs to
 *         int   CRC32C of the 20 bytes above
 * record  int   payload length in bytes
 *         int   CRC32C of the sequence number and the payload
 *         long  sequence number: 1 for the first record, then each one more than the one before
 *         int   CRC32C of the 16 bytes above (length, checksum, sequence number)
 *         ...   payload
 * </pre>
 *
 * <p>The header is written to {@code .<name>.tmp}, forced and renamed into place by {@link #create}, so a log exists
 * only with a whole header. The record's own header checksum lets {@link #replay} trust a record's length before it
 * judges whether the record is whole: a damaged length is corruption, never mistaken for a torn tail.
 *
 * <p><b>Replay rules.</b> Records are read from the header on. Reading ends without error at the end of the file, or at
 * a <em>torn tail</em>, which is dropped (and cut off by {@link #openForAppend}):
 *
 * <ul>
 *   <li>a record that extends past the end of the file: its 20-byte record header is incomplete, or its header is whole
 *       and valid but its payload ends past the end of the file (a write the crash interrupted);
 *   <li>a tail of zero bytes: every byte from the start of a record to the end of the file is zero (a file extended but
 *       not written before the crash).
 * </ul>
 *
 * Any other damage is a {@link CorruptIndexException} naming the file and the byte offset of the record: a whole record
 * header whose checksum does not match, a whole record whose payload checksum does not match, a sequence number other
 * than the one after the previous record's, a missing, short or damaged file header, a header of another type or
 * version, or a header of another generation. Only records the crash left unacknowledged can be torn: every
 * acknowledged record was forced to disk, with all before it, before {@link #append} returned.
 *
 * <p>Thread-safe: appends from many threads are serialised in one order, their sequence numbers. After a failed write
 * or fsync the log accepts no more appends (the state of the file on disk is then unknown): each further append throws
 * a {@link StoreException} naming the file; reopen it with {@link #openForAppend} to go on.
 */
public final class WriteAheadLog implements Closeable {

    /** Format version of the log. */
    static final int VERSION = 1;
    /** File header bytes: magic, type, version, generation, checksum. */
    static final int HEADER = 24;
    /** Record header bytes: length, payload checksum, sequence number, header checksum. */
    static final int RECORD_HEADER = 20;

    private static final int TYPE =
            ByteBuffer.wrap("WLOG".getBytes(StandardCharsets.US_ASCII)).getInt();

    /**
     * One record read back.
     *
     * @param sequence its sequence number
     * @param payload its payload, as appended (the array is the caller's; the log keeps no reference)
     */
    public record Entry(long sequence, byte[] payload) {}

    /**
     * The records of a log, in order.
     *
     * @param entries the whole records, sequence numbers 1, 2, 3, ...
     * @param tornTail whether a torn tail followed them and was dropped
     * @param validLength the bytes of the file up to the end of the last whole record (where a torn tail starts)
     */
    public record Replay(List<Entry> entries, boolean tornTail, long validLength) {

        /**
         * Copies the entries.
         *
         * @param entries see {@link #entries()}
         * @param tornTail see {@link #tornTail()}
         * @param validLength see {@link #validLength()}
         */
        public Replay {
            entries = List.copyOf(entries);
        }

        /** @return the sequence number of the last record, 0 if there is none */
        public long lastSequence() {
            return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final StoreIo io;
    private final Durability durability;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition synced = lock.newCondition();

    // guarded by lock
    private long nextSequence;
    private long written;
    private long syncedTo;
    private boolean syncing;
    private long lastSyncNanos;
    private IOException failure;
    private boolean closed;

    private WriteAheadLog(Path file, FileChannel channel, StoreIo io, Durability durability, long next, long end) {
        this.file = file;
        this.channel = channel;
        this.io = io;
        this.durability = durability;
        this.nextSequence = next;
        this.written = end;
        this.syncedTo = end;
        this.lastSyncNanos = System.nanoTime()
                - (durability.isDurable() ? durability.window().toNanos() : 0);
    }

    /**
     * Creates an empty log whose header is durable, under its name, when this returns.
     *
     * @param file the log; must not exist
     * @param generation the generation the log belongs to (the commit its changes follow)
     * @param durability when appends are forced to disk
     * @param io the file system
     * @return the log, open for appending
     * @throws StoreException naming the file if it exists or cannot be written
     */
    public static WriteAheadLog create(Path file, long generation, Durability durability, StoreIo io)
            throws IOException {
        if (Files.exists(file)) {
            throw new StoreException(
                    file,
                    "cannot create the write-ahead log " + file + ": it exists (replay it, then open it for appending)",
                    null);
        }
        Path temp = StoreFile.temporary(file);
        try {
            try (FileChannel channel = io.openForWriting(temp, true)) {
                io.write(channel, header(generation));
                io.force(channel);
            }
            io.move(temp, file);
            io.syncDirectory(StoreFile.directory(file));
        } catch (IOException | RuntimeException e) {
            StoreFile.deleteQuietly(io, temp, e);
            throw cannotWrite(file, e);
        }
        return open(file, io, durability, 1, HEADER);
    }

    /**
     * Reopens a log after a restart to append to it: {@link #replay}s it, cuts off a torn tail (forcing the cut to
     * disk) and numbers new records after the last whole one.
     *
     * @param file the log
     * @param generation the generation it must belong to
     * @param durability when appends are forced to disk
     * @param io the file system
     * @return the log, open for appending
     * @throws CorruptIndexException naming the file and the offset if it is damaged (see the replay rules)
     * @throws StoreException naming the file if it cannot be read or cut
     */
    public static WriteAheadLog openForAppend(Path file, long generation, Durability durability, StoreIo io)
            throws IOException {
        Replay replay = replay(file, generation, io);
        if (replay.tornTail()) {
            try (FileChannel channel = io.openForWriting(file, false)) {
                io.truncate(channel, replay.validLength());
                io.force(channel);
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }
        return open(file, io, durability, replay.lastSequence() + 1, replay.validLength());
    }

    private static WriteAheadLog open(Path file, StoreIo io, Durability durability, long next, long end)
            throws StoreException {
        try {
            FileChannel channel = io.openForWriting(file, false);
            try {
                channel.position(end);
                return new WriteAheadLog(file, channel, io, durability, next, end);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Reads every whole record of a log, by the replay rules of this class.
     *
     * @param file the log
     * @param generation the generation it must belong to
     * @param io the file system
     * @return the records and whether a torn tail was dropped
     * @throws CorruptIndexException naming the file and the byte offset if it is missing or damaged
     * @throws StoreException naming the file if it cannot be read
     */
    public static Replay replay(Path file, long generation, StoreIo io) throws IOException {
        try (FileChannel channel = io.openForReading(file)) {
            long size = channel.size();
            checkHeader(file, channel, size, generation);
            channel.position(HEADER);
            InputStream buffered = new BufferedInputStream(Channels.newInputStream(channel), 1 << 16);
            DataInputStream in = new DataInputStream(buffered);
            List<Entry> entries = new ArrayList<>();
            long position = HEADER;
            byte[] recordHeader = new byte[RECORD_HEADER];
            while (position < size) {
                if (size - position < RECORD_HEADER) {
                    return new Replay(entries, true, position);
                }
                in.readFully(recordHeader);
                ByteBuffer fields = ByteBuffer.wrap(recordHeader);
                int length = fields.getInt(0);
                int checksum = fields.getInt(4);
                long sequence = fields.getLong(8);
                int headerChecksum = fields.getInt(16);
                int computed = crc(recordHeader, 0, 16);
                if (computed != headerChecksum) {
                    if (zeroFrom(channel, position, size)) {
                        return new Replay(entries, true, position);
                    }
                    throw corruptAt(file, position, "record header checksum mismatch", headerChecksum, computed);
                }
                if (length < 0) {
                    throw new CorruptIndexException(file, "at byte " + position + ": negative record length " + length);
                }
                if (position + RECORD_HEADER + length > size) {
                    return new Replay(entries, true, position);
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                CRC32C crc = new CRC32C();
                crc.update(recordHeader, 8, 8);
                crc.update(payload);
                if ((int) crc.getValue() != checksum) {
                    throw corruptAt(file, position, "record checksum mismatch", checksum, (int) crc.getValue());
                }
                long expected = entries.size() + 1L;
                if (sequence != expected) {
                    throw new CorruptIndexException(
                            file,
                            "at byte " + position + ": sequence number " + sequence + " out of order, expected "
                                    + expected);
                }
                entries.add(new Entry(sequence, payload));
                position += RECORD_HEADER + length;
            }
            return new Replay(entries, false, position);
        } catch (NoSuchFileException e) {
            throw new CorruptIndexException(file, "missing", e);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException(file, "cannot read the write-ahead log " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends a record, and returns once it is as durable as the log's {@link Durability} says.
     *
     * @param payload the change, any bytes (copied: the caller may reuse the array once this returns)
     * @return the record's sequence number
     * @throws IllegalStateException if the log is closed
     * @throws IllegalArgumentException if the payload exceeds 2 GiB less the record header
     * @throws StoreException naming the file if this or an earlier write or fsync failed
     */
    public long append(byte[] payload) throws IOException {
        return appendAll(List.of(payload));
    }

    /**
     * Appends records in order, and returns once they are all as durable as the log's {@link Durability} says: one
     * fsync covers them all. If a write or the fsync fails, none is acknowledged (the log then accepts no more appends;
     * a prefix of them may be on disk).
     *
     * @param payloads the changes, any bytes each (copied)
     * @return the sequence number of the first record
     * @throws IllegalStateException if the log is closed
     * @throws IllegalArgumentException if a payload exceeds 2 GiB less the record header
     * @throws StoreException naming the file if a write or fsync failed, now or before
     */
    public long appendAll(List<byte[]> payloads) throws IOException {
        for (byte[] payload : payloads) {
            if (payload.length > Integer.MAX_VALUE - RECORD_HEADER - 8) {
                throw new IllegalArgumentException(
                        "a payload of " + payload.length + " bytes is too long for a record");
            }
        }
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the write-ahead log " + file + " is closed");
            }
            checkHealthy();
            long first = nextSequence;
            for (byte[] payload : payloads) {
                ByteBuffer record = record(nextSequence, payload);
                try {
                    io.write(channel, record);
                } catch (IOException | RuntimeException e) {
                    throw fail(e);
                }
                nextSequence++;
                written += record.limit();
            }
            if (durability.perChange()) {
                try {
                    io.force(channel);
                } catch (IOException | RuntimeException e) {
                    throw fail(e);
                }
                syncedTo = written;
            } else if (durability.isDurable()) {
                awaitSync(written);
            }
            return first;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Group commit: waits until an fsync covers the log up to {@code end}. The first waiter with no fsync under way
     * leads: it waits out the window since the previous fsync (while others append), forces the log without the lock
     * and wakes every waiter; the others wait for it.
     */
    private void awaitSync(long end) throws IOException {
        boolean interrupted = false;
        try {
            while (syncedTo < end) {
                checkHealthy();
                if (syncing) {
                    synced.awaitUninterruptibly();
                    continue;
                }
                syncing = true;
                try {
                    long wait;
                    while ((wait = lastSyncNanos + durability.window().toNanos() - System.nanoTime()) > 0) {
                        try {
                            synced.awaitNanos(wait);
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    sync();
                } finally {
                    syncing = false;
                    synced.signalAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Forces the log up to what is written now, without holding the lock during the fsync. */
    private void sync() throws IOException {
        long target = written;
        lastSyncNanos = System.nanoTime();
        lock.unlock();
        Throwable error = null;
        try {
            io.force(channel);
        } catch (IOException | RuntimeException e) {
            error = e;
        } finally {
            lock.lock();
        }
        if (error != null) {
            throw fail(error);
        }
        syncedTo = Math.max(syncedTo, target);
    }

    private void checkHealthy() throws StoreException {
        if (failure != null) {
            throw new StoreException(
                    file,
                    "the write-ahead log " + file + " failed earlier and takes no more records: "
                            + failure.getMessage(),
                    failure);
        }
    }

    private StoreException fail(Throwable e) {
        StoreException failed = cannotWrite(file, e);
        failure = failed;
        return failed;
    }

    /** @return the path of the log */
    public Path file() {
        return file;
    }

    /** @return the sequence number of the last record appended or replayed, 0 if there is none */
    public long lastSequence() {
        lock.lock();
        try {
            return nextSequence - 1;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forces every record appended so far to disk (unless a write failed) and closes the file. Appends waiting for a
     * group fsync return once it is done. Idempotent.
     *
     * @throws StoreException naming the file if the final fsync or the close fails
     */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            while (syncing) {
                synced.awaitUninterruptibly();
            }
            try {
                if (failure == null && syncedTo < written) {
                    io.force(channel);
                    syncedTo = written;
                }
            } catch (IOException | RuntimeException e) {
                throw fail(e);
            } finally {
                synced.signalAll();
                try {
                    channel.close();
                } catch (IOException e) {
                    throw cannotWrite(file, e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static ByteBuffer header(long generation) {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.putInt(StoreFile.MAGIC).putInt(TYPE).putInt(VERSION).putLong(generation);
        header.putInt(crc(header.array(), 0, 20));
        return header.flip();
    }

    private static ByteBuffer record(long sequence, byte[] payload) {
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + payload.length);
        CRC32C crc = new CRC32C();
        record.putLong(8, sequence);
        crc.update(record.array(), 8, 8);
        crc.update(payload);
        record.putInt(payload.length).putInt((int) crc.getValue()).putLong(sequence);
        record.putInt(crc(record.array(), 0, 16));
        record.put(payload);
        return record.flip();
    }

    private static void checkHeader(Path file, FileChannel channel, long size, long generation) throws IOException {
        if (size < HEADER) {
            throw new CorruptIndexException(
                    file, "truncated: " + size + " bytes, fewer than the " + HEADER + " of a write-ahead log header");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (header.hasRemaining()) {
            if (channel.read(header, header.position()) < 0) {
                throw new EOFException("the file ended at byte " + header.position());
            }
        }
        int magic = header.getInt(0);
        if (magic != StoreFile.MAGIC) {
            throw new CorruptIndexException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "at byte 0: bad magic %08x, not a kindred write-ahead log (%08x)",
                            magic,
                            StoreFile.MAGIC));
        }
        if (header.getInt(4) != TYPE) {
            throw new CorruptIndexException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "at byte 4: file type %08x, not a write-ahead log (\"WLOG\")",
                            header.getInt(4)));
        }
        if (header.getInt(8) != VERSION) {
            throw new CorruptIndexException(
                    file,
                    "at byte 8: unknown version " + header.getInt(8)
                            + " of write-ahead log (this kindred reads version " + VERSION + ")");
        }
        int computed = crc(header.array(), 0, 20);
        if (header.getInt(20) != computed) {
            throw corruptAt(file, 0, "header checksum mismatch", header.getInt(20), computed);
        }
        if (header.getLong(12) != generation) {
            throw new CorruptIndexException(
                    file,
                    "at byte 12: the log belongs to generation " + header.getLong(12) + ", expected " + generation);
        }
    }

    /** @return whether every byte from {@code position} to {@code size} is zero */
    private static boolean zeroFrom(FileChannel channel, long position, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long p = position; p < size; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), size - p));
            int n = channel.read(buffer, p);
            if (n < 0) {
                return true;
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) != 0) {
                    return false;
                }
            }
            p += n;
        }
        return true;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static CorruptIndexException corruptAt(Path file, long position, String what, int stored, int computed) {
        return new CorruptIndexException(
                file,
                String.format(
                        Locale.ROOT, "at byte %d: %s (stored %08x, computed %08x)", position, what, stored, computed));
    }

    private static StoreException cannotWrite(Path file, Throwable e) {
        if (e instanceof StoreException s) {
            return s;
        }
        return new StoreException(file, "cannot write the write-ahead log " + file + ": " + e.getMessage(), e);
    }
}
