package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kindred index} end to end through the command line: a live index built, changed, refitted and read gives byte
 * for byte the lists of {@code kindred recommend} over the same articles, with the same options.
 */
class IndexTest {

    @TempDir
    Path dir;

    /** @return the lines of the built-in sample, one article each, in order */
    static List<String> sample() throws IOException {
        try (InputStream in = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static Cli.Result ok(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exitCode(), () -> String.join(" ", args) + ": " + r);
        return r;
    }

    private static JsonNode info(Path index) throws IOException {
        return SampleTest.JSON.readTree(
                ok("index", "info", "-d", index.toString(), "--format", "json").out());
    }

    /** The size of the folder's files, as `du -b` adds them. */
    private static long folderBytes(Path index) throws IOException {
        try (Stream<Path> files = Files.walk(index)) {
            long bytes = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(f);
            }
            return bytes;
        }
    }

    @Test
    void recommendFromAFreshIndexIsRecommendOfTheCorpus() throws IOException {
        Path index = dir.resolve("idx");
        Cli.Result built = ok("index", "build", "-d", index.toString());
        assertTrue(
                built.err().startsWith("kindred: 163 articles, 3,947 terms; index of lists of 10 written to " + index),
                built.err());
        Cli.Result r = ok("recommend", "--index", index.toString());
        assertEquals(SampleTest.expected(), r.out());
        assertTrue(r.err().startsWith("kindred: 163 articles, 3,947 terms; 163 lists written to standard output in "));
    }

