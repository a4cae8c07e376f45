package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {

    private static final StoreIo IO = StoreIo.DEFAULT;

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A log of generation 7 holding "one", "" and "three". */
    private Path threeRecords() throws IOException {
        Path file = dir.resolve("wal_7.log");
        try (WriteAheadLog log = WriteAheadLog.create(file, 7, Durability.PER_CHANGE, IO)) {
            assertEquals(1, log.append(utf8("one")));
            assertEquals(2, log.append(new byte[0]));
            assertEquals(3, log.append(utf8("three")));
            assertEquals(3, log.lastSequence());
        }
        return file;
    }

    private static List<String> payloads(WriteAheadLog.Replay replay) {
        return replay.entries().stream()
                .map(e -> new String(e.payload(), StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void appendsReplayInOrder() throws IOException {
        WriteAheadLog.Replay replay = WriteAheadLog.replay(threeRecords(), 7, IO);
        assertEquals(List.of("one", "", "three"), payloads(replay));
        assertEquals(
                List.of(1L, 2L, 3L),
                replay.entries().stream().map(e -> e.sequence()).toList());
        assertFalse(replay.tornTail());
        assertEquals(3, replay.lastSequence());
        assertEquals(24 + 3 * 20 + 3 + 0 + 5, replay.validLength());
    }

    @Test
    void theLayoutIsAHeaderThenRecords() throws IOException {
        byte[] bytes = Files.readAllBytes(threeRecords());
        assertEquals(24 + 20 + 3 + 20 + 20 + 5, bytes.length);
        assertArrayEquals(header(7), Arrays.copyOf(bytes, 24));
        assertArrayEquals(record(1, utf8("one")), Arrays.copyOfRange(bytes, 24, 47));
        assertArrayEquals(record(3, utf8("three")), Arrays.copyOfRange(bytes, 67, 92));
    }

    /** The header as the format describes it, computed here independently. */
    private static byte[] header(long generation) {
        ByteBuffer b = ByteBuffer.allocate(24);
        b.put(utf8("KNDR")).put(utf8("WLOG")).putInt(1).putLong(generation);
        b.putInt(crc(b.array(), 0, 20));
        return b.array();
    }

    private static byte[] record(long sequence, byte[] payload) {
        ByteBuffer seqAndPayload =
                ByteBuffer.allocate(8 + payload.length).putLong(sequence).put(payload);
        ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
        b.putInt(payload.length)
                .putInt(crc(seqAndPayload.array(), 0, 8 + payload.length))
                .putLong(sequence);
        b.putInt(crc(b.array(), 0, 16)).put(payload);
        return b.array();
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    @Test
    void aTornLastRecordIsDroppedAtEveryLengthAndCutOnReopening() throws IOException {
        Path file = threeRecords();
        byte[] bytes = Files.readAllBytes(file);
        int lastStart = 24 + 23 + 20;
        Path torn = dir.resolve("wal_8.log");
        for (int length = lastStart; length < bytes.length; length++) {
            Files.write(torn, Arrays.copyOf(bytes, length));
            WriteAheadLog.Replay replay = WriteAheadLog.replay(torn, 7, IO);
            assertEquals(List.of("one", ""), payloads(replay), "cut at " + length);
            assertEquals(length > lastStart, replay.tornTail(), "cut at " + length);
            assertEquals(lastStart, replay.validLength());

            try (WriteAheadLog log = WriteAheadLog.openForAppend(torn, 7, Durability.PER_CHANGE, IO)) {
                assertEquals(3, log.append(utf8("again")));
            }
            WriteAheadLog.Replay again = WriteAheadLog.replay(torn, 7, IO);
            assertEquals(List.of("one", "", "again"), payloads(again));
            assertFalse(again.tornTail());
        }
    }

    @Test
    void aTailOfZerosIsDropped() throws IOException {
        Path file = threeRecords();
        long end = Files.size(file);
        for (int zeros : new int[] {1, 19, 20, 21, 4096}) {
            Path padded = dir.resolve("padded.log");
            byte[] bytes = Files.readAllBytes(file);
            Files.write(padded, Arrays.copyOf(bytes, bytes.length + zeros));
            WriteAheadLog.Replay replay = WriteAheadLog.replay(padded, 7, IO);
            assertEquals(List.of("one", "", "three"), payloads(replay));
            assertTrue(replay.tornTail());
            assertEquals(end, replay.validLength());
        }
    }

    @Test
    void aFlippedByteInAnEarlierRecordIsCorruptionAtItsOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(threeRecords());
        Path damaged = dir.resolve("damaged.log");
        int[] starts = {24, 47, 67};
        for (int r = 0; r < 2; r++) {
            for (int offset = starts[r]; offset < starts[r + 1]; offset++) {
                byte[] copy = bytes.clone();
                copy[offset] ^= (byte) 0x40;
                Files.write(damaged, copy);
                CorruptIndexException e = assertThrows(
                        CorruptIndexException.class, () -> WriteAheadLog.replay(damaged, 7, IO), "offset " + offset);
                assertEquals(damaged, e.file());
                assertTrue(e.problem().startsWith("at byte " + starts[r] + ": "), e.problem());
                assertThrows(
                        CorruptIndexException.class,
                        () -> WriteAheadLog.openForAppend(damaged, 7, Durability.PER_CHANGE, IO));
            }
        }
        byte[] payloadFlip = bytes.clone();
        payloadFlip[24 + 20] ^= 1;
        Files.write(damaged, payloadFlip);
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(damaged, 7, IO));
        assertTrue(
                e.problem().matches("at byte 24: record checksum mismatch \\(stored \\w{8}, computed \\w{8}\\)"),
                e::problem);
    }

    @Test
    void aDamagedLastRecordThatIsWholeIsCorruptionNotATornTail() throws IOException {
        byte[] bytes = Files.readAllBytes(threeRecords());
        bytes[bytes.length - 1] ^= 1;
        Path damaged = dir.resolve("damaged.log");
        Files.write(damaged, bytes);
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(damaged, 7, IO));
        assertTrue(e.problem().startsWith("at byte 67: record checksum mismatch"), e::problem);
    }

    @Test
    void aSequenceNumberOutOfOrderIsCorruption() throws IOException {
        Path file = dir.resolve("wal_7.log");
        ByteBuffer b = ByteBuffer.allocate(24 + 21 + 21);
        b.put(header(7)).put(record(1, utf8("a"))).put(record(3, utf8("b")));
        Files.write(file, b.array());
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(file, 7, IO));
        assertEquals("at byte 45: sequence number 3 out of order, expected 2", e.problem());
    }

    @Test
    void aBadHeaderIsCorruption() throws IOException {
        Path file = threeRecords();
        assertEquals(
                "at byte 12: the log belongs to generation 7, expected 8",
                assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(file, 8, IO))
                        .problem());
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.log");
        for (int offset = 0; offset < 24; offset++) {
            byte[] copy = bytes.clone();
            copy[offset] ^= 1;
            Files.write(damaged, copy);
            assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(damaged, 7, IO), "" + offset);
        }
        for (int length = 0; length < 24; length++) {
            Files.write(damaged, Arrays.copyOf(bytes, length));
            assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(damaged, 7, IO), "" + length);
        }
        Path missing = dir.resolve("wal_9.log");
        assertEquals(
                "index file " + missing + " is corrupt: missing",
                assertThrows(CorruptIndexException.class, () -> WriteAheadLog.replay(missing, 9, IO))
                        .getMessage());
    }

    @Test
    void createRefusesAnExistingLogAndLeavesNoTemporary() throws IOException {
        Path file = threeRecords();
        assertThrows(StoreException.class, () -> WriteAheadLog.create(file, 7, Durability.PER_CHANGE, IO));
        assertEquals(List.of("one", "", "three"), payloads(WriteAheadLog.replay(file, 7, IO)));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void reopeningContinuesTheNumbering() throws IOException {
        Path file = threeRecords();
        try (WriteAheadLog log = WriteAheadLog.openForAppend(file, 7, Durability.NONE, IO)) {
            assertEquals(3, log.lastSequence());
            assertEquals(4, log.append(utf8("four")));
        }
        assertEquals(List.of("one", "", "three", "four"), payloads(WriteAheadLog.replay(file, 7, IO)));
    }

    /** Counts the fsyncs of files (not folders) and lets a test hold the first one. */
    private static final class CountingIo implements StoreIo {
        final AtomicInteger forces = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();
        volatile CountDownLatch holdFirstForceUntil;

        @Override
        public FileChannel openForReading(Path file) throws IOException {
            return DEFAULT.openForReading(file);
        }

        @Override
        public FileChannel openForWriting(Path file, boolean truncate) throws IOException {
            return DEFAULT.openForWriting(file, truncate);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer data) throws IOException {
            DEFAULT.write(channel, data);
            writes.incrementAndGet();
            CountDownLatch hold = holdFirstForceUntil;
            if (hold != null) {
                hold.countDown();
            }
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            CountDownLatch hold = holdFirstForceUntil;
            if (forces.incrementAndGet() == 1 && hold != null) {
                try {
                    assertTrue(hold.await(1, TimeUnit.MINUTES));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            DEFAULT.force(channel);
        }

        @Override
        public void truncate(FileChannel channel, long size) throws IOException {
            DEFAULT.truncate(channel, size);
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            DEFAULT.move(source, target);
        }

        @Override
        public void delete(Path file) throws IOException {
            DEFAULT.delete(file);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            DEFAULT.syncDirectory(dir);
        }
    }

    @Test
    void perChangeForcesEachAppendAndNoneOnlyOnClose() throws IOException {
        CountingIo io = new CountingIo();
        Path file = dir.resolve("wal_1.log");
        try (WriteAheadLog log = WriteAheadLog.create(file, 1, Durability.PER_CHANGE, io)) {
            assertEquals(1, io.forces.get()); // the header
            log.append(utf8("a"));
            log.append(utf8("b"));
            assertEquals(3, io.forces.get());
        }
        assertEquals(3, io.forces.get());
        try (WriteAheadLog log = WriteAheadLog.openForAppend(file, 1, Durability.NONE, io)) {
            log.append(utf8("c"));
            log.append(utf8("d"));
            assertEquals(3, io.forces.get());
        }
        assertEquals(4, io.forces.get());
        assertEquals(List.of("a", "b", "c", "d"), payloads(WriteAheadLog.replay(file, 1, IO)));
    }

    @Test
    void appendsWaitingForAGroupFsyncShareTheNextOne() throws Exception {
        int threads = 6;
        CountingIo io = new CountingIo();
        Path file = dir.resolve("wal_1.log");
        try (WriteAheadLog log = WriteAheadLog.create(file, 1, Durability.grouped(Duration.ZERO), io)) {
            io.forces.set(0);
            // the first fsync waits until every thread has written its record: they all wait for the next one
            io.holdFirstForceUntil = new CountDownLatch(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> sequences = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    byte[] payload = utf8("t" + t);
                    sequences.add(pool.submit(() -> log.append(payload)));
                }
                List<Long> got = new ArrayList<>();
                for (Future<Long> f : sequences) {
                    got.add(f.get(1, TimeUnit.MINUTES));
                }
                assertEquals(
                        List.of(1L, 2L, 3L, 4L, 5L, 6L), got.stream().sorted().toList());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, io.forces.get(), "one fsync for the first record, one shared by the other five");
        }
        assertEquals(threads, WriteAheadLog.replay(file, 1, IO).entries().size());
    }

    @Test
    void groupedAppendsFromManyThreadsAllReplay() throws Exception {
        int threads = 8;
        int each = 300;
        Path file = dir.resolve("wal_2.log");
        List<Future<long[]>> results = new ArrayList<>();
        try (WriteAheadLog log = WriteAheadLog.create(file, 2, Durability.grouped(Duration.ofMillis(1)), IO)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    results.add(pool.submit(() -> {
                        long[] sequences = new long[each];
                        for (int i = 0; i < each; i++) {
                            sequences[i] = log.append(utf8(thread + ":" + i));
                        }
                        return sequences;
                    }));
                }
                for (Future<long[]> f : results) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        List<WriteAheadLog.Entry> entries = WriteAheadLog.replay(file, 2, IO).entries();
        assertEquals(threads * each, entries.size());
        for (int t = 0; t < threads; t++) {
            long[] sequences = results.get(t).get();
            for (int i = 0; i < each; i++) {
                // sequence numbers start at 1: entry k holds sequence k + 1
                WriteAheadLog.Entry e = entries.get((int) sequences[i] - 1);
                assertEquals(sequences[i], e.sequence());
                assertEquals(t + ":" + i, new String(e.payload(), StandardCharsets.UTF_8));
                if (i > 0) {
                    assertTrue(sequences[i] > sequences[i - 1]);
                }
            }
        }
    }

    @Test
    void afterAFailedWriteTheLogTakesNoMoreAndReopensWithoutTheTornRecord() throws IOException {
        Path file = dir.resolve("wal_3.log");
        FailingStoreIo counting = FailingStoreIo.counting();
        WriteAheadLog.create(dir.resolve("count.log"), 3, Durability.PER_CHANGE, counting)
                .close();
        int createSteps = counting.steps();
        // steps of create, then the first append's write, its force, the second append's write: fail that
        FailingStoreIo io = new FailingStoreIo(createSteps + 3, false);
        WriteAheadLog log = WriteAheadLog.create(file, 3, Durability.PER_CHANGE, io);
        assertEquals(1, log.append(utf8("kept")));
        StoreException e = assertThrows(StoreException.class, () -> log.append(utf8("lost, half written")));
        assertTrue(e.getMessage().contains("injected: disk full"), e::getMessage);
        StoreException again = assertThrows(StoreException.class, () -> log.append(utf8("refused")));
        assertTrue(again.getMessage().contains("failed earlier"), again::getMessage);
        log.close();
        assertThrows(IllegalStateException.class, () -> log.append(utf8("closed")));

        WriteAheadLog.Replay replay = WriteAheadLog.replay(file, 3, IO);
        assertEquals(List.of("kept"), payloads(replay));
        assertTrue(replay.tornTail());
        try (WriteAheadLog reopened = WriteAheadLog.openForAppend(file, 3, Durability.PER_CHANGE, IO)) {
            assertEquals(2, reopened.append(utf8("next")));
        }
        assertEquals(List.of("kept", "next"), payloads(WriteAheadLog.replay(file, 3, IO)));
    }

    @Test
    void everyFailingStepOfCreateLeavesNoLogOrANamedFailure() throws IOException {
        FailingStoreIo counting = FailingStoreIo.counting();
        WriteAheadLog.create(dir.resolve("count.log"), 1, Durability.PER_CHANGE, counting)
                .close();
        for (int step = 1; step <= counting.steps(); step++) {
            Path file = dir.resolve("wal_" + step + ".log");
            int failAt = step;
            IOException e = assertThrows(
                    IOException.class,
                    () -> WriteAheadLog.create(file, 1, Durability.PER_CHANGE, new FailingStoreIo(failAt, false)),
                    "step " + step);
            assertTrue(e.getMessage().contains("injected: disk full"), e::getMessage);
            assertFalse(Files.exists(StoreFile.temporary(file)), "step " + step);
            if (Files.exists(file)) { // the failure came after the rename: the header is whole
                assertEquals(List.of(), WriteAheadLog.replay(file, 1, IO).entries());
            }
        }
    }
}
