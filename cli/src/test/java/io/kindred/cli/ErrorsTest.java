package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.concurrent.Workers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors name the place, through the real CLI: oversized records, damaged gzip, folders, contradictory options. */
class ErrorsTest {

    @TempDir
    Path dir;

    private static String corpus(int articles) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            s.append("{\"id\": \"a")
                    .append(i)
                    .append("\", \"title\": \"court ruling ")
                    .append(i % 7)
                    .append("\", \"body\": \"judges appeal sanctions word")
                    .append(i % 5)
                    .append("\"}\n");
        }
        return s.toString();
    }

    @Test
    void aRecordOverTheLimitNamesItsLineTheLimitAndTheOption() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        Files.writeString(
                file,
                corpus(30) + "{\"id\": \"big\", \"body\": \"" + "y".repeat(2000) + "\"}\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("recommend", "-q", "-i", file.toString(), "--max-record-size", "1k");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: " + file + ":31: the record is longer than the limit of 1,024 characters (1 KiB); raise the"
                        + " limit with --max-record-size, e.g. --max-record-size 4k\n",
                r.err());
        Cli.Result raised = Cli.run("recommend", "-q", "-i", file.toString(), "--max-record-size", "4K");
        assertEquals(0, raised.exitCode(), raised::toString);
        assertEquals(31, raised.out().lines().count());

        Cli.Result bad = Cli.run("recommend", "-i", file.toString(), "--max-record-size", "12x");
        assertEquals(2, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("--max-record-size"), bad::toString);
    }

    @Test
    void aTruncatedGzipIsNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(corpus(500).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 100));
        Cli.Result r = Cli.run("recommend", "-q", "-i", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: " + file + ": truncated gzip stream (the file ends before its compressed data does)\n",
                r.err());
    }

    @Test
    void foldersAreNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("in.jsonl"));
        Path plain = Files.createDirectory(dir.resolve("data"));
        String[][] runs = {
            {"recommend", "-i", folder.toString()},
            {"recommend", "-i", plain.toString()},
            {"recommend", "--editorial", folder.toString()},
            {"similar", "--article", folder.toString()},
            {"evaluate", "--judgments", folder.toString()},
        };
        for (String[] args : runs) {
            Cli.Result r = Cli.run(args);
            String path = args[args.length - 1];
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("kindred: cannot read " + path + ": it is a folder\n", r.err(), r::toString);
        }
        Cli.Result out = Cli.run("recommend", "-o", plain.toString());
        assertEquals(1, out.exitCode(), out::toString);
        assertEquals("kindred: cannot write " + plain + ": it is a folder\n", out.err());
    }

    @Test
    void contradictoryOptionsNameBoth() {
        // each run, then the two options its message must name
        String[][][] runs = {
            {{"recommend", "--input-format", "csv"}, {"--input-format", "--input"}},
            {{"similar", "--id", "x", "--article", "a.json"}, {"--id", "--article"}},
            {{"recommend", "--text-fields", "title", "--field-weights", "title=2"}, {"--text-fields", "--field-weights"}
            },
            {{"recommend", "--weighting", "tfidf", "--bm25-b", "0.5"}, {"--bm25-b", "tfidf"}},
            {{"recommend", "--analyzer", "sklearn", "--stemmer", "porter"}, {"--stemmer", "sklearn"}},
            {{"recommend", "--feedback", "none", "--feedback-weight", "0.5"}, {"--feedback-weight", "--feedback"}},
            {{"recommend", "--latent-dims", "0", "--latent-weight", "0.3"}, {"--latent-weight", "--latent-dims"}},
            {{"recommend", "--decay", "gaussian"}, {"--decay", "--decay-half-life-days"}},
            {{"recommend", "--min-df", "5", "--max-df", "2"}, {"--min-df", "--max-df"}},
        };
        for (String[][] run : runs) {
            Cli.Result r = Cli.run(run[0]);
            assertEquals(2, r.exitCode(), r::toString);
            String first = r.err().lines().findFirst().orElseThrow();
            for (String named : run[1]) {
                assertTrue(first.contains(named), named + " in " + first);
            }
        }
        Cli.Result r = Cli.run("recommend", "--input-format", "csv");
        assertEquals(
                "kindred: --input-format needs --input: the built-in sample is JSON Lines",
                r.err().lines().findFirst().orElseThrow());
    }

    @Test
    void threadsAboveTwiceTheCoresAreCappedWithANote() {
        int cores = Workers.availableCores();
        String note = "kindred: --threads " + (2 * cores + 1) + " is more than twice the " + cores + " cores: using "
                + (2 * cores) + " threads\n";
        for (String quiet : new String[] {"-q", "--top-k=10"}) {
            Cli.Result r = Cli.run("recommend", quiet, "--threads", Integer.toString(2 * cores + 1));
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith(note), r::toString);
            assertEquals(Cli.run("recommend", "-q").out(), r.out());
        }
        Cli.Result twice = Cli.run("recommend", "-q", "--threads", Integer.toString(2 * cores));
        assertEquals("", twice.err());
    }

    @Test
    void theProgressBarShowsEveryPhase() throws IOException {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, corpus(300), StandardCharsets.UTF_8);
        Cli.Result r = Cli.runOnTerminal(
                "recommend", "-i", file.toString(), "-o", dir.resolve("o.jsonl").toString());
        assertEquals(0, r.exitCode(), r::toString);
        for (String phase : new String[] {"reading ", "fitting ", "scoring ", "writing "}) {
            assertTrue(r.err().contains("\r  " + phase), phase + " in " + r.err());
        }
    }
}
