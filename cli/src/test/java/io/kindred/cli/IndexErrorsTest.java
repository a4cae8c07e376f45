package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code kindred index} and {@code --index}: usage errors exit 2 naming the option, failures exit 1 naming the file;
 * options that would change a stored index's model are refused with both values of each setting they change.
 */
class IndexErrorsTest {

    @TempDir
    static Path shared;

    /** A news index of the sample, read by the tests that do not change it. */
    static Path index;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        index = shared.resolve("idx");
        Cli.Result r = Cli.run("index", "build", "-d", index.toString(), "-q");
        assertEquals(0, r.exitCode(), r::toString);
    }

    private static Cli.Result run(String... args) {
        List<String> all = new ArrayList<>();
        for (String a : args) {
            all.add(a.equals("IDX") ? index.toString() : a);
        }
        return Cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest(name = "[{index}] kindred {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
          recommend --index IDX --min-df 3 => --min-df would change the model the index IDX was fitted with (weighting.min_df: stored 2, requested 3; weighting.df_limits_from: stored 10, requested 0)
          recommend --index IDX --min-df 2 => --min-df would change the model the index IDX was fitted with (weighting.df_limits_from: stored 10, requested 0)
          recommend --index IDX --analyzer sklearn => --analyzer would change the model the index IDX was fitted with (analysis.kind: stored english, requested sklearn; analysis.word_weight: stored 3, requested 1)
          recommend --index IDX --latent-dims 50 => --latent-dims would change the model the index IDX was fitted with (policy.latent.dims: stored 100, requested 50)
          recommend --index IDX --latent-dims 0 => --latent-dims would change the model the index IDX was fitted with (policy.latent.dims: stored 100, requested none)
          similar --index IDX --id cup-final-03 --text-fields title => --text-fields would change the model the index IDX was fitted with (fields: stored [text=1.0], requested [title=1.0])
          recommend --index IDX --weighting bm25 --stop-words english => --weighting would change the model the index IDX was fitted with (weighting.scheme: stored tfidf, requested bm25;
          recommend --index IDX --preset sklearn => --preset would change the model the index IDX was fitted with (analysis.kind: stored english, requested sklearn;
          recommend --index IDX -i x.jsonl => --input and --index are two sources of articles: give one
          recommend --index IDX --input-format csv => --input-format and --index are two sources of articles: give one
          recommend --index IDX --min-score -1 => --min-score: min score must be a finite number >= 0, was -1.0
          index build -d IDX/new --editorial e.jsonl => --editorial: an index does not store the editors' overrides; give them to recommend --index or similar --index
          index build => Missing required option: '--dir=DIR'
          index add -d IDX => missing --input: the articles to add
          index delete -d IDX => Error: Missing required argument (specify one of these): (--ids=ID
          index delete -d IDX --ids a --ids-file f => Error: --ids=ID, --ids-file=FILE are mutually exclusive (specify only one)
          index info -d IDX --format xml => Invalid value for option '--format': expected one of text, json, was 'xml'
          index => missing command: build, add, delete, refit, info, verify or help
          """)
    void usageErrors(String args, String message) {
        Cli.Result r = run(args.split(" "));
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("kindred: " + message.replace("IDX", index.toString())), r::toString);
        assertTrue(r.err().contains("Try 'kindred "), r::toString);
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @CsvSource({
        "index --help",
        "help index",
        "index add --help",
        "index help delete",
        "index refit --help",
        "index info --help",
        "index verify --help"
    })
    void helpWithExamplesExitsZero(String args) {
        Cli.Result r = Cli.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: kindred index"), r.out());
        assertTrue(r.out().contains("Example"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void requestTimeOptionsThatKeepTheModelAreAllowed() {
        // the stored values, given again; and options of the ranking that apply per request
        Cli.Result r = run(
                "recommend",
                "--index",
                "IDX",
                "--preset",
                "news",
                "--analyzer",
                "english",
                "--latent-dims",
                "100",
                "--latent-weight",
                "2",
                "--feedback",
                "none",
                "-q");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(163, r.out().split("\n").length);
    }

    @Test
    void aNonEmptyFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("index", "build", "-d", dir.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: index folder " + dir + " is not empty\n", r.err());
    }

    @Test
    void aFolderWithoutAnIndex() {
        for (String[] args : List.of(
                new String[] {"recommend", "--index", dir.toString()},
                new String[] {"index", "info", "-d", dir.toString()},
                new String[] {"index", "verify", "-d", dir.toString()},
                new String[] {"index", "add", "-d", dir.toString(), "-i", "-"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("kindred: no live index at " + dir + ": no commit_N file\n", r.err(), r::toString);
        }
    }

    @Test
    void badIdsFiles() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = run("index", "delete", "-d", "IDX", "--ids-file", missing.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no such file: " + missing + "\n", r.err());
        r = run("index", "delete", "-d", "IDX", "--ids-file", dir.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + dir + ": a folder, not a file of ids\n", r.err());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'a', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        r = run("index", "delete", "-d", "IDX", "--ids-file", latin1.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + latin1 + ":2: not UTF-8 text\n", r.err());
        assertEquals(163, articles());
    }

    private static int articles() {
        Cli.Result r = run("index", "info", "-d", "IDX", "--format", "json");
        assertEquals(0, r.exitCode(), r::toString);
        return Integer.parseInt(r.out().replaceAll("(?s).*\"articles\" : (\\d+),.*", "$1"));
    }

    /** A flipped byte in any file of a commit is found, named, and stops every command that opens the index. */
    @Test
    void verifyNamesADamagedFile() throws IOException {
        Path idx = dir.resolve("idx");
        assertEquals(0, Cli.run("index", "build", "-d", idx.toString(), "-q").exitCode());
        Cli.Result clean = Cli.run("index", "verify", "-d", idx.toString());
        assertEquals(0, clean.exitCode(), clean::toString);
        assertEquals("ok\n", clean.out());
        Path vectors;
        try (Stream<Path> files = Files.list(idx)) {
            vectors = files.filter(f -> f.getFileName().toString().startsWith("vectors_"))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(vectors);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(vectors, bytes);
        Cli.Result damaged = Cli.run("index", "verify", "-d", idx.toString());
        assertEquals(1, damaged.exitCode(), damaged::toString);
        String[] lines = damaged.out().split("\n");
        assertEquals(1, lines.length, damaged.out());
        assertTrue(lines[0].startsWith("index file " + vectors + " is corrupt: "), damaged.out());
        Cli.Result recommend = Cli.run("recommend", "--index", idx.toString());
        assertEquals(1, recommend.exitCode(), recommend::toString);
        assertTrue(recommend.err().startsWith("kindred: index file " + vectors + " is corrupt: "), recommend.err());
        assertEquals("", recommend.out());
    }
}
