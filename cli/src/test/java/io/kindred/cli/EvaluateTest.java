package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred evaluate} end to end: the table, the JSON keys and values, judgments, comparison, the report. */
class EvaluateTest {

    @TempDir
    Path dir;

    /** The corpus of {@link PolicyTest} with labels in a field "topic" (a string with bars, or an array). */
    private Path labelled() throws IOException {
        String[] topics = {
            "\"icc\"",
            "\"appeals\"",
            "\"icc\"",
            "[\"opinion\", \"icc\"]",
            "\"appeals|icc\"",
            "\"weather\"",
            "\"sport\"",
            null
        };
        StringBuilder text = new StringBuilder();
        String[] lines = PolicyTest.CORPUS.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            text.append(topics[i] == null ? line : line.replace("}", ", \"topic\": " + topics[i] + "}"))
                    .append('\n');
        }
        return Files.writeString(dir.resolve("labelled.jsonl"), text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertEquals(0, r.exitCode(), r::toString);
        return SampleTest.JSON.readTree(r.out());
    }

    @Test
    void handComputedMetricsWithMultipleLabels() throws IOException {
        // --preset sklearn, k = 2, lists (see PolicyTest): q: dup b; a: q dup; dup: q b; b: q dup; c: b q; d: c b;
        // u: c b; z: none. Topics: q icc, a appeals, dup icc, b opinion+icc, c appeals+icc, d weather, u sport, z none
        // (no query). P@2: q 1, a 0, dup 1, b 1, c 1, d 0, u 0 -> 4/7; coverage 7/8 (z's list is empty).
        // R (the others sharing a topic): q 3 (dup b c), a 1 (c), dup 3, b 3, c 4, d 0, u 0. AP@2 and nDCG@2 over the
        // five queries with R > 0: q 1, a 0, dup 1, b 1, c 1 -> 4/5. Per topic: icc (q dup b c) 1, appeals (a c) 1/2.
        JsonNode o = json(Cli.run(
                "evaluate",
                "-i",
                labelled().toString(),
                "--label-field",
                "topic",
                "--preset",
                "sklearn",
                "-k",
                "2",
                "--format",
                "json",
                "-q"));
        assertEquals(2, o.get("k").asInt());
        assertEquals(8, o.get("articles").asInt());
        assertEquals(7, o.get("queries").asInt());
        assertEquals(4.0 / 7, o.get("precision_at_k").asDouble(), 1e-6);
        assertEquals(0.8, o.get("map_at_k").asDouble(), 1e-6);
        assertEquals(0.8, o.get("ndcg_at_k").asDouble(), 1e-6);
        assertEquals(0.875, o.get("coverage").asDouble(), 1e-6);
        assertEquals(1, o.get("list_length_histogram").get("0").asInt());
        assertEquals(7, o.get("list_length_histogram").get("2").asInt());
        assertEquals(1.0, o.get("per_label").get("icc").get("precision_at_k").asDouble(), 1e-6);
        assertEquals(4, o.get("per_label").get("icc").get("queries").asInt());
        assertEquals(
                0.5, o.get("per_label").get("appeals").get("precision_at_k").asDouble(), 1e-6);
    }

