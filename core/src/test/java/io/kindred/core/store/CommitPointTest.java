package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitPointTest {

    private static final StoreIo IO = StoreIo.DEFAULT;

    @TempDir
    Path dir;

    private Path storeFile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        StoreFile.write(file, "TEST", 1, IO, out -> DataCodec.writeString(out, content));
        return file;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void publishedCommitsAreReadBack() throws IOException {
        assertEquals(Optional.empty(), CommitPoint.latest(dir, IO));
        assertEquals(Optional.empty(), CommitPoint.latest(dir.resolve("none"), IO));
        Path a = storeFile("a_1.kdx", "alpha");
        Path b = storeFile("b_1.kdx", "beta");
        CommitPoint published = CommitPoint.publish(dir, 1, Map.of("preset", "news", "k", ""), List.of(a, b), IO);

        CommitPoint latest = CommitPoint.latest(dir, IO).orElseThrow();
        assertEquals(1, latest.generation());
        assertEquals(Map.of("preset", "news", "k", ""), latest.userData());
        assertEquals(
                List.of(
                        new CommitPoint.FileEntry("a_1.kdx", Files.size(a), StoreFile.footerChecksum(a, IO)),
                        new CommitPoint.FileEntry("b_1.kdx", Files.size(b), StoreFile.footerChecksum(b, IO))),
                latest.files());
        assertEquals(published.files(), latest.files());
        assertEquals(dir.resolve("commit_1"), latest.file());
        latest.verifyFiles(IO);
        assertEquals(List.of(), latest.verifyAll(IO));
        StoreFile.verify(latest.file(), "CMIT", 1, IO);
    }

    @Test
    void publishingDeletesEveryFileNoCommitRefersTo() throws IOException {
        Path a = storeFile("a_1.kdx", "alpha");
        Path b = storeFile("b_1.kdx", "beta");
        CommitPoint.publish(dir, 1, Map.of(), List.of(a, b), IO);
        Files.writeString(dir.resolve("wal_1.log"), "old log");
        Files.writeString(dir.resolve("wal_2.log"), "this generation's log");
        Files.writeString(dir.resolve(".c_2.kdx.tmp"), "an interrupted write");
        Files.writeString(dir.resolve("stray"), "anything else");
        Files.createDirectory(dir.resolve("sub"));
        Path c = storeFile("c_2.kdx", "gamma");

        CommitPoint.publish(dir, 2, Map.of(), List.of(b, c), IO);
        assertEquals(List.of("b_1.kdx", "c_2.kdx", "commit_2", "sub", "wal_2.log"), names());
        CommitPoint.latest(dir, IO).orElseThrow().verifyFiles(IO);
    }

    @Test
    void aDamagedLatestCommitIsAnErrorNotAFallBack() throws IOException {
        Path a = storeFile("a_1.kdx", "alpha");
        CommitPoint.publish(dir, 1, Map.of(), List.of(a), IO);
        Path commit2 = dir.resolve("commit_2");
        Files.copy(dir.resolve("commit_1"), commit2);
        CorruptIndexException named = assertThrows(CorruptIndexException.class, () -> CommitPoint.latest(dir, IO));
        assertEquals(commit2, named.file());
        assertEquals("it holds generation 1, its name says 2", named.problem());

        byte[] bytes = Files.readAllBytes(dir.resolve("commit_1"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(commit2, bytes);
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> CommitPoint.latest(dir, IO));
        assertEquals(commit2, e.file());
        Files.write(commit2, new byte[0]);
        assertEquals(
                commit2,
                assertThrows(CorruptIndexException.class, () -> CommitPoint.latest(dir, IO))
                        .file());
        assertThrows(CorruptIndexException.class, () -> CommitPoint.publish(dir, 3, Map.of(), List.of(), IO));
    }

    @Test
    void verifyNamesAListedFileTruncatedReplacedDamagedOrMissing() throws IOException {
        Path a = storeFile("a_1.kdx", "alpha");
        Path b = storeFile("b_1.kdx", "beta");
        Path c = storeFile("c_1.kdx", "gamma");
        Path d = storeFile("d_1.kdx", "delta");
        CommitPoint commit = CommitPoint.publish(dir, 1, Map.of(), List.of(a, b, c, d), IO);

        byte[] bytes = Files.readAllBytes(a);
        Files.write(a, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        storeFile("b_1.kdx", "bet4"); // a whole file of the same length, but another one
        byte[] cBytes = Files.readAllBytes(c);
        cBytes[14] ^= 1; // inside the body: only the file's own checksum sees it
        Files.write(c, cBytes);
        Files.delete(d);

        CorruptIndexException first = assertThrows(CorruptIndexException.class, () -> commit.verifyFiles(IO));
        assertEquals(a, first.file());
        assertEquals(
                "it holds " + (bytes.length - 1) + " bytes, commit_1 recorded " + bytes.length
                        + " (truncated or replaced)",
                first.problem());
        List<CorruptIndexException> all = commit.verifyAll(IO);
        assertEquals(List.of(a, b, c, d), all.stream().map(StoreException::file).toList());
        assertTrue(all.get(1).problem().startsWith("replaced: its footer checksum is "), all.get(1)::problem);
        assertTrue(all.get(2).problem().startsWith("checksum mismatch"), all.get(2)::problem);
        assertEquals("missing (listed in commit_1)", all.get(3).problem());
    }

    @Test
    void publishRefusesWhatCannotBeACommit() throws IOException {
        Path a = storeFile("a_1.kdx", "alpha");
        CommitPoint.publish(dir, 5, Map.of(), List.of(a), IO);
        assertThrows(IllegalArgumentException.class, () -> CommitPoint.publish(dir, 5, Map.of(), List.of(a), IO));
        assertThrows(IllegalArgumentException.class, () -> CommitPoint.publish(dir, 4, Map.of(), List.of(a), IO));
        assertThrows(IllegalArgumentException.class, () -> CommitPoint.publish(dir, -1, Map.of(), List.of(), IO));
        assertThrows(IllegalArgumentException.class, () -> CommitPoint.publish(dir, 6, Map.of(), List.of(a, a), IO));
        assertThrows(
                IllegalArgumentException.class,
                () -> CommitPoint.publish(dir, 6, Map.of(), List.of(dir.resolve("commit_5")), IO));
        Path elsewhere = Files.createDirectory(dir.resolve("sub")).resolve("x");
        assertThrows(
                IllegalArgumentException.class, () -> CommitPoint.publish(dir, 6, Map.of(), List.of(elsewhere), IO));
        Path missing = dir.resolve("missing.kdx");
        assertEquals(
                missing,
                assertThrows(
                                CorruptIndexException.class,
                                () -> CommitPoint.publish(dir, 6, Map.of(), List.of(missing), IO))
                        .file());
        assertEquals(5, CommitPoint.latest(dir, IO).orElseThrow().generation());
    }
}
