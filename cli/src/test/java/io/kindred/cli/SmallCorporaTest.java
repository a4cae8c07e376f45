package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * recommend with the default preset on corpora of 1, 2, 3 and 5 articles (below the size from which the news preset's
 * document-frequency limits apply): sensible lists, never an error; limits given on the command line stay exact.
 */
class SmallCorporaTest {

    /** Two stories (a, b: a storm; c, d: an election), and e, which shares only "won" with c. */
    private static final List<String> ARTICLES = List.of(
            "{\"id\": \"a\", \"title\": \"Storm hits coast\", \"body\": \"A strong storm hit the northern coast"
                    + " overnight, flooding roads.\"}",
            "{\"id\": \"b\", \"title\": \"Coast cleanup begins\", \"body\": \"Volunteers began cleaning the northern"
                    + " coast after the storm.\"}",
            "{\"id\": \"c\", \"title\": \"Election results\", \"body\": \"The mayor won the election with a large"
                    + " majority.\"}",
            "{\"id\": \"d\", \"title\": \"Mayor plans budget\", \"body\": \"The mayor presented a budget after"
                    + " winning the election.\"}",
            "{\"id\": \"e\", \"title\": \"Chess championship\", \"body\": \"A teenager won the national chess"
                    + " championship.\"}");

    @TempDir
    Path dir;

    private Path corpus(int n) throws IOException {
        return Files.writeString(
                dir.resolve(n + ".jsonl"), String.join("\n", ARTICLES.subList(0, n)) + "\n", StandardCharsets.UTF_8);
    }

    /** Each article's list, id to cosine, in order. */
    private Map<String, Map<String, Double>> recommend(int n) throws IOException {
        Cli.Result r = Cli.run("recommend", "-i", corpus(n).toString(), "-q");
        assertEquals(0, r.exitCode(), r::toString);
        return Cli.lists(r.out(), "cosine");
    }

    private static Map<String, List<String>> ids(Map<String, Map<String, Double>> lists) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        lists.forEach((id, list) -> ids.put(id, new ArrayList<>(list.keySet())));
        return ids;
    }

    @Test
    void oneArticle() throws IOException {
        assertEquals(Map.of("a", List.of()), ids(recommend(1)));
    }

    @Test
    void twoAndThreeArticles() throws IOException {
        Map<String, Map<String, Double>> two = recommend(2);
        assertEquals(Map.of("a", List.of("b"), "b", List.of("a")), ids(two));
        double cosine = two.get("a").get("b");
        assertTrue(
                cosine > 0 && cosine < 0.5, "they share storm, coast, northern; each has words of its own: " + cosine);
        Map<String, Map<String, Double>> three = recommend(3);
        assertEquals(Map.of("a", List.of("b"), "b", List.of("a"), "c", List.of()), ids(three));
    }

    @Test
    void fiveArticles() throws IOException {
        Map<String, Map<String, Double>> five = recommend(5);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("a", List.of("b"));
        expected.put("b", List.of("a"));
        expected.put("c", List.of("d", "e"));
        expected.put("d", List.of("c"));
        expected.put("e", List.of("c"));
        assertEquals(expected, ids(five));
        five.values().forEach(list -> list.values().forEach(s -> assertTrue(s < 0.5, list.toString())));
    }

    @Test
    void limitsGivenOnTheCommandLineAreScikitLearns() throws IOException {
        Cli.Result r = Cli.run("recommend", "-i", corpus(2).toString(), "-q", "--min-df", "2");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(
                r.err().startsWith("kindred: --min-df, --max-df: max_df (0.5, 1.0 of 2 documents) is below min_df"),
                r.err());
    }
}
