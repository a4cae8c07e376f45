package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a writer killed outright (SIGKILL, mid-append) loses no acknowledged record. A child JVM appends to
 * one log in {@link Durability#PER_CHANGE} mode and prints each sequence number once {@code append} has returned; the
 * test kills it at a random moment (the numbers go to a file: reading a killed process's pipe races with its end),
 * replays the log (every acknowledged number is there, in order, with its payload), and starts the next child on the
 * same log, which cuts any torn tail and goes on.
 */
class KilledWriterTest {

    private static final int KILLS = 10;

    @TempDir
    Path dir;

    /** The payload of a record: its length and bytes follow from its sequence number alone. */
    static byte[] payload(long sequence) {
        byte[] bytes = new byte[(int) (sequence * 7919 % 3000)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (sequence * 31 + i);
        }
        return bytes;
    }

    /** The child: appends until killed, printing each acknowledged sequence number. */
    public static final class Appending {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            try (WriteAheadLog log = Files.exists(file)
                    ? WriteAheadLog.openForAppend(file, 1, Durability.PER_CHANGE, StoreIo.DEFAULT)
                    : WriteAheadLog.create(file, 1, Durability.PER_CHANGE, StoreIo.DEFAULT)) {
                for (long next = log.lastSequence() + 1; ; next++) {
                    long sequence = log.append(payload(next));
                    System.out.println(sequence);
                    System.out.flush();
                }
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aKilledWriterLosesNoAcknowledgedRecord() throws Exception {
        Random random = new Random(Seeds.seed("aKilledWriterLosesNoAcknowledgedRecord"));
        Path file = dir.resolve("wal_1.log");
        long acknowledgedBefore = 0;
        Path acks = dir.resolve("acknowledged.txt");
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx64m",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Appending.class.getName(),
                            file.toString())
                    .redirectOutput(acks.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                while (Files.size(acks) == 0) { // poll: the child's first acknowledgement
                    assertTrue(child.isAlive(), "the child ended before it acknowledged a record");
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(300));
                child.destroyForcibly(); // SIGKILL on Linux and macOS
                assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            } finally {
                child.destroyForcibly();
            }
            String printed = Files.readString(acks, StandardCharsets.US_ASCII);
            // a line the kill cut short is left out: its number is acknowledged, but may be cut too
            List<Long> acknowledged = printed.substring(0, printed.lastIndexOf('\n') + 1)
                    .lines()
                    .map(Long::parseLong)
                    .toList();

            long last = acknowledged.get(acknowledged.size() - 1);
            assertEquals(acknowledgedBefore + 1, acknowledged.get(0), "the child went on after the last replayed");
            WriteAheadLog.Replay replay = WriteAheadLog.replay(file, 1, StoreIo.DEFAULT);
            List<WriteAheadLog.Entry> entries = replay.entries();
            assertTrue(
                    entries.size() >= last, "kill " + kill + ": acknowledged " + last + ", replayed " + entries.size());
            for (int i = 0; i < entries.size(); i++) {
                assertEquals(i + 1, entries.get(i).sequence());
                assertArrayEquals(payload(i + 1), entries.get(i).payload());
            }
            System.out.printf(
                    Locale.ROOT,
                    "kill %d: acknowledged up to %d, replayed %d, torn tail %b%n",
                    kill,
                    last,
                    entries.size(),
                    replay.tornTail());
            acknowledgedBefore = entries.size();
        }
    }
}
