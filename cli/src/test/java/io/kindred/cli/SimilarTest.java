package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred similar}: an article of the corpus by id, or new articles given as JSON. */
class SimilarTest {

    @TempDir
    Path dir;

    /** @return the line of recommend's expected output for the id */
    private static String recommendLine(String id) throws IOException {
        for (String line : SampleTest.expected().split("\n")) {
            if (line.startsWith("{\"id\": \"" + id + "\"")) {
                return line + "\n";
            }
        }
        throw new AssertionError("no list for " + id);
    }

    @Test
    void byIdGivesTheSameListAsRecommend() throws IOException {
        Cli.Result r = Cli.run("similar", "--id", "icc-sanctions-01", "--id", "cup-final-03");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(recommendLine("icc-sanctions-01") + recommendLine("cup-final-03"), r.out());
        assertTrue(r.err().startsWith("kindred: 2 lists written to standard output in "), r.err());
    }

    @Test
    void anArticleOfTheCorpusGivenAsJsonGetsItsOwnListWithoutItself() throws IOException {
        JsonNode a = null;
        for (String line : new String(
                        InputOptions.class
                                .getResourceAsStream(InputOptions.SAMPLE)
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .split("\n")) {
            if (line.contains("\"id\": \"mars-probe-04\"")) {
                a = SampleTest.JSON.readTree(line);
            }
        }
        Cli.Result r = Cli.runWithInput(a.toString(), "similar", "--article", "-", "-q");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(recommendLine("mars-probe-04"), r.out());
    }

    @Test
    void aNewArticleFromAFile() throws IOException {
        Path draft = dir.resolve("draft.json");
        Files.writeString(
                draft,
                "{\"id\": \"draft-1\", \"title\": \"Tessera probe returns Deimos sample to Earth\","
                        + " \"body\": \"The ESA-JAXA Tessera capsule carrying grams of the Martian moon "
                        + "Deimos landed safely.\"}",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("similar", "--article", draft.toString(), "-k", "3", "--format", "csv", "-q");
        assertEquals(0, r.exitCode(), r::toString);
        String[] rows = r.out().split("\n");
        assertEquals(4, rows.length, r.out());
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i].startsWith("draft-1," + i + ",mars-probe-"), rows[i]);
        }
    }

    @Test
    void aNewArticleExplained() throws IOException {
        Path draft = dir.resolve("draft.jsonl");
        Files.writeString(
                draft,
                "{\"id\": \"draft-1\", \"title\": \"Tessera probe returns Deimos sample to Earth\"}\n",
                StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("similar", "--article", draft.toString(), "-k", "3", "--explain", "2", "-q");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode list = SampleTest.JSON.readTree(r.out()).get("similar");
        assertEquals(3, list.size());
        for (JsonNode s : list) {
            JsonNode e = s.get("explain");
            double sum = e.get("rest").asDouble();
            for (JsonNode t : e.get("terms")) {
                sum += t.get("contribution").asDouble();
            }
            assertTrue(e.get("cosine").asDouble() > 0, s.toString());
            assertEquals(e.get("cosine").asDouble(), sum, 3e-6, s.toString());
            assertTrue(
                    e.get("terms").get(0).get("contribution").asDouble()
                            >= e.get("terms").get(1).get("contribution").asDouble(),
                    "largest contribution first: " + s);
        }
    }

    @Test
    void errors() throws IOException {
        Cli.Result r = Cli.run("similar", "--id", "nope");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no article with id 'nope' in (built-in sample)\n", r.err());

        r = Cli.runWithInput("{\"title\": \"no id\"}", "similar", "--article", "-");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: (standard input):1:1: field \"id\": required but missing\n", r.err());

        r = Cli.runWithInput("[]", "similar", "--article", "-");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no article in (standard input)\n", r.err());
    }
}
