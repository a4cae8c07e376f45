package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invalid input end to end: the run stops at the first invalid record with exit code 1 and a message naming file, line,
 * column and field; nothing is written and an existing output stays as it was; with --skip-invalid the records are
 * reported, counted and skipped. (Every message of every case is tested in the io module.)
 */
class InvalidInputTest {

    @TempDir
    Path dir;

    private static final String GOOD =
            "{\"id\": \"g%d\", \"title\": \"Court ruling %d\", \"body\": \"The court ruled on sanctions again.\"}\n";

    /** A corpus of good articles with a bad record on the given line. */
    private Path corpus(String name, int badLine, byte[] bad) throws IOException {
        Path file = dir.resolve(name);
        StringBuilder before = new StringBuilder();
        for (int i = 1; i < badLine; i++) {
            before.append(String.format(java.util.Locale.ROOT, GOOD, i, i));
        }
        byte[] head = before.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = String.format(java.util.Locale.ROOT, "\n" + GOOD, badLine + 1, badLine + 1)
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(file, all);
        return file;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
          {"id": "b", "title": "x" "body": "y"}  | 3:26: bad JSON: Unexpected character ('"' (code 34)): was expecting comma to separate Object entries
          {"title": "no id"}                     | 3:1: field "id": required but missing
          {"id": "g1"}                           | 3:8: field "id": duplicate id "g1" (first on line 1)
          {"id": "b", "title": {"x": 1}}         | 3:22: field "title": expected a string, got an object
          {"id": "b", "tags": "a,b"}             | 3:21: field "tags": expected an array of strings, got a string "a,b"
          {"id": "b", "date": "2025-13-01"}      | 3:21: field "date": expected an ISO-8601 date such as 2025-01-31 or date-time such as 2025-01-31T09:30:00Z, got "2025-13-01"
          {"id": "b", "body": "caf\\xE9"}        | 3:25: field "body": invalid UTF-8 (0xE9)
          """)
    void theFirstInvalidRecordFailsTheRunAndWritesNothing(String bad, String message) throws IOException {
        Path input = corpus("in.jsonl", 3, bytes(bad.strip()));
        Path output = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run("recommend", "-i", input.toString(), "-o", output.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + input + ":" + message + "\n", r.err());
        assertEquals("", r.out());
        assertEquals(List.of("in.jsonl"), files());
    }

    @Test
    void csvRowWithTheWrongNumberOfFields() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "id,title,body\na,t,b\nb,t\nc,t,b\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("recommend", "-i", input.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + input + ":3: expected 3 fields as in the header, got 2\n", r.err());
    }

    @Test
    void aRunThatFailsMidWayLeavesTheExistingOutputAndNoTemporaryFile() throws IOException {
        Path input = corpus("in.jsonl", 2000, bytes("{\"id\": \"late\", \"title\": 7}"));
        Path output = dir.resolve("out.jsonl");
        Files.writeString(output, "previous lists\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("recommend", "-i", input.toString(), "-o", output.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + input + ":2000:25: field \"title\": expected a string, got a number (7)\n", r.err());
        assertEquals("previous lists\n", Files.readString(output, StandardCharsets.UTF_8));
        assertEquals(List.of("in.jsonl", "out.jsonl"), files());
    }

    @Test
    void anOutputThatCannotBeCreatedFailsBeforeAnyWork() throws IOException {
        Path missing = dir.resolve("no/such/folder/out.jsonl");
        Cli.Result r = Cli.run("recommend", "-o", missing.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: cannot write " + missing + ": cannot create a temporary file in " + missing.getParent()
                        + " (no such folder)\n",
                r.err());
        r = Cli.run("recommend", "-o", dir.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: cannot write " + dir + ": it is a folder\n", r.err());
        assertEquals(List.of(), files());
    }

    @Test
    void skipInvalidReportsEachRecordAndTheCount() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(
                input,
                String.format(java.util.Locale.ROOT, GOOD, 1, 1)
                        + "{\"id\": \"b1\", \"title\": [\"x\"]}\n"
                        + String.format(java.util.Locale.ROOT, GOOD, 2, 2)
                        + "not json\n"
                        + "{\"id\": \"g1\"}\n"
                        + String.format(java.util.Locale.ROOT, GOOD, 3, 3),
                StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run(
                "recommend", "-i", input.toString(), "-o", output.toString(), "--skip-invalid", "--preset", "sklearn");
        assertEquals(0, r.exitCode(), r::toString);
        String[] err = r.err().split("\n");
        assertEquals(5, err.length, r.err());
        assertEquals("kindred: skipped " + input + ":2:23: field \"title\": expected a string, got an array", err[0]);
        assertEquals(
                "kindred: skipped " + input
                        + ":4:1: bad JSON: Unrecognized token 'not': was expecting (JSON String, Number,"
                        + " Array, Object or token 'null', 'true' or 'false')",
                err[1]);
        assertEquals("kindred: skipped " + input + ":5:8: field \"id\": duplicate id \"g1\" (first on line 1)", err[2]);
        assertEquals("kindred: skipped 3 invalid records of " + input, err[3]);
        assertTrue(err[4].startsWith("kindred: 3 articles, "), err[4]);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(
                lines.get(0).startsWith("{\"id\": \"g1\", \"similar\": [{\"id\": \"g2\", \"score\": "), lines.get(0));
    }

    @Test
    void skipInvalidStillStopsWhenTheRestCannotBeRead() throws IOException {
        Path input = dir.resolve("in.json");
        Files.writeString(input, "[{\"id\": \"a\"}, {\"id\": \"b\",}, {\"id\": \"c\"}]", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("recommend", "-i", input.toString(), "--skip-invalid");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: " + input
                        + ":1:26: bad JSON: Unexpected character ('}' (code 125)): was expecting double-quote to"
                        + " start field name\n",
                r.err());
    }

    @Test
    void dataErrorsExitOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("recommend", "-i", empty.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no articles in " + empty + "\n", r.err());

        r = Cli.run("recommend", "-i", dir.resolve("missing.jsonl").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no such file: " + dir.resolve("missing.jsonl") + "\n", r.err());

        r = Cli.run("recommend", "--stop-words", "english", "-i", "-", "-q");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no articles in (standard input)\n", r.err());
    }

    @Test
    void limitsThatContradictEachOtherForThisCorpusAreAUsageErrorNamingTheOptions() {
        // a count and a proportion: only the corpus (the sample's 163 articles) tells that 0.5 is below 200
        Cli.Result r = Cli.run("recommend", "--min-df", "200", "--max-df", "0.5");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(
                "kindred: --min-df, --max-df: max_df (0.5, 81.5 of 163 documents) is below min_df (200, 200.0)\n"
                        + "Try 'kindred recommend --help' for more information.\n",
                r.err());
    }

    /** The string with "\\xNN" escapes turned into raw bytes. */
    private static byte[] bytes(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\x", i)) {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.writeBytes(String.valueOf(s.charAt(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
