package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails every write step of {@link StoreFile#write} and {@link CommitPoint#publish} in turn, once and for good (a disk
 * that stays full): the failure reaches the caller, every file under a final name is whole, and the folder holds the
 * previous commit or the new one, whole.
 */
class FaultInjectionTest {

    private static final StoreIo IO = StoreIo.DEFAULT;

    @TempDir
    Path root;

    private static void write(Path file, String content, StoreIo io) throws IOException {
        StoreFile.write(file, "TEST", 1, io, out -> {
            DataCodec.writeString(out, content);
            DataCodec.writeInts(out, new int[40_000]); // more than one buffer
        });
    }

    private static String read(Path file) throws IOException {
        return StoreFile.read(file, "TEST", 1, IO, in -> {
            String s = DataCodec.readString(in);
            DataCodec.readInts(in);
            return s;
        });
    }

    private static void assertInjected(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("injected: disk full")) {
                return;
            }
        }
        throw new AssertionError("not the injected failure", e);
    }

    /** Every file under a final name (not {@code .*.tmp}) of the folder is a whole StoreFile or log. */
    private static void assertFinalNamesWhole(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("wal_1.log")) {
                    WriteAheadLog.replay(f, 1, IO);
                } else if (!name.startsWith(".")) {
                    StoreFile.verify(f, IO);
                }
            }
        }
    }

    @Test
    void everyFailingStepOfAWriteLeavesTheOldFile() throws IOException {
        FailingStoreIo counting = FailingStoreIo.counting();
        write(root.resolve("count"), "count", counting);
        int steps = counting.steps();
        assertTrue(steps >= 6, "open, writes, force, move, folder sync: " + steps);
        for (boolean sticky : new boolean[] {false, true}) {
            for (int step = 1; step <= steps; step++) {
                int failAt = step;
                Path dir = Files.createDirectories(root.resolve(sticky + "-" + step));
                Path file = dir.resolve("vectors_1.kdx");
                write(file, "old", IO);
                IOException e = assertThrows(
                        IOException.class,
                        () -> write(file, "new", new FailingStoreIo(failAt, sticky)),
                        "step " + step);
                assertInjected(e);
                assertTrue(e instanceof StoreException s && s.file().equals(file), e::getMessage);
                String content = read(file);
                // only a failure after the rename (the folder sync) can leave the new content
                assertEquals(step == steps ? "new" : "old", content, "step " + step);
                assertFinalNamesWhole(dir);
                if (!sticky) {
                    assertFalse(Files.exists(StoreFile.temporary(file)), "step " + step);
                }
            }
        }
    }

    /** A folder with generation 1 published and the files of generation 2 written. */
    private static List<Path> twoGenerations(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path a1 = dir.resolve("a_1.kdx");
        Path b1 = dir.resolve("b_1.kdx");
        write(a1, "a1", IO);
        write(b1, "b1", IO);
        CommitPoint.publish(dir, 1, Map.of("generation", "one"), List.of(a1, b1), IO);
        WriteAheadLog.create(dir.resolve("wal_1.log"), 1, Durability.PER_CHANGE, IO)
                .close();
        List<Path> next = new ArrayList<>(List.of(b1, dir.resolve("c_2.kdx")));
        write(next.get(1), "c2", IO);
        return next;
    }

    @Test
    void everyFailingStepOfAPublishLeavesAWholeCommit() throws IOException {
        FailingStoreIo counting = FailingStoreIo.counting();
        Path countDir = root.resolve("count");
        CommitPoint.publish(countDir, 2, Map.of(), twoGenerations(countDir), counting);
        int steps = counting.steps();
        assertTrue(steps >= 9, "the commit file's steps, then 3 deletes and a folder sync: " + steps);
        for (boolean sticky : new boolean[] {false, true}) {
            for (int step = 1; step <= steps; step++) {
                int failAt = step;
                Path dir = root.resolve(sticky + "-" + step);
                List<Path> files = twoGenerations(dir);
                IOException e = assertThrows(
                        IOException.class,
                        () -> CommitPoint.publish(dir, 2, Map.of(), files, new FailingStoreIo(failAt, sticky)),
                        "step " + step);
                assertInjected(e);

                CommitPoint latest = CommitPoint.latest(dir, IO).orElseThrow();
                latest.verifyFiles(IO);
                assertFinalNamesWhole(dir);
                if (latest.generation() == 1) {
                    assertEquals(Map.of("generation", "one"), latest.userData());
                    // the caller tries again, once the disk has room
                    CommitPoint.publish(dir, 2, Map.of(), files, IO);
                    CommitPoint.latest(dir, IO).orElseThrow().verifyFiles(IO);
                }
            }
        }
    }
}
