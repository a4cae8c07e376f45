package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs the readers refuse as a whole or in part, each with a message naming the file and the place: records over the
 * size limit, damaged gzip, folders.
 */
class InputLimitsTest {

    @TempDir
    Path dir;

    private static List<String> ids(Path file, ReadOptions options) throws IOException {
        List<String> ids = new ArrayList<>();
        try (ArticleReader r = ArticleReader.open(file, options)) {
            for (var a = r.next(); a != null; a = r.next()) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    private static InvalidRecordException refused(Path file, ReadOptions options) {
        return assertThrows(InvalidRecordException.class, () -> ids(file, options));
    }

    private static String article(String id, int bodyLength) {
        return "{\"id\": \"" + id + "\", \"body\": \"" + "y".repeat(bodyLength) + "\"}";
    }

    @Test
    void aRecordOverTheDefaultLimitNamesItsLineAndTheLimit() throws IOException {
        // longer than Jackson's own string limit too (20,000,000), which used to answer with line 0
        int body = (int) ReadOptions.DEFAULT_MAX_RECORD_SIZE + 4_000_000;
        Path file = dir.resolve("huge.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(article("a", 10) + "\n\n" + article("big", body) + "\n" + article("c", 10) + "\n");
        }
        RecordTooLargeException e = (RecordTooLargeException) refused(file, ReadOptions.defaults());
        assertEquals(
                file + ":3: the record is longer than the limit of 16,777,216 characters (16 MiB)", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(ReadOptions.DEFAULT_MAX_RECORD_SIZE, e.limit());
        assertTrue(e.recoverable());

        List<InvalidRecordException> skipped = new ArrayList<>();
        assertEquals(List.of("a", "c"), ids(file, ReadOptions.defaults().skippingInvalid(skipped::add)));
        assertEquals(1, skipped.size());
        assertEquals(List.of("a", "big", "c"), ids(file, ReadOptions.defaults().withMaxRecordSize(body + 100)));
    }

    @Test
    void jsonLinesLimitIsExact() throws IOException {
        String line = article("b", 10);
        assertEquals(33, line.length());
        Path file = Fixtures.write(dir, "t.jsonl", article("a", 1) + "\n" + line + "\r\n" + article("c", 1));
        assertEquals(List.of("a", "b", "c"), ids(file, ReadOptions.defaults().withMaxRecordSize(33)));
        InvalidRecordException e = refused(file, ReadOptions.defaults().withMaxRecordSize(32));
        assertEquals(file + ":2: the record is longer than the limit of 32 characters", e.getMessage());
    }

    @Test
    void jsonArrayObjectsOverTheLimit() throws IOException {
        ReadOptions small = ReadOptions.defaults().withMaxRecordSize(1024);
        Path file = Fixtures.write(
                dir, "t.json", "[\n" + article("a", 1) + ",\n" + article("b", 2000) + ",\n" + article("c", 1) + "\n]");
        InvalidRecordException e = refused(file, small);
        assertEquals(file + ":3:1: the record is longer than the limit of 1,024 characters (1 KiB)", e.getMessage());
        assertEquals(List.of("a", "c"), ids(file, small.skippingInvalid(x -> {})));

        // a string far beyond the limit ends reading before its end is found
        Path runaway = Fixtures.write(dir, "r.json", "[" + article("a", 1) + ",\n" + article("b", 2_000_000) + "]");
        InvalidRecordException r = refused(runaway, small.skippingInvalid(x -> {}));
        assertTrue(r instanceof RecordTooLargeException, r.getMessage());
        assertEquals(2, r.line(), r.getMessage());
        assertFalse(r.recoverable());
    }

    @Test
    void csvRowsOverTheLimit() throws IOException {
        ReadOptions small = ReadOptions.defaults().withMaxRecordSize(100);
        Path file = Fixtures.write(dir, "t.csv", "id,body\na,x\nb," + "y".repeat(200) + "\nc,z\n");
        assertEquals(
                file + ":3: the record is longer than the limit of 100 characters",
                refused(file, small).getMessage());
        assertEquals(List.of("a", "c"), ids(file, small.skippingInvalid(x -> {})));

        // an unterminated quote reads on to the end of the file: stopped long before
        Path runaway = Fixtures.write(dir, "r.csv", "id,body\na,\"x\n" + "y\n".repeat(1_000_000));
        InvalidRecordException r = refused(runaway, small.skippingInvalid(x -> {}));
        assertEquals(runaway + ":2: the record is longer than the limit of 100 characters", r.getMessage());
        assertFalse(r.recoverable());
    }

    @Test
    void aBrokenConstraintOfTheParserStillNamesTheLine() throws IOException {
        Path file = Fixtures.write(
                dir, "t.jsonl", article("a", 1) + "\n{\"id\": \"b\", \"n\": " + "9".repeat(2000) + "}\n");
        InvalidRecordException e = refused(file, ReadOptions.defaults());
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad JSON: Number value length"), e.getMessage());
    }

    private byte[] gzipped(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aTruncatedGzipNamesTheFile() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("{\"id\": \"a")
                    .append(i)
                    .append("\", \"body\": \"word")
                    .append(i * 7919)
                    .append("\"}\n");
        }
        byte[] whole = gzipped(text.toString());
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        IOException e = assertThrows(IOException.class, () -> ids(file, ReadOptions.defaults()));
        assertEquals(file + ": truncated gzip stream (the file ends before its compressed data does)", e.getMessage());

        Path trailer = Files.write(dir.resolve("trailer.jsonl.gz"), Arrays.copyOf(whole, whole.length - 4));
        IOException t = assertThrows(IOException.class, () -> ids(trailer, ReadOptions.defaults()));
        assertTrue(t.getMessage().startsWith(trailer + ": truncated gzip stream"), t.getMessage());
    }

    @Test
    void aCorruptGzipNamesTheFile() throws IOException {
        byte[] bytes = gzipped("{\"id\": \"a\", \"body\": \"" + "words ".repeat(1000) + "\"}\n");
        for (int i = 20; i < bytes.length - 8; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Path file = Files.write(dir.resolve("bad.jsonl.gz"), bytes);
        IOException e = assertThrows(IOException.class, () -> ids(file, ReadOptions.defaults()));
        assertTrue(e.getMessage().startsWith(file + ": corrupt gzip stream ("), e.getMessage());
    }

    @Test
    void aFolderIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("articles.jsonl"));
        IOException e = assertThrows(IOException.class, () -> ids(folder, ReadOptions.defaults()));
        assertEquals("cannot read " + folder + ": it is a folder", e.getMessage());
        IOException editorial =
                assertThrows(IOException.class, () -> EditorialFile.read(folder, id -> true, ReadOptions.defaults()));
        assertEquals("cannot read " + folder + ": it is a folder", editorial.getMessage());
    }
}
