package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kindred recommend --preset sklearn} with the options of {@code peers/sklearn_topk.py} gives its lists, for
 * every golden set of {@code ../shared/golden} that has them: the same ids in the same order, scores within 1e-6; the
 * order may differ only where scikit-learn's scores tie within 2e-9 (they are rounded to 9 decimals), including at the
 * cut.
 */
class SklearnParityTest {

    private static final double SCORE = 1e-6;
    private static final double TIE = 2e-9;

    @TempDir
    Path dir;

    /** Every golden set with top-k lists, run with the command-line options it was made with. */
    @TestFactory
    Stream<DynamicTest> everyGoldenSet() throws IOException {
        Path golden = SharedData.root().resolve("golden");
        List<Path> sets;
        try (Stream<Path> s = Files.list(golden)) {
            sets = s.filter(d -> Files.exists(d.resolve("topk.jsonl.gz")))
                    .sorted()
                    .toList();
        }
        assertTrue(sets.size() >= 1, "no top-k lists in " + golden);
        return sets.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private void check(Path golden) throws IOException {
        String name = golden.getFileName().toString();
        String options = SampleTest.JSON
                .readTree(golden.resolve("config.json").toFile())
                .path("options")
                .asText();
        Path out = dir.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(List.of(
                "recommend",
                "--preset",
                "sklearn",
                "-i",
                SharedData.corpus(name.substring(0, name.indexOf("__"))).toString(),
                "-o",
                out.toString(),
                "-q"));
        if (!options.isBlank()) {
            args.addAll(List.of(options.strip().split(" +")));
        }
        long start = System.nanoTime();
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, r.exitCode(), r::toString);
        List<JsonNode> ours = jsonLines(out);
        List<JsonNode> theirs = jsonLines(golden.resolve("topk.jsonl.gz"));
        assertEquals(theirs.size(), ours.size());
        int reordered = 0;
        for (int i = 0; i < ours.size(); i++) {
            JsonNode o = ours.get(i);
            JsonNode t = theirs.get(i);
            assertEquals(t.get("id").asText(), o.get("id").asText());
            reordered += sameList(o.get("id").asText(), o.get("similar"), t.get("similar")) ? 0 : 1;
        }
        System.out.printf(
                Locale.ROOT,
                "%s [%s]: %d lists in %.2f s, %d identical in order, %d differ only inside ties%n",
                name,
                options,
                ours.size(),
                seconds,
                ours.size() - reordered,
                reordered);
    }

    /** Checks one list; returns true if the order is identical. */
    private static boolean sameList(String id, JsonNode ours, JsonNode theirs) {
        assertEquals(theirs.size(), ours.size(), id);
        boolean identical = true;
        int last = theirs.size() - 1;
        for (int i = 0; i < ours.size(); i++) {
            String ourId = ours.get(i).get("id").asText();
            double theirScore = theirs.get(i).get("score").asDouble();
            assertTrue(Math.abs(ours.get(i).get("score").asDouble() - theirScore) <= SCORE, id + " #" + i);
            if (ourId.equals(theirs.get(i).get("id").asText())) {
                continue;
            }
            identical = false;
            int j = indexOf(theirs, ourId);
            double tiedWith = j >= 0
                    ? theirs.get(j).get("score").asDouble()
                    : theirs.get(last).get("score").asDouble();
            assertTrue(
                    Math.abs(tiedWith - theirScore) <= TIE,
                    id + " #" + i + ": " + ourId + " where scikit-learn has " + theirs.get(i) + " and no tie");
        }
        return identical;
    }

    private static int indexOf(JsonNode list, String id) {
        for (int j = 0; j < list.size(); j++) {
            if (list.get(j).get("id").asText().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        var in = Files.newInputStream(file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.add(SampleTest.JSON.readTree(line));
            }
        }
        return out;
    }
}
