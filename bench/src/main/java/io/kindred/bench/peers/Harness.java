package io.kindred.bench.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kindred.bench.JsonLines;
import io.kindred.bench.Probe;
import io.kindred.bench.corpora.Corpus;
import io.kindred.bench.corpora.SharedCorpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side-by-side run: for each corpus, every tool and thread count, {@code --runs} times (tools interleaved within a
 * run, so that machine noise spreads over all of them), each in its own process under {@code /usr/bin/time} (peak RSS).
 * Then the lists are compared (kindred and scikit-learn against the golden scikit-learn lists, the CLI against kindred
 * in-process, Lucene and Smile against kindred's exact lists; category precision for every tool) and everything is
 * written as JSON for {@link Report}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Harness [--corpora a,b] [--runs 3] [--threads 1,2]
 *     [--tools kindred,cli,sklearn,lucene,lucene-english,smile] [--smile-sample 500] [--xmx 8g]
 *     [--out bench/results/peers.json] [--work /tmp/kindred-bench]
 * </pre>
 *
 * Run from the repository root (it starts {@code bench/target/benchmarks.jar}, a copy of {@code cli/target/kindred.jar}
 * taken at the start if present, run as {@code recommend --preset sklearn}, and
 * {@code bench/peers/sklearn_allpairs.py}). Nothing from the shared folder is written into the repository: corpora are
 * decompressed into the work folder.
 */
public final class Harness {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Harness() {}

    /**
     * @param args see the class comment
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        List<String> corpora = List.of("20newsgroups-bydate", "doj-press-releases");
        int runs = 3;
        int[] threads = {1, 2};
        List<String> tools = List.of("kindred", "cli", "sklearn", "lucene", "lucene-english", "smile");
        int smileSample = 500;
        String xmx = "8g";
        Path out = Path.of("bench", "results", "peers.json");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "kindred-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpora" -> corpora = List.of(args[++i].split(","));
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" ->
                    threads = Arrays.stream(args[++i].split(","))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                case "--tools" -> tools = List.of(args[++i].split(","));
                case "--smile-sample" -> smileSample = Integer.parseInt(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path benchJar = Path.of("bench", "target", "benchmarks.jar");
        Path builtCli = Path.of("cli", "target", "kindred.jar");
        Path cliJar = work.resolve("kindred-cli.jar");
        if (!Files.isRegularFile(benchJar)) {
            throw new IllegalStateException("run from the repository root after mvn -DskipTests package");
        }
        Files.createDirectories(work);
        // freeze the CLI build for the whole run: the cli module may be rebuilt while the harness runs
        Files.deleteIfExists(cliJar);
        if (Files.isRegularFile(builtCli)) {
            Files.copy(builtCli, cliJar);
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", io.kindred.bench.Machine.describe());
        root.put("runs", runs);
        root.put("xmx", xmx);
        root.put("cli_jar", Files.isRegularFile(cliJar));
        ObjectNode results = root.putObject("corpora");
        Files.createDirectories(work);
        for (String corpus : corpora) {
            Path dir = work.resolve(corpus);
            Files.createDirectories(dir);
            Path plain = dir.resolve("articles.jsonl");
            Corpus c = SharedCorpora.load(corpus);
            JsonLines.writeArticles(plain, c.articles(), c.categories());
            ObjectNode cr = results.putObject(corpus);
            cr.put("n_docs", c.size());
            ObjectNode toolRuns = cr.putObject("runs");
            for (int r = 0; r < runs; r++) {
                for (int t : threads) {
                    for (String tool : tools) {
                        if (tool.equals("cli") && !Files.isRegularFile(cliJar)) {
                            continue;
                        }
                        String key = tool + "@" + t;
                        Path output = dir.resolve(key + ".jsonl");
                        List<String> cmd = command(tool, t, plain, output, benchJar, cliJar, xmx, smileSample);
                        System.err.printf(Locale.ROOT, "[%s run %d/%d] %s%n", corpus, r + 1, runs, key);
                        ObjectNode run = execute(cmd, dir.resolve(key + ".log"));
                        ArrayNode arr = toolRuns.has(key) ? (ArrayNode) toolRuns.get(key) : toolRuns.putArray(key);
                        arr.add(run);
                    }
                }
            }
            cr.set("quality", quality(corpus, c, dir, tools, threads));
            Files.createDirectories(out.toAbsolutePath().getParent());
            JSON.writeValue(out.toFile(), root);
        }
        root.put("finished", Instant.now().toString());
        JSON.writeValue(out.toFile(), root);
        System.err.println("wrote " + out);
    }

    static List<String> command(
            String tool,
            int threads,
            Path input,
            Path output,
            Path benchJar,
            Path cliJar,
            String xmx,
            int smileSample) {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "MAXRSS_KB %M"));
        List<String> java = List.of("java", "-Xms" + xmx, "-Xmx" + xmx, "-XX:+UseParallelGC");
        switch (tool) {
            case "kindred", "lucene", "lucene-english", "smile" -> {
                cmd.addAll(java);
                cmd.addAll(List.of(
                        "-cp",
                        benchJar.toString(),
                        RunOne.class.getName(),
                        "--tool",
                        tool,
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--threads",
                        Integer.toString(threads)));
                if (tool.equals("kindred")) {
                    cmd.add("--floor");
                }
                if (tool.equals("smile")) {
                    cmd.addAll(List.of("--sample", Integer.toString(smileSample)));
                }
            }
            case "cli" -> {
                cmd.addAll(java);
                // --preset sklearn: scikit-learn's TfidfVectorizer defaults (the CLI's own default preset is "news")
                cmd.addAll(List.of(
                        "-jar",
                        cliJar.toString(),
                        "recommend",
                        "-i",
                        input.toString(),
                        "-o",
                        output.toString(),
                        "--preset",
                        "sklearn",
                        "--threads",
                        Integer.toString(threads),
                        "--quiet"));
            }
            case "sklearn" ->
                cmd.addAll(List.of(
                        "/usr/bin/python3",
                        Path.of("bench", "peers", "sklearn_allpairs.py").toString(),
                        "--input",
                        input.toString(),
                        "--output",
                        output.toString(),
                        "--threads",
                        Integer.toString(threads)));
            default -> throw new IllegalArgumentException("unknown tool " + tool);
        }
        return cmd;
    }

    /** Runs a command; returns its wall time, peak RSS and the TIMING object it printed (if any). */
    static ObjectNode execute(List<String> cmd, Path log) throws IOException, InterruptedException {
        long start = Probe.now();
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int rc = p.waitFor();
        double wall = Probe.since(start);
        ObjectNode run = JSON.createObjectNode();
        run.put("wall_s", wall);
        run.put("exit", rc);
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("TIMING ")) {
                run.set("timing", JSON.readTree(line.substring(7)));
            } else if (line.startsWith("MAXRSS_KB ")) {
                run.put("max_rss_mib", Long.parseLong(line.substring(10).trim()) / 1024.0);
            }
        }
        if (rc != 0) {
            System.err.println("  FAILED (exit " + rc + "), see " + log);
        }
        return run;
    }

    static ObjectNode quality(String corpus, Corpus c, Path dir, List<String> tools, int[] threads) throws IOException {
        ObjectNode q = JSON.createObjectNode();
        Map<String, String> categories = new HashMap<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.categories().get(i) != null) {
                categories.put(c.articles().get(i).id(), c.categories().get(i));
            }
        }
        int t0 = threads[0];
        Path kindredOut = dir.resolve("kindred@" + t0 + ".jsonl");
        Map<String, List<JsonLines.Scored>> kindred =
                Files.isRegularFile(kindredOut) ? JsonLines.readLists(kindredOut) : null;
        Path golden = SharedCorpora.goldenTopK(corpus);
        Map<String, List<JsonLines.Scored>> gold = golden == null ? null : JsonLines.readLists(golden);
        for (String tool : tools) {
            for (int t : threads) {
                Path f = dir.resolve(tool + "@" + t + ".jsonl");
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                Map<String, List<JsonLines.Scored>> lists = JsonLines.readLists(f);
                ObjectNode node = q.putObject(tool + "@" + t);
                node.put("queries", lists.size());
                node.put("category_p_at_10", categoryOrNull(lists, categories));
                if (gold != null && (tool.equals("kindred") || tool.equals("sklearn") || tool.equals("cli"))) {
                    put(node, "vs_golden", ListComparison.compare(gold, lists, 10));
                }
                if (kindred != null && !(tool.equals("kindred") && t == t0)) {
                    put(node, "vs_kindred", ListComparison.compare(kindred, lists, 10));
                }
            }
        }
        if (gold != null) {
            q.putObject("golden").put("category_p_at_10", categoryOrNull(gold, categories));
        }
        return q;
    }

    private static Double categoryOrNull(Map<String, List<JsonLines.Scored>> lists, Map<String, String> cats) {
        double p = ListComparison.categoryPrecision(lists, cats, 10);
        return Double.isNaN(p) ? null : p;
    }

    private static void put(ObjectNode node, String name, ListComparison.Agreement a) {
        ObjectNode o = node.putObject(name);
        o.put("queries", a.queries());
        o.put("identical_lists", a.identicalLists());
        o.put("identical_sets", a.identicalSets());
        o.put("tie_equivalent", a.tieEquivalent());
        o.put("overlap_at_10", a.overlap());
    }
}