    @Test
    void theTableOnTheSampleAgreesWithRecommendsLists() throws IOException {
        // precision@10 of story agreement, computed here from recommend's golden output
        Map<String, String> story = new HashMap<>();
        try (InputStream in = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode a = SampleTest.JSON.readTree(line);
                story.put(a.get("id").asText(), a.get("story").asText());
            }
        }
        double sum = 0;
        for (String line : SampleTest.expected().split("\n")) {
            JsonNode list = SampleTest.JSON.readTree(line);
            String mine = story.get(list.get("id").asText());
            for (JsonNode s : list.get("similar")) {
                sum += mine.equals(story.get(s.get("id").asText())) ? 0.1 : 0;
            }
        }
        String precision = String.format(Locale.ROOT, "%.6f", sum / story.size());
        Cli.Result r = Cli.run("evaluate", "--label-field", "story");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("kindred evaluate: (built-in sample), preset news, k = 10\n"), r.out());
        assertTrue(r.out().contains("\n  precision@10     " + precision + "\n"), precision + "\n" + r.out());
        assertTrue(r.out().contains("\n  coverage         1.000000   (163 of 163 lists have 10 articles)\n"), r.out());
        assertTrue(r.out().contains("\n  10: 163\n"), r.out());
        assertTrue(r.out().contains("\n  icc-sanctions            10 "), r.out());
        assertTrue(r.err().startsWith("kindred: 163 articles evaluated in "), r.err());
    }

    @Test
    void jsonKeysJudgmentsAndComparison() throws IOException {
        Path corpus = labelled();
        // exact cosines with q (PolicyTest): dup 1, b 0.7955, a 0.7665, c 0.5921, z 0. Judgments 4 2 3 1 0 swap b and
        // a:
        // ρ = 1 − 6·(1 + 1) / (5·24) = 0.9; τ = (9 − 1) / 10 = 0.8
        Path judgments = Files.writeString(dir.resolve("judged.jsonl"), """
            {"id1": "q", "id2": "dup", "score": 4}
            {"id1": "q", "id2": "b", "score": 2}
            {"id1": "a", "id2": "q", "score": 3}
            {"id1": "q", "id2": "c", "score": 1}
            {"id1": "z", "id2": "q", "score": 0}
            """, StandardCharsets.UTF_8);
        JsonNode o = json(Cli.run(
                "evaluate",
                "-i",
                corpus.toString(),
                "--label-field",
                "topic",
                "--preset",
                "sklearn",
                "--judgments",
                judgments.toString(),
                "--compare",
                "--preset sklearn --exclude-ids 'dup'",
                "--format",
                "json",
                "-q"));
        for (String key : List.of(
                "k",
                "articles",
                "label_field",
                "preset",
                "queries",
                "precision_at_k",
                "map_at_k",
                "ndcg_at_k",
                "coverage",
                "list_length_histogram",
                "per_label",
                "spearman",
                "kendall",
                "judged_pairs",
                "compare")) {
            assertTrue(o.has(key), key);
        }
        assertEquals(0.9, o.get("spearman").asDouble(), 1e-6);
        assertEquals(0.8, o.get("kendall").asDouble(), 1e-6);
        assertEquals(5, o.get("judged_pairs").asInt());
        JsonNode c = o.get("compare");
        assertEquals("--preset sklearn --exclude-ids 'dup'", c.get("options").asText());
        JsonNode alone = json(Cli.run(
                "evaluate",
                "-i",
                corpus.toString(),
                "--label-field",
                "topic",
                "--preset",
                "sklearn",
                "--exclude-ids",
                "dup",
                "--format",
                "json",
                "-q"));
        for (String key : List.of("precision_at_k", "map_at_k", "ndcg_at_k", "coverage")) {
            assertEquals(alone.get(key).asDouble(), c.get(key).asDouble(), key);
        }
        assertEquals(
                o.get("precision_at_k").asDouble() - c.get("precision_at_k").asDouble(),
                c.get("precision_difference").asDouble(),
                2e-6);
        assertEquals(7, c.get("pairs").asInt());
        assertTrue(c.get("exact").asBoolean());
        double p = c.get("p_value").asDouble();
        assertTrue(p > 0 && p <= 1, "p = " + p);
    }

    @Test
    void htmlReportIsOnePageWithChartsWrittenAtomically() throws IOException {
        Path report = dir.resolve("report.html");
        Cli.Result r = Cli.run(
                "evaluate", "--label-field", "story", "--report", report.toString(), "--compare", "--preset sklearn");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().endsWith("; report written to " + report + "\n"), r.err());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        assertTrue(html.endsWith("</html>\n"));
        assertTrue(html.contains("<svg"));
        assertTrue(html.contains("aria-label=\"histogram of the scores\""));
        assertTrue(html.contains("aria-label=\"precision per label\""));
        assertTrue(
                html.contains("<th class=\"label\" title=\"icc-sanctions\">icc-sanctions</th>"), "full name on hover");
        assertTrue(html.contains("--preset sklearn"));
        for (String section :
                List.of("metrics", "settings", "scores", "labels", "examples", "best", "worst", "lengths")) {
            assertTrue(html.contains(" id=\"" + section + "\">"), section);
        }
        assertEquals(2, count(html, "aria-label=\"histogram of the scores\""), "one histogram per configuration");
        assertTrue(html.contains("<h2 id=\"settings\">Settings that differ</h2>"));
        assertTrue(html.contains("in bins of 0.05; both configurations on the same axes.</p>"));
        assertTrue(html.contains(
                "<tr><td>--analyzer</td><td class=\"text\">english</td><td class=\"text\">sklearn</td>" + "</tr>"));
        assertFalse(html.contains("<td>--norm</td>"), "the same in both");
        // 5 best and 5 worst lists per configuration, 10 entries each
        assertEquals(20, count(html, "<div class=\"example\">"));
        assertEquals(200, count(html, "<li title="));
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("src=") || html.contains("href=") || html.contains("url("), "no external resource");

        // a run that fails after the report was opened leaves the old report as it was, and no temporary file
        Path judgments = Files.writeString(dir.resolve("bad.jsonl"), "{\"id1\": \"x\"}\n", StandardCharsets.UTF_8);
        r = Cli.run(
                "evaluate",
                "--label-field",
                "story",
                "--report",
                report.toString(),
                "--judgments",
                judgments.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("kindred: " + judgments + ":1:1: field \"id2\": required but missing\n", r.err());
        assertEquals(html, Files.readString(report, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("bad.jsonl", "report.html"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void usageErrorsAndFailures() throws IOException {
        List<String[]> usage = new ArrayList<>();
        usage.add(new String[] {"--label-field", "title"});
        usage.add(new String[] {"--compare", "--bogus"});
        usage.add(new String[] {"--compare", "--preset 'sklearn"});
        usage.add(new String[] {"--compare", "--mmr-lambda 3"});
        usage.add(new String[] {"--format", "xml"});
        List<String> messages = List.of(
                "--label-field: 'title' cannot be a label field: use category (or section), tags, source, "
                        + "language or any"
                        + " other field of the input, such as story",
                "--compare \"--bogus\": Unknown option: '--bogus'",
                "--compare \"--preset 'sklearn\": unterminated single quote",
                "--compare \"--mmr-lambda 3\": --mmr-lambda: MMR lambda must be in (0, 1], was 3.0",
                "Invalid value for option '--format': expected one of table, json, was 'xml'");
        for (int i = 0; i < usage.size(); i++) {
            List<String> args = new ArrayList<>(List.of("evaluate"));
            args.addAll(List.of(usage.get(i)));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals(
                    "kindred: " + messages.get(i) + "\nTry 'kindred evaluate --help' for more information.\n", r.err());
        }
        Cli.Result r = Cli.run("evaluate", "--label-field", "desk");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: no article of (built-in sample) has a label in the field \"desk\"; choose the field with"
                        + " --label-field, or give --judgments\n",
                r.err());
    }

    /** {@link PolicyTest#CORPUS} without its sections: no article has a label in any field. */
    private Path unlabelled() throws IOException {
        return Files.writeString(
                dir.resolve("unlabelled.jsonl"),
                PolicyTest.CORPUS.replaceAll(", \"section\": \"[a-z]+\"", ""),
                StandardCharsets.UTF_8);
    }

    /** The judgments of {@link #jsonKeysJudgmentsAndComparison}. */
    private Path judged() throws IOException {
        return Files.writeString(dir.resolve("judged.jsonl"), """
            {"id1": "q", "id2": "dup", "score": 4}
            {"id1": "q", "id2": "b", "score": 2}
            {"id1": "a", "id2": "q", "score": 3}
            {"id1": "q", "id2": "c", "score": 1}
            {"id1": "z", "id2": "q", "score": 0}
            """, StandardCharsets.UTF_8);
    }

    @Test
    void judgmentsAloneOnACorpusWithoutLabels() throws IOException {
        Path corpus = unlabelled();
        assertFalse(Files.readString(corpus, StandardCharsets.UTF_8).contains("section"));
        String[] args = {
            "evaluate",
            "-i",
            corpus.toString(),
            "--preset",
            "sklearn",
            "-k",
            "2",
            "--judgments",
            judged().toString(),
            "-q"
        };
        // ρ 0.9 and τ 0.8 as in jsonKeysJudgmentsAndComparison; Pearson of the cosines 1, 0.7955, 0.7665, 0.5921, 0
        // with 4, 2, 3, 1, 0: means 0.63082 and 2, Σdxdy = 3.7383, Σdx² = 0.59778, Σdy² = 10: r = 3.7383 /
        // sqrt(5.9778) = 0.9019 (the cosines to four decimals, hence the tolerance)
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(
                r.out()
                        .contains("\n8 articles; label metrics skipped: no article has a label in the field"
                                + " \"category\" (choose the field with --label-field)\n"),
                r.out());
        assertTrue(r.out().contains("\n  coverage         0.875000   (7 of 8 lists have 2 articles)\n"), r.out());
        assertTrue(
                r.out().contains("\njudgments: 5 pairs, Spearman 0.900000, Kendall 0.800000, Pearson 0.90"), r.out());
        assertFalse(r.out().contains("precision@"), r.out());

        List<String> compared = new ArrayList<>(List.of(args));
        compared.addAll(List.of("--compare", "--preset sklearn --stop-words english"));
        r = Cli.run(compared.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n  coverage         0.875000   0.875000   +0.000000\n  Spearman "), r.out());
        assertTrue(
                r.out()
                        .contains("\n  settings that differ:\n" + " ".repeat(23) + "this   other\n"
                                + "    --stop-words       none   english\n"),
                r.out());
        assertFalse(r.out().contains("Wilcoxon"), r.out());

        List<String> json = new ArrayList<>(List.of(args));
        json.addAll(List.of("--format", "json", "--compare", "--preset sklearn --stop-words english"));
        JsonNode o = json(Cli.run(json.toArray(String[]::new)));
        assertEquals(0, o.get("queries").asInt());
        assertEquals(
                "no article has a label in the field \"category\"",
                o.get("label_metrics_skipped").asText());
        for (String key : List.of("precision_at_k", "map_at_k", "ndcg_at_k")) {
            assertTrue(o.get(key).isNull(), key);
            assertTrue(o.get("compare").get(key).isNull(), key);
        }
        assertEquals(0, o.get("per_label").size());
        assertEquals(0.875, o.get("coverage").asDouble(), 1e-6);
        assertEquals(0.9, o.get("spearman").asDouble(), 1e-6);
        assertEquals(0.8, o.get("kendall").asDouble(), 1e-6);
        assertEquals(0.9019, o.get("pearson").asDouble(), 1e-3);
        assertEquals(5, o.get("judged_pairs").asInt());
        JsonNode c = o.get("compare");
        assertTrue(c.get("precision_difference").isNull());
        for (String key : List.of("pairs", "differing_pairs", "test", "p_value", "exact")) {
            assertFalse(c.has(key), key);
        }
        assertEquals(5, c.get("judged_pairs").asInt());
        assertEquals("none", o.get("settings").get("--stop-words").asText());
        assertEquals("english", c.get("settings").get("--stop-words").asText());

        Path report = dir.resolve("report.html");
        json.addAll(List.of("--report", report.toString()));
        assertEquals(0, Cli.run(json.toArray(String[]::new)).exitCode());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("label metrics skipped: no article has a label in the field &quot;category&quot;."));
        assertTrue(html.contains("<tr><td>Pearson r</td>"));
        assertEquals(2, count(html, "aria-label=\"histogram of the scores\""));
        assertTrue(html.contains("<tr><td>--stop-words</td><td class=\"text\">none</td><td class=\"text\">english"));
        for (String section : List.of("labels", "examples", "best", "worst")) {
            assertFalse(html.contains(" id=\"" + section + "\">"), section);
        }
    }

    @Test
    void aReportOfOneConfigurationHasEverySetting() throws IOException {
        Path report = dir.resolve("one.html");
        Cli.Result r = Cli.run(
                "evaluate",
                "-i",
                unlabelled().toString(),
                "--preset",
                "sklearn",
                "--judgments",
                judged().toString(),
                "--report",
                report.toString(),
                "-q");
        assertEquals(0, r.exitCode(), r::toString);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2 id=\"settings\">Settings</h2>"));
        assertEquals(23, count(html, "</td><td class=\"text\">"), "every setting");
        assertTrue(html.contains("<tr><td>--analyzer</td><td class=\"text\">sklearn</td></tr>"));
        assertEquals(1, count(html, "aria-label=\"histogram of the scores\""));
        assertFalse(html.contains("both configurations"));
    }

    @Test
    void neitherLabelsNorJudgments() throws IOException {
        Path corpus = unlabelled();
        Cli.Result r = Cli.run("evaluate", "-i", corpus.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(
                "kindred: no article of " + corpus + " has a label in the field \"category\"; choose the field with"
                        + " --label-field, or give --judgments\n",
                r.err());
    }

    @Test
    void theReportEscapesTitlesLabelsAndOptions() throws IOException {
        String nasty = "<b>\\\"Q&A\\\" 'quoted'</b>";
        Path corpus =
                Files.writeString(dir.resolve("nasty.jsonl"), """
            {"id": "x<1>", "title": "NASTY", "body": "sanctions court hague", "category": "NASTY"}
            {"id": "y&2", "title": "NASTY two", "body": "sanctions court hague judges", "category": "NASTY"}
            {"id": "z", "title": "plain", "body": "markets", "category": "other"}
            """.replace("NASTY", nasty), StandardCharsets.UTF_8);
        Path report = dir.resolve("nasty.html");
        Cli.Result r = Cli.run(
                "evaluate",
                "-i",
                corpus.toString(),
                "--preset",
                "sklearn",
                "-k",
                "1",
                "--report",
                report.toString(),
                "--compare",
                "--preset sklearn --exclude-ids '<x>&\"'",
                "-q");
        assertEquals(0, r.exitCode(), r::toString);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        String escaped = "&lt;b&gt;&quot;Q&amp;A&quot; &#39;quoted&#39;&lt;/b&gt;";
        assertTrue(html.contains("<th class=\"label\" title=\"" + escaped + "\">" + escaped + "</th>"), html);
        assertTrue(html.contains(">" + escaped + " two <span class=\"score\">"), "an entry's title");
        assertTrue(html.contains("title=\"x&lt;1&gt;\""), "an id");
        assertTrue(html.contains("title=\"y&amp;2\""), "an id");
        assertTrue(html.contains("--preset sklearn --exclude-ids &#39;&lt;x&gt;&amp;&quot;&#39;"), "the options");
        assertTrue(html.contains("<td class=\"text\">ids=[&lt;x&gt;&amp;&quot;]</td>"), "a setting");
        assertFalse(html.contains("<b>\"Q") || html.contains("</b>\""), "no markup from the input");
        assertFalse(html.contains("Q&A"), "no bare ampersand");
    }

    @Test
    void leeJudgmentsMatchScikitLearn() throws IOException {
        // ../shared/corpora/lee2005-similarity/README.md: scikit-learn's TfidfVectorizer cosine against the human
        // scores of the 1,225 pairs of the 50 documents, IDF fitted on them: defaults Pearson 0.445, Spearman 0.236;
        // English stop words 0.559, 0.274. --preset sklearn reproduces scikit-learn's vectors.
        Path lee = SharedData.corpus("lee2005-similarity");
        String pairs = lee.resolveSibling("pairs.jsonl").toString();
        JsonNode o = json(Cli.run(
                "evaluate",
                "-i",
                lee.toString(),
                "--judgments",
                pairs,
                "--preset",
                "sklearn",
                "--compare",
                "--preset sklearn --stop-words english",
                "--format",
                "json",
                "-q"));
        assertEquals(50, o.get("articles").asInt());
        assertEquals(0, o.get("queries").asInt());
        assertEquals(1225, o.get("judged_pairs").asInt());
        assertEquals(0.445, o.get("pearson").asDouble(), 5e-4);
        assertEquals(0.236, o.get("spearman").asDouble(), 5e-4);
        assertEquals(0.559, o.get("compare").get("pearson").asDouble(), 5e-4);
        assertEquals(0.274, o.get("compare").get("spearman").asDouble(), 5e-4);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