    @Test
    void anotherPresetAndLengthAreStoredAndUsed() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString(), "--preset", "sklearn", "--stop-words", "english", "-k", "5");
        // no -k and no --preset: the index's own
        String stored = ok("recommend", "--index", index.toString(), "--format", "csv", "-q")
                .out();
        String fitted = ok("recommend", "--preset", "sklearn", "--stop-words", "english", "-k", "5", "--format", "csv")
                .out();
        assertEquals(fitted, stored);
        // another length is ranked from the kept neighbours: still the batch list
        assertEquals(
                ok("recommend", "--preset", "sklearn", "--stop-words", "english", "-k", "3")
                        .out(),
                ok("recommend", "--index", index.toString(), "-k", "3").out());
        JsonNode info = info(index);
        assertEquals(5, info.get("k").asInt());
        assertEquals("sklearn", info.get("preset").asText());
        assertEquals(
                "\"english\"", info.get("settings").get("analysis.stop_words").asText());
    }

    @Test
    void requestTimePoliciesGiveTheListsOfTheSamePoliciesOverTheCorpus() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString());
        String[] policies = {
            "--past-only",
            "--dedup-threshold",
            "0.5",
            "--mmr-lambda",
            "0.7",
            "--min-score",
            "1.2",
            "--latent-weight",
            "2",
            "--exclude-sections",
            "sport",
            "-k",
            "5",
            "--explain",
            "2"
        };
        List<String> fromIndex = new ArrayList<>(List.of("recommend", "--index", index.toString()));
        fromIndex.addAll(List.of(policies));
        List<String> fromCorpus = new ArrayList<>(List.of("recommend"));
        fromCorpus.addAll(List.of(policies));
        String expected = ok(fromCorpus.toArray(String[]::new)).out();
        assertTrue(expected.contains("\"explain\""));
        assertEquals(expected, ok(fromIndex.toArray(String[]::new)).out());
    }

    @Test
    void editorialOverridesApplyPerRequest() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString());
        Path editorial = write(
                "editorial.jsonl",
                List.of(
                        "{\"article\": \"icc-sanctions-01\", \"pin\": \"cup-final-03\", \"position\": 1}",
                        "{\"article\": \"*\", \"block\": \"icc-sanctions-02\"}"));
        String expected = ok("recommend", "--editorial", editorial.toString()).out();
        assertTrue(
                expected.contains("{\"id\": \"icc-sanctions-01\", \"similar\": [{\"id\": \"cup-final-03\""), expected);
        assertTrue(!expected.contains("\"id\": \"icc-sanctions-02\", \"score\""), expected);
        assertEquals(
                expected,
                ok("recommend", "--index", index.toString(), "--editorial", editorial.toString())
                        .out());
    }

    @Test
    void similarByIdAndForANewArticle() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString());
        assertEquals(
                ok("similar", "--id", "icc-sanctions-01", "--id", "cup-final-03", "-k", "4")
                        .out(),
                ok(
                                "similar",
                                "--index",
                                index.toString(),
                                "--id",
                                "icc-sanctions-01",
                                "--id",
                                "cup-final-03",
                                "-k",
                                "4")
                        .out());
        Path draft = write(
                "draft.jsonl",
                List.of("{\"id\": \"draft-1\", \"title\": \"Tessera probe returns Deimos sample to Earth\","
                        + " \"body\": \"The capsule carrying grams of the Martian moon landed safely.\"}"));
        String expected =
                ok("similar", "--article", draft.toString(), "--explain", "3").out();
        assertTrue(expected.startsWith("{\"id\": \"draft-1\", \"similar\": [{\"id\": \"mars-probe-"), expected);
        assertEquals(
                expected,
                ok("similar", "--index", index.toString(), "--article", draft.toString(), "--explain", "3")
                        .out());
        Cli.Result unknown = Cli.run("similar", "--index", index.toString(), "--id", "nope");
        assertEquals(1, unknown.exitCode(), unknown::toString);
        assertEquals("kindred: no article with id 'nope' in the index " + index + "\n", unknown.err());
    }

    /**
     * Build on 150 articles, add the other 13 (one of them replacing a stored article), delete two and an unknown id,
     * refit: the index then lists exactly what recommend lists over the live articles; info counts each step.
     */
    @Test
    void buildAddDeleteRefitThenRecommendIsRecommendOfTheLiveArticles() throws IOException {
        List<String> sample = sample();
        Path first = write("first.jsonl", sample.subList(0, 150));
        String replacement = sample.get(3).replace("\"title\": \"", "\"title\": \"Corrected: ");
        assertTrue(!replacement.equals(sample.get(3)));
        List<String> rest = new ArrayList<>(sample.subList(150, 163));
        rest.add(replacement);
        Path more = write("more.jsonl", rest);
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString(), "-i", first.toString(), "-q");
        JsonNode built = info(index);
        assertEquals(150, built.get("articles").asInt());
        assertEquals(0, built.get("generation").asInt());
        assertEquals(0, built.get("changes_since_fit").asInt());
        assertEquals(folderBytes(index), built.get("bytes").asLong());

        Cli.Result added = ok("index", "add", "-d", index.toString(), "-i", more.toString());
        assertTrue(
                added.err().startsWith("kindred: 13 articles added, 1 replaced in " + index + " (now 163) in "),
                added.err());
        JsonNode afterAdd = info(index);
        assertEquals(163, afterAdd.get("articles").asInt());
        assertEquals(14, afterAdd.get("generation").asInt());
        assertEquals(14, afterAdd.get("changes_since_fit").asInt());
        assertEquals(150, afterAdd.get("fitted_articles").asInt());
        assertTrue(afterAdd.get("unknown_term_share").asDouble() > 0, afterAdd::toString);

        String id1 = SampleTest.JSON.readTree(sample.get(10)).get("id").asText();
        String id2 = SampleTest.JSON.readTree(sample.get(155)).get("id").asText();
        Cli.Result deleted = ok("index", "delete", "-d", index.toString(), "--ids", id1 + ",no-such-id," + id2);
        assertEquals(
                "kindred: 1 id is not in the index " + index + ": no-such-id\n",
                deleted.err().substring(0, deleted.err().indexOf('\n') + 1));
        assertTrue(deleted.err().contains("kindred: 2 articles deleted from " + index + " (now 161) in "));
        assertEquals(16, info(index).get("generation").asInt());

        ok("index", "refit", "-d", index.toString(), "-q");
        JsonNode refitted = info(index);
        assertEquals(17, refitted.get("generation").asInt());
        assertEquals(0, refitted.get("changes_since_fit").asInt());
        assertEquals(1, refitted.get("fits").asInt());
        assertEquals(161, refitted.get("fitted_articles").asInt());

        List<String> live = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            if (i != 10 && i != 155) {
                live.add(i == 3 ? replacement : sample.get(i));
            }
        }
        Path corpus = write("live.jsonl", live);
        Cli.Result expected = ok("recommend", "-i", corpus.toString());
        String terms = expected.err().substring(0, expected.err().indexOf(" terms;"));
        assertEquals(
                terms.substring(terms.lastIndexOf(' ') + 1),
                String.format(
                        java.util.Locale.ROOT, "%,d", refitted.get("terms").asInt()));
        assertEquals(
                expected.out(), ok("recommend", "--index", index.toString()).out());
        assertEquals("ok\n", ok("index", "verify", "-d", index.toString()).out());
    }

    @Test
    void infoAsText() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString(), "-q");
        String out = ok("index", "info", "-d", index.toString()).out();
        assertTrue(
                out.startsWith("index       " + index + "\narticles    163\nterms       3,947\nlists       of 10,"
                        + " preset news\ngeneration  0 (committed 0)\nlast fit    "),
                out);
        assertTrue(
                out.contains("\nsince fit   0 changes; 0 terms added, 0.0% unknown; largest idf change 0.0%\n"
                        + "size        " + String.format(java.util.Locale.ROOT, "%,d", folderBytes(index)) + " bytes\n"
                        + "settings\n  name = \"news\"\n"),
                out);
    }

    @Test
    void addSkipsInvalidRecordsWhenAskedAndAcceptsAnEmptyBatch() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString(), "-q");
        Path bad = write(
                "bad.jsonl",
                List.of(
                        "{\"id\": \"new-1\", \"title\": \"Court hears ICC appeal\"}",
                        "{\"id\": \"new-2\", \"title\": {\"oops\": 1}}",
                        "{\"id\": \"new-3\", \"title\": \"Cup final goes to extra time\"}"));
        Cli.Result strict = Cli.run("index", "add", "-d", index.toString(), "-i", bad.toString());
        assertEquals(1, strict.exitCode(), strict::toString);
        assertTrue(strict.err().startsWith("kindred: " + bad + ":2:"), strict.err());
        assertEquals(163, info(index).get("articles").asInt());
        Cli.Result skipping = ok("index", "add", "-d", index.toString(), "-i", bad.toString(), "--skip-invalid");
        assertTrue(skipping.err().contains("kindred: skipped 1 invalid record of " + bad + "\n"), skipping.err());
        assertTrue(skipping.err().contains("kindred: 2 articles added, 0 replaced in "), skipping.err());
        assertEquals(165, info(index).get("articles").asInt());
        Path empty = write("empty.jsonl", List.of());
        Cli.Result none = ok("index", "add", "-d", index.toString(), "-i", empty.toString());
        assertTrue(none.err().startsWith("kindred: 0 articles added, 0 replaced in "), none.err());
        assertEquals(2, info(index).get("generation").asInt());
    }

    @Test
    void deleteReadsAnIdsFile() throws IOException {
        Path index = dir.resolve("idx");
        ok("index", "build", "-d", index.toString(), "-q");
        Path ids = dir.resolve("ids.txt");
        Files.writeString(ids, "icc-sanctions-01\r\n\r\ncup-final-03\nicc-sanctions-01\n", StandardCharsets.UTF_8);
        Cli.Result r = ok("index", "delete", "-d", index.toString(), "--ids-file", ids.toString());
        assertTrue(r.err().startsWith("kindred: 2 articles deleted from " + index + " (now 161) in "), r.err());
        Cli.Result again = ok("index", "delete", "-d", index.toString(), "--ids-file", ids.toString(), "-q");
        assertEquals(
                "kindred: 2 ids are not in the index " + index + ": icc-sanctions-01, cup-final-03\n", again.err());
        Cli.Result stdin =
                Cli.runWithInput("mars-probe-04\n", "index", "delete", "-d", index.toString(), "--ids-file", "-");
        assertEquals(0, stdin.exitCode(), stdin::toString);
        assertEquals(160, info(index).get("articles").asInt());
    }

    /** One real corpus when ../shared is there: BBC News, 2,225 articles, 100 added, 12 deleted, refitted. */
    @Test
    void bbcNewsAfterChangesAndARefit() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = SharedData.reader(SharedData.corpus("bbc-news"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        int n = lines.size();
        Path index = dir.resolve("bbc");
        ok(
                "index",
                "build",
                "-d",
                index.toString(),
                "-i",
                write("first.jsonl", lines.subList(0, n - 100)).toString(),
                "-q");
        ok(
                "index",
                "add",
                "-d",
                index.toString(),
                "-i",
                write("last.jsonl", lines.subList(n - 100, n)).toString(),
                "-q");
        List<String> deleted = new ArrayList<>();
        List<String> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 200 == 7) {
                deleted.add(SampleTest.JSON.readTree(lines.get(i)).get("id").asText());
            } else {
                live.add(lines.get(i));
            }
        }
        Cli.Result d = ok(
                "index",
                "delete",
                "-d",
                index.toString(),
                "--ids-file",
                write("ids.txt", deleted).toString());
        assertTrue(d.err().startsWith("kindred: " + deleted.size() + " articles deleted from "), d.err());
        ok("index", "refit", "-d", index.toString(), "-q");
        assertEquals(
                ok("recommend", "-i", write("live.jsonl", live).toString(), "-q")
                        .out(),
                ok("recommend", "--index", index.toString(), "-q").out());
        assertEquals("ok\n", ok("index", "verify", "-d", index.toString()).out());
    }
}
