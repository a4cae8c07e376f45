package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end on the built-in sample, for both presets with each policy option alone and all of them together: every
 * list is in score order, and {@code --min-score S} prints the list without it, cut where the score falls below S,
 * entry for entry. (Every combination of the options is checked in core, {@code ScoreIsTheRankTest}.)
 */
class MinScoreTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"news", "sklearn"})
    void minScoreOnlyCutsWhateverThePolicy(String preset) throws IOException {
        Path editorial = Files.writeString(dir.resolve("editorial-" + preset + ".jsonl"), """
            {"article": "*", "boost": "chip-merger-03", "factor": 1.8}
            {"article": "*", "pin": "mars-probe-04", "position": 2}
            {"article": "*", "block": "chip-merger-05"}
            """, StandardCharsets.UTF_8);
        List<List<String>> options = List.of(
                List.of(),
                List.of("--exclude-ids", "chip-merger-02,mars-probe-03"),
                List.of("--exclude-sections", "sport"),
                List.of("--past-only"),
                List.of("--window-days", "60"),
                List.of("--editorial", editorial.toString()),
                List.of("--feedback", preset.equals("news") ? "none" : "2,3"),
                List.of("--latent-dims", preset.equals("news") ? "0" : "8"),
                List.of("--decay-half-life-days", "30"),
                List.of("--dedup-threshold", "0.5"),
                List.of("--mmr-lambda", "0.7"));
        List<String> all = options.stream().flatMap(List::stream).toList();
        List<List<String>> runs = new ArrayList<>(options);
        runs.add(all);
        for (List<String> policy : runs) {
            List<String> args = new ArrayList<>(List.of("recommend", "-q", "-k", "6", "--preset", preset));
            args.addAll(policy);
            List<JsonNode> lists = lists(args);
            double[] scores = lists.stream()
                    .flatMap(l -> l.findValues("score").stream())
                    .mapToDouble(JsonNode::asDouble)
                    .sorted()
                    .toArray();
            // halfway between the median and the next lower printed score, so that rounding cannot decide
            int median = scores.length / 2;
            int lower = median;
            while (lower > 0 && scores[lower] == scores[median]) {
                lower--;
            }
            double min = (scores[lower] + scores[median]) / 2;
            args.addAll(List.of("--min-score", String.format(Locale.ROOT, "%.9f", min)));
            List<JsonNode> cut = lists(args);
            int dropped = 0;
            for (int q = 0; q < lists.size(); q++) {
                JsonNode list = lists.get(q);
                JsonNode full = list.get("similar");
                int keep = 0;
                for (int x = 0; x < full.size(); x++) {
                    double score = full.get(x).get("score").asDouble();
                    assertTrue(x == 0 || score <= full.get(x - 1).get("score").asDouble(), policy + ": in score order");
                    keep += score >= min && keep == x ? 1 : 0;
                }
                JsonNode kept = cut.get(q).get("similar");
                assertEquals(keep, kept.size(), () -> policy + ": " + list);
                for (int x = 0; x < keep; x++) {
                    assertEquals(full.get(x), kept.get(x), policy.toString());
                }
                dropped += full.size() - keep;
            }
            assertTrue(dropped > 0, policy + ": the minimum cuts some lists");
        }
    }

    private static List<JsonNode> lists(List<String> args) throws IOException {
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        List<JsonNode> out = new ArrayList<>();
        for (String line : Arrays.asList(r.out().split("\n"))) {
            out.add(SampleTest.JSON.readTree(line));
        }
        return out;
    }
}
