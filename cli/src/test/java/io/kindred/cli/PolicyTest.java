package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.ArticleReader;
import io.kindred.io.ReadOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ranking policy from the command line, on a small corpus written here, with {@code --preset sklearn} (no
 * re-ranking of its own, so that each policy's effect is alone): expected lists are derived by hand from the plain
 * lists and from exact cosines computed through the library.
 */
class PolicyTest {

    /**
     * q and candidates sharing "sanctions court hague judges" with it to decreasing degrees; dup is a wire copy of q;
     * dates in days from 2026-01-01 (u has none).
     */
    static final String CORPUS = """
      {"id": "q", "body": "sanctions court hague judges", "date": "2026-01-11", "section": "world"}
      {"id": "a", "body": "sanctions court hague judges appeal", "date": "2026-01-13", "section": "world"}
      {"id": "dup", "body": "sanctions court hague judges", "date": "2026-01-11", "section": "wire"}
      {"id": "b", "body": "sanctions court hague", "date": "2026-01-06", "section": "opinion"}
      {"id": "c", "body": "sanctions court", "date": "2026-01-10", "section": "world"}
      {"id": "d", "body": "sanctions weather", "date": "2025-01-02", "section": "world"}
      {"id": "u", "body": "court football", "section": "sport"}
      {"id": "z", "body": "unrelated markets", "date": "2026-01-11", "section": "business"}
      """;

    @TempDir
    Path dir;

    Path corpus;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.writeString(dir.resolve("news.jsonl"), CORPUS, StandardCharsets.UTF_8);
    }

    /** Runs recommend with --preset sklearn; returns each article's list as id to score, in order. */
    private Map<String, Map<String, Double>> recommend(String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("recommend", "-i", corpus.toString(), "-q", "--preset", "sklearn"));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return Cli.lists(r.out(), "score");
    }

    private List<String> ids(Map<String, Double> list) {
        return List.copyOf(list.keySet());
    }

    /** Exact cosines of the corpus under the sklearn preset. */
    private double cosine(String x, String y) throws IOException {
        List<Article> articles;
        try (ArticleReader r = ArticleReader.open(corpus, ReadOptions.defaults())) {
            articles = r.readAll();
        }
        SimilarityIndex index = SimilarityIndex.build(articles, Preset.SKLEARN.vectorizer(), 1);
        return index.vectors().row(index.ordinal(x)).dot(index.vectors().row(index.ordinal(y)));
    }

    @Test
    void plainLists() throws IOException {
        // dup is identical to q; b shares 3 of its 4 words, a all 4 but has a fifth; then fewer and fewer shared
        // words (d and u tie: input order)
        assertEquals(List.of("dup", "b", "a", "c", "d", "u"), ids(recommend().get("q")));
    }

    @Test
    void exclusionsOfIdsAndSections() throws IOException {
        Map<String, Map<String, Double>> lists =
                recommend("--exclude-ids", "dup,c", "--exclude-sections", "opinion,sport");
        assertEquals(List.of("a", "d"), ids(lists.get("q")));
        for (Map<String, Double> list : lists.values()) {
            for (String excluded : List.of("dup", "c", "b", "u")) {
                assertFalse(list.containsKey(excluded), excluded);
            }
        }
        assertFalse(lists.get("b").isEmpty(), "excluded articles still get their lists");
    }

    @Test
    void pastOnlyAndWindow() throws IOException {
        // a (2 days later) goes; so does dup (the same day, no time: not before q); the undated u passes the date rules
        assertEquals(List.of("b", "c", "d", "u"), ids(recommend("--past-only").get("q")));
        // d is a year away
        assertEquals(
                List.of("dup", "b", "a", "c", "u"),
                ids(recommend("--window-days", "30").get("q")));
        assertEquals(
                List.of("c", "u"),
                ids(recommend("--window-days", "1", "--past-only").get("q")));
    }

    @Test
    void undatedArticlesDropped() throws IOException {
        Map<String, Map<String, Double>> drop = recommend("--past-only", "--undated", "drop");
        assertEquals(List.of("b", "c", "d"), ids(drop.get("q")), "u is never recommended");
        assertEquals(List.of(), ids(drop.get("u")), "no article is known to be before u");
        assertEquals(
                ids(recommend().get("u")),
                ids(recommend("--past-only", "--undated", "keep").get("u")));
        assertEquals(
                List.of("dup", "b", "a", "c"),
                ids(recommend("--window-days", "30", "--undated", "drop").get("q")));
        Map<String, Double> decayed =
                recommend("--decay-half-life-days", "2", "--undated", "drop").get("q");
        assertFalse(decayed.containsKey("u"));
        assertEquals(5, decayed.size());
    }

    @Test
    void theSummaryCountsUndatedArticlesUnderADatePolicy() throws IOException {
        Cli.Result dated = Cli.run("recommend", "-i", corpus.toString(), "--past-only");
        assertEquals(0, dated.exitCode(), dated::toString);
        assertTrue(dated.err().startsWith("kindred: 8 articles, 1 undated, "), dated.err());
        Cli.Result plain = Cli.run("recommend", "-i", corpus.toString());
        assertTrue(
                plain.err().startsWith("kindred: 8 articles, ") && !plain.err().contains("undated"), plain.err());
        Cli.Result similar = Cli.run("similar", "-i", corpus.toString(), "--id", "q", "--window-days", "3");
        assertTrue(similar.err().contains("(corpus: 8 articles, 1 undated, "), similar.err());
    }

    @Test
    void aDatePolicyOnACorpusWithoutDatesIsWarnedAbout() throws IOException {
        Path undated = Files.writeString(
                dir.resolve("undated.jsonl"), CORPUS.replaceAll(", \"date\": \"[0-9-]+\"", ""), StandardCharsets.UTF_8);
        Cli.Result keep =
                Cli.run("recommend", "-i", undated.toString(), "-q", "--past-only", "--decay-half-life-days", "2");
        assertEquals(0, keep.exitCode(), keep::toString);
        assertEquals(
                "kindred: --past-only, --decay-half-life-days: no article of " + undated
                        + " has a date (field \"date\"), so no list changes\n",
                keep.err());
        Cli.Result drop =
                Cli.run("recommend", "-i", undated.toString(), "-q", "--window-days", "2", "--undated", "drop");
        assertEquals(
                "kindred: --window-days with --undated drop: no article of " + undated
                        + " has a date (field \"date\"), so every list is empty\n",
                drop.err());
        assertFalse(drop.out().contains("\"score\""), drop.out());
        Cli.Result none = Cli.run("recommend", "-i", undated.toString(), "-q");
        assertEquals("", none.err(), "no date policy, no warning");
    }

    @Test
    void decayMultipliesByTheFactorOfTheDistanceInDays() throws IOException {
        Map<String, Double> plain = recommend().get("q");
        Map<String, Double> exponential =
                recommend("--decay-half-life-days", "2").get("q");
        Map<String, Double> gaussian =
                recommend("--decay-half-life-days", "2", "--decay", "gaussian").get("q");
        // a is 2 days away, b 5, c 1, d 374 (2025-01-02 to 2026-01-11), u undated, dup 0
        double[][] cases = {{2, 0}, {5, 0}, {1, 0}};
        String[] ids = {"a", "b", "c"};
        for (int i = 0; i < ids.length; i++) {
            double days = cases[i][0];
            assertEquals(plain.get(ids[i]) * Math.pow(0.5, days / 2), exponential.get(ids[i]), 2e-6, ids[i]);
            assertEquals(
                    plain.get(ids[i]) * Math.pow(0.5, (days / 2) * (days / 2)), gaussian.get(ids[i]), 2e-6, ids[i]);
        }
        assertEquals(plain.get("dup"), exponential.get("dup"), 1e-9);
        assertEquals(plain.get("u"), exponential.get("u"), 1e-9, "undated: not decayed");
        assertEquals(List.of("dup", "c", "a", "u", "b"), ids(gaussian).subList(0, 5));
    }

    @Test
    void minScoreShortensListsWithoutBackfilling() throws IOException {
        Map<String, Double> plain = recommend().get("q");
        double threshold = (plain.get("b") + plain.get("c")) / 2;
        Map<String, Double> cut =
                recommend("--min-score", Double.toString(threshold)).get("q");
        assertEquals(List.of("dup", "b", "a"), ids(cut));
        assertEquals(
                List.of("dup", "b"),
                ids(recommend("--min-score", Double.toString(threshold), "-k", "2")
                        .get("q")));
    }

    @Test
    void nearDuplicatesOfTheArticleOrOfAHigherPickAreDropped() throws IOException {
        // dup has cosine 1 with q: dropped from q's list; in a's list, q comes first and dup, its copy, is dropped
        Map<String, Map<String, Double>> lists = recommend("--dedup-threshold", "0.9");
        assertEquals(List.of("b", "a", "c", "d", "u"), ids(lists.get("q")));
        assertEquals(1.0, cosine("q", "dup"), 1e-12);
        assertTrue(cosine("a", "q") < 0.9);
        assertEquals(List.of("q", "b", "c", "d", "u"), ids(lists.get("a")));
    }

    @Test
    void mmrTradesRelevanceForDiversity() throws IOException {
        // without dup, q's list is b, a, c, d, u; with λ = 0.5 each next pick maximises 0.5·score − 0.5·(its highest
        // cosine with the picks so far): b, then a, then d (c is too close to b), then u, then c
        Map<String, Double> plain = recommend("--exclude-ids", "dup").get("q");
        assertEquals(List.of("b", "a", "c", "d", "u"), ids(plain));
        double aAfterB = 0.5 * plain.get("a") - 0.5 * cosine("a", "b");
        double cAfterB = 0.5 * plain.get("c") - 0.5 * cosine("c", "b");
        double dAfterB = 0.5 * plain.get("d") - 0.5 * cosine("d", "b");
        assertTrue(aAfterB > dAfterB && dAfterB > cAfterB, aAfterB + " " + dAfterB + " " + cAfterB);
        double cAfterD = 0.5 * plain.get("c") - 0.5 * Math.max(cosine("c", "b"), cosine("c", "d"));
        double uAfterD = 0.5 * plain.get("u") - 0.5 * Math.max(cosine("u", "b"), cosine("u", "d"));
        assertTrue(uAfterD > cAfterD, uAfterD + " " + cAfterD);
        Map<String, Double> mmr =
                recommend("--exclude-ids", "dup", "--mmr-lambda", "0.5").get("q");
        assertEquals(List.of("b", "a", "d", "u", "c"), ids(mmr));
        // each entry's score is its marginal value when it was chosen
        assertEquals(0.5 * plain.get("b"), mmr.get("b"), 2e-6);
        assertEquals(aAfterB, mmr.get("a"), 2e-6);
        assertEquals(0.5 * plain.get("d") - 0.5 * Math.max(cosine("d", "b"), cosine("d", "a")), mmr.get("d"), 2e-6);
        assertEquals(
                0.5 * plain.get("c")
                        - 0.5
                                * Math.max(
                                        Math.max(cosine("c", "b"), cosine("c", "a")),
                                        Math.max(cosine("c", "d"), cosine("c", "u"))),
                mmr.get("c"),
                2e-6);
        assertEquals(
                ids(plain),
                ids(recommend("--exclude-ids", "dup", "--mmr-lambda", "1").get("q")));
    }

    @Test
    void editorialPinsBoostsAndBlocks() throws IOException {
        Path editorial = Files.writeString(dir.resolve("editorial.jsonl"), """
            {"article": "q", "pin": "z", "position": 2}
            {"article": "q", "boost": "d", "factor": 10}
            {"article": "*", "boost": "a", "factor": 0.1}
            {"article": "*", "block": "dup"}
            """, StandardCharsets.UTF_8);
        Map<String, Double> plain = recommend().get("q");
        Map<String, Map<String, Double>> lists = recommend("--editorial", editorial.toString());
        Map<String, Double> q = lists.get("q");
        // dup blocked; d × 10 first; z pinned at 2 with the score of b below it; a × 0.1 buried below u
        assertEquals(List.of("d", "z", "b", "c", "u", "a"), ids(q));
        assertEquals(plain.get("d") * 10, q.get("d"), 2e-6);
        assertEquals(q.get("b"), q.get("z"));
        assertEquals(plain.get("a") * 0.1, q.get("a"), 2e-6);
        for (Map<String, Double> list : lists.values()) {
            assertFalse(list.containsKey("dup"));
        }
        assertEquals("b", ids(lists.get("c")).get(0), "other lists are not changed by q's overrides");
    }

    @Test
    void editorialFileErrorsNameTheLineAndNothingIsWritten() throws IOException {
        Path editorial = Files.writeString(
                dir.resolve("editorial.jsonl"),
                "{\"article\": \"q\", \"block\": \"dup\"}\n{\"article\": \"q\", \"pin\": \"nope\", \"position\": 1}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        Cli.Result r = Cli.run(
                "recommend", "-i", corpus.toString(), "-o", out.toString(), "--editorial", editorial.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: " + editorial + ":2:25: field \"pin\": no article with id \"nope\" in the corpus\n", r.err());
        assertFalse(Files.exists(out));

        r = Cli.run(
                "recommend",
                "-i",
                corpus.toString(),
                "-q",
                "--preset",
                "sklearn",
                "--editorial",
                editorial.toString(),
                "--skip-invalid");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(
                "kindred: skipped " + editorial + ":2:25: field \"pin\": no article with id \"nope\" in the corpus\n"
                        + "kindred: skipped 1 invalid override of " + editorial + "\n",
                r.err());
        assertFalse(r.out().split("\n")[0].contains("\"dup\""), "the valid block applies");

        r = Cli.run(
                "recommend",
                "-i",
                corpus.toString(),
                "--editorial",
                dir.resolve("none.jsonl").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: no such file: " + dir.resolve("none.jsonl") + "\n", r.err());
    }

    @Test
    void explanationsSumToTheCosineAndTheScore() throws IOException {
        for (String preset : List.of("sklearn", "news")) {
            Cli.Result r = Cli.run(
                    "recommend",
                    "-i",
                    corpus.toString(),
                    "-q",
                    "--preset",
                    preset,
                    "--explain",
                    "2",
                    "--min-df",
                    "1",
                    "--max-df",
                    "1.0");
            assertEquals(0, r.exitCode(), r::toString);
            int explained = 0;
            int rankingSteps = 0;
            for (String line : r.out().split("\n")) {
                JsonNode o = SampleTest.JSON.readTree(line);
                for (JsonNode s : o.get("similar")) {
                    JsonNode e = s.get("explain");
                    double sum = e.get("rest").asDouble();
                    assertTrue(e.get("terms").size() <= 2);
                    for (JsonNode t : e.get("terms")) {
                        sum += t.get("contribution").asDouble();
                    }
                    double cosine = e.get("cosine").asDouble();
                    assertEquals(cosine, sum, 3e-6, line);
                    assertEquals(s.get("cosine").asDouble(), cosine, 0.0, line);
                    double score = cosine;
                    for (JsonNode c : e.get("ranking")) {
                        score += c.get("contribution").asDouble();
                    }
                    assertEquals(s.get("score").asDouble(), score, 5e-6, "cosine + ranking = score: " + line);
                    rankingSteps += e.get("ranking").size();
                    if (preset.equals("sklearn")) {
                        assertEquals(
                                s.get("score").asDouble(), cosine, 1e-9, "without re-ranking the score is the cosine");
                        assertEquals(cosine(o.get("id").asText(), s.get("id").asText()), cosine, 1e-6);
                    }
                    explained++;
                }
            }
            assertTrue(explained > 20, preset);
            assertEquals(preset.equals("news"), rankingSteps > 0, preset + ": the news preset re-ranks");
        }
        Cli.Result csv = Cli.run(
                "similar",
                "-i",
                corpus.toString(),
                "--id",
                "q",
                "-q",
                "--preset",
                "sklearn",
                "--explain",
                "1",
                "--format",
                "csv",
                "-k",
                "1");
        assertTrue(
                csv.out()
                        .matches("id,rank,similar_id,score,cosine,title,url,explain,ranking\n"
                                + "q,1,dup,1\\.000000,1\\.000000,,,[a-z]+:0\\.\\d{6,},\n"),
                csv::toString);
    }
}
