package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theTargetAppearsOnlyAtCommit() throws IOException {
        Path target = dir.resolve("out.jsonl");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            assertEquals(dir.toAbsolutePath(), out.temp().getParent());
            assertTrue(out.temp().getFileName().toString().startsWith(".out.jsonl."));
            out.writer().write("é\n");
            assertFalse(Files.exists(target));
            out.commit();
        }
        assertEquals("é\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void anUncommittedOutputLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.jsonl");
        Files.writeString(target, "old\n", StandardCharsets.UTF_8);
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().write("x".repeat(1 << 20)); // more than the buffer: part of it reaches the temporary file
            assertTrue(Files.size(out.temp()) > 0);
        }
        assertEquals("old\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.jsonl");
        AtomicOutput out = AtomicOutput.create(target);
        Files.createDirectory(target); // now the rename cannot replace it
        Files.writeString(target.resolve("keep"), "kept", StandardCharsets.UTF_8);
        out.writer().write("new\n");
        assertThrows(IOException.class, out::commit);
        out.close();
        assertEquals("kept", Files.readString(target.resolve("keep"), StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old\n", StandardCharsets.UTF_8);
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().write("new\n");
            out.commit();
        }
        assertEquals("new\n", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void gzipByName() throws IOException {
        Path target = dir.resolve("out.jsonl.gz");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().write("zipped é\n");
            out.commit();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(target))) {
            assertEquals("zipped é\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void failsEarlyForAFolderOrAMissingFolder() throws IOException {
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.create(dir));
        assertEquals("cannot write " + dir + ": it is a folder", e.getMessage());
        Path missing = dir.resolve("missing/out.jsonl");
        e = assertThrows(IOException.class, () -> AtomicOutput.create(missing));
        assertEquals(
                "cannot write " + missing + ": cannot create a temporary file in " + missing.getParent()
                        + " (no such folder)",
                e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void commitTwiceIsAnError() throws IOException {
        try (AtomicOutput out = AtomicOutput.create(dir.resolve("o.json"))) {
            out.commit();
            assertThrows(IllegalStateException.class, out::commit);
        }
    }
}
