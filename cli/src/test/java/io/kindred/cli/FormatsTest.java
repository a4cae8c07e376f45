package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.Article;
import io.kindred.io.ArticleReader;
import io.kindred.io.Fixtures;
import io.kindred.io.InputFormat;
import io.kindred.io.ReadOptions;
import io.kindred.io.SimilarListWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample in every input format gives the same lists; every output format holds the same lists. */
class FormatsTest {

    @TempDir
    static Path dir;

    static List<Article> sample;

    @BeforeAll
    static void readSample() throws IOException {
        sample = readSampleArticles();
    }

    /** @return the articles of the built-in sample */
    static List<Article> readSampleArticles() throws IOException {
        try (ArticleReader r = ArticleReader.open(
                InputOptions.class.getResourceAsStream(InputOptions.SAMPLE), "sample.jsonl", ReadOptions.defaults())) {
            return r.readAll();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"s.jsonl", "s.ndjson", "s.json", "s.csv", "s.jsonl.gz", "s.json.gz", "s.csv.gz"})
    void everyInputFormatGivesTheSameLists(String name) throws IOException {
        String text = switch (InputFormat.fromFileName(name)) {
            case JSONL -> Fixtures.jsonLines(sample);
            case JSON -> Fixtures.jsonArray(sample);
            case CSV -> Fixtures.csv(sample);
        };
        Path file = Fixtures.write(dir, name, text);
        Cli.Result r = Cli.run("recommend", "-i", file.toString(), "-q");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(SampleTest.expected(), r.out());
    }

    @Test
    void explicitInputFormatAndStandardInput() throws IOException {
        Path file = Fixtures.write(dir, "export.txt", Fixtures.csv(sample));
        Cli.Result r = Cli.run("recommend", "-i", file.toString(), "--input-format", "csv", "-q");
        assertEquals(SampleTest.expected(), r.out(), r::toString);
        r = Cli.runWithInput(Fixtures.jsonLines(sample), "recommend", "-i", "-", "-q");
        assertEquals(SampleTest.expected(), r.out(), r::toString);
        r = Cli.runWithInput(Fixtures.jsonArray(sample), "recommend", "-i", "-", "--input-format", "json", "-q");
        assertEquals(SampleTest.expected(), r.out(), r::toString);
    }

    @Test
    void jsonOutputIsTheSameObjectsInAnArray() throws IOException {
        String lines = SampleTest.expected();
        String array = "[\n" + lines.strip().replace("\n", ",\n") + "\n]\n";
        Cli.Result r = Cli.run("recommend", "--format", "json", "-q");
        assertEquals(array, r.out(), r::toString);
        Path file = dir.resolve("lists.json");
        assertEquals(0, Cli.run("recommend", "-o", file.toString(), "-q").exitCode());
        assertEquals(array, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(0, SampleTest.JSON.readTree(array).size() - 163);
    }

    @Test
    void csvOutputHasOneRowPerPair() throws IOException {
        StringBuilder expected = new StringBuilder("id,rank,similar_id,score,cosine,title,url\n");
        for (String line : SampleTest.expected().split("\n")) {
            JsonNode list = SampleTest.JSON.readTree(line);
            int rank = 1;
            for (JsonNode s : list.get("similar")) {
                String score = SimilarListWriter.formatScore(s.get("score").asDouble()) + ","
                        + SimilarListWriter.formatScore(s.get("cosine").asDouble());
                expected.append(list.get("id").asText())
                        .append(',')
                        .append(rank++)
                        .append(',')
                        .append(s.get("id").asText())
                        .append(',')
                        .append(score)
                        .append(',')
                        .append(csv(s.get("title").asText()))
                        .append(',')
                        .append(csv(s.get("url").asText()))
                        .append('\n');
            }
        }
        Path file = dir.resolve("lists.csv");
        Cli.Result r = Cli.run("recommend", "-o", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(expected.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(r.err().contains("163 lists written to " + file + " in "), r.err());
        assertEquals(
                expected.toString(),
                Cli.run("recommend", "--format", "csv", "-q").out());
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @Test
    void gzipOutputAndExplicitFormatOverTheName() throws IOException {
        Path gz = dir.resolve("lists.jsonl.gz");
        assertEquals(0, Cli.run("recommend", "-o", gz.toString(), "-q").exitCode());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertEquals(SampleTest.expected(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path csvNamed = dir.resolve("really-jsonl.csv");
        assertEquals(
                0,
                Cli.run("recommend", "-o", csvNamed.toString(), "--format", "jsonl", "-q")
                        .exitCode());
        assertEquals(SampleTest.expected(), Files.readString(csvNamed, StandardCharsets.UTF_8));
    }

    @Test
    void topKAndMinScoreShortenTheListsWithoutBackfilling() throws IOException {
        // a pure filter: the list without it, cut where the score falls below the minimum
        Cli.Result r = Cli.run("recommend", "-k", "3", "--min-score", "1.5", "-q");
        assertEquals(0, r.exitCode(), r::toString);
        String[] all = SampleTest.expected().split("\n");
        String[] some = r.out().split("\n");
        assertEquals(all.length, some.length);
        int shorter = 0;
        for (int i = 0; i < all.length; i++) {
            JsonNode full = SampleTest.JSON.readTree(all[i]).get("similar");
            JsonNode cut = SampleTest.JSON.readTree(some[i]).get("similar");
            int expected = 0;
            while (expected < 3 && full.get(expected).get("score").asDouble() >= 1.5) {
                expected++;
            }
            assertEquals(expected, cut.size(), all[i]);
            for (int j = 0; j < expected; j++) {
                assertEquals(full.get(j), cut.get(j));
            }
            shorter += expected < 3 ? 1 : 0;
        }
        assertTrue(shorter > 10, "the threshold shortens some lists: " + shorter);
    }
}
