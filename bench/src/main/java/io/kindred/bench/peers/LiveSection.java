package io.kindred.bench.peers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The "Live index" section of RESULTS.md: issue 16's targets against the runs of {@code bench/run-live.sh}
 * ({@code live-SIZE.json}, {@code live-open-SIZE.json} from a fresh JVM, {@code live-search-SIZE.json} without a live
 * index), one column per size, then {@code live-notes.md} as written. Stateless.
 */
final class LiveSection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveSection() {}

    /** One row: a figure, its target, and how to read it from a size's results. */
    private record Row(String figure, String target, Function<Runs, String> cell) {}

    /** The results of one size. */
    private record Runs(int size, JsonNode live, JsonNode open, JsonNode search) {}

    /**
     * Appends the section if {@code dir} holds live results.
     *
     * @param md the report
     * @param dir the results folder
     * @throws IOException if a result cannot be read
     */
    static void append(StringBuilder md, Path dir) throws IOException {
        List<Runs> runs = runs(dir);
        if (runs.isEmpty()) {
            return;
        }
        md.append("## Live index\n\n| figure | target |");
        runs.forEach(r -> md.append(' ').append(size(r.size)).append(" |"));
        md.append("\n|---|---|");
        runs.forEach(r -> md.append("---:|"));
        md.append('\n');
        for (Row row : ROWS) {
            md.append("| ").append(row.figure).append(" | ").append(row.target).append(" |");
            runs.forEach(r -> md.append(' ').append(row.cell.apply(r)).append(" |"));
            md.append('\n');
        }
        JsonNode any = runs.stream()
                .map(r -> !r.live.isMissingNode() ? r.live : r.search)
                .filter(n -> !n.isMissingNode())
                .findFirst()
                .orElseThrow();
        JsonNode m = any.path("machine");
        md.append(String.format(
                Locale.ROOT,
                "\n`bench/run-live.sh`: %s, %d cores, %s, heap %.0f MiB, %d threads, preset %s, k %d, durability per"
                        + " change, git %s, %s. Latencies: raw `System.nanoTime` per call, nearest-rank percentiles"
                        + " (calls in brackets where a phase stopped at its time budget). 1M: no live index (its"
                        + " build is an all-pairs search); the unstored list through `SimilarityIndex` and"
                        + " `Recommender`, which is what a live index runs per unstored list, and one search index"
                        + " rebuild, which a delete runs.\n\n",
                m.path("cpu").asText(),
                m.path("cores").asInt(),
                m.path("jdk").asText(),
                any.path("max_heap_mib").asDouble(),
                any.path("threads").asInt(),
                any.path("preset").asText(),
                any.path("k").asInt(),
                m.path("git").asText(),
                m.path("date").asText()));
        Path notes = dir.resolve("live-notes.md");
        if (Files.isRegularFile(notes)) {
            md.append(Files.readString(notes, StandardCharsets.UTF_8).strip()).append("\n\n");
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("build (fit, all-pairs, commit)", "", r -> seconds(r.live.path("build_s"))),
            new Row("stored list p50 / p99", "≤ 50 µs / ≤ 1 ms at 1M", r -> latency(r.live.path("stored_list"))),
            new Row(
                    "unstored list p50 / p99",
                    "< 5 ms / < 20 ms at 1M",
                    r -> latency(
                            r.live.isMissingNode() ? r.search.path("unstored_list") : r.live.path("unstored_list"))),
            new Row(
                    "upsert, new article, p50 / p99",
                    "< 20 ms / < 200 ms at 100k; p50 < 100 ms at 1M",
                    r -> latency(r.live.path("upsert_new"))),
            new Row("upsert, replacement, p50 / p99", "as above", r -> latency(r.live.path("upsert_replace"))),
            new Row("delete p50 / p99", "", r -> latency(r.live.path("delete"))),
            new Row(
                    "search index rebuilt alone (a delete does one; an upsert every 256 changed rows)",
                    "",
                    r -> millis((r.live.isMissingNode() ? r.search : r.live)
                            .path("upsert_components")
                            .path("index_rebuild_median_ms"))),
            new Row(
                    "a search ranking every article (for comparison: no change runs one)",
                    "",
                    r -> millis(r.live.path("upsert_components").path("search_all_median_ms"))),
            new Row("commit (whole snapshot)", "", r -> seconds(r.live.path("commit_s"))),
            new Row("refit", "", r -> seconds(r.live.path("refit_s"))),
            new Row(
                    "open, fresh JVM (and first list)",
                    "< 5 s at 1M",
                    r -> r.open.isMissingNode()
                            ? ""
                            : seconds(r.open.path("open_s")) + " (" + seconds(r.open.path("open_and_first_list_s"))
                                    + ")"),
            new Row(
                    "heap after GC: serving / after changes / refit peak",
                    "≤ 8 GB",
                    r -> r.live.isMissingNode()
                            ? mib(r.search.path("heap_after_gc_serving_mib")) + " (index only)"
                            : mib(r.live.path("heap_after_gc_serving_mib")) + " / "
                                    + mib(r.live.path("heap_after_gc_after_changes_mib")) + " / "
                                    + mib(r.live.path("refit_peak_heap_after_gc_mib"))),
            new Row(
                    "bytes on disk (after the changes, committed)",
                    "",
                    r -> r.live.path("bytes_on_disk_after_commit").isMissingNode()
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "%.0f MiB",
                                    r.live.path("bytes_on_disk_after_commit").asDouble() / 1048576)),
            new Row(
                    "load average during the upserts (2 cores)",
                    "",
                    r -> r.live.path("upsert_new").path("loadavg_after").asText("")));

    private static List<Runs> runs(Path dir) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith("live-") && name.endsWith(".json")) {
                        String tail = name.substring(name.lastIndexOf('-') + 1, name.length() - 5);
                        int size = io.kindred.bench.corpora.BenchCorpora.parseSize(tail);
                        if (!sizes.contains(size)) {
                            sizes.add(size);
                        }
                    }
                }
            }
        }
        sizes.sort(Comparator.naturalOrder());
        List<Runs> out = new ArrayList<>();
        for (int size : sizes) {
            String s = size(size);
            out.add(new Runs(
                    size,
                    read(dir.resolve("live-" + s + ".json")),
                    read(dir.resolve("live-open-" + s + ".json")),
                    read(dir.resolve("live-search-" + s + ".json"))));
        }
        return out;
    }

    private static JsonNode read(Path f) throws IOException {
        return Files.isRegularFile(f) ? JSON.readTree(f.toFile()) : JSON.missingNode();
    }

    /** @return 10000 as "10k", 1000000 as "1m" (the file names' sizes) */
    private static String size(int n) {
        if (n % 1_000_000 == 0) {
            return n / 1_000_000 + "m";
        }
        return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
    }

    private static String latency(JsonNode p) {
        if (p.isMissingNode()) {
            return "";
        }
        String s = millis(p.path("p50_ms")) + " / " + millis(p.path("p99_ms"));
        int calls = p.path("calls").asInt();
        return calls < p.path("requested").asInt() ? s + " (" + calls + ")" : s;
    }

    private static String millis(JsonNode v) {
        if (v.isMissingNode()) {
            return "";
        }
        double ms = v.asDouble();
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.1f µs", ms * 1e3);
        }
        return ms < 1000 ? String.format(Locale.ROOT, "%.1f ms", ms) : String.format(Locale.ROOT, "%.2f s", ms / 1e3);
    }

    private static String seconds(JsonNode v) {
        return v.isMissingNode() ? "" : String.format(Locale.ROOT, "%.2f s", v.asDouble());
    }

    private static String mib(JsonNode v) {
        return v.isMissingNode() ? "" : String.format(Locale.ROOT, "%.0f MiB", v.asDouble());
    }
}
