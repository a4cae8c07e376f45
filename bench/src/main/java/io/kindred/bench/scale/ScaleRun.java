package io.kindred.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kindred.bench.Probe;
import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorized;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale targets on a synthetic corpus: generation, fit and index time and heap; single-article latency (p50/p90/p99
 * over a seeded sample, with the bytes allocated per query); and exact all-pairs top-10 with a time budget. When the
 * budget runs out, the run is stopped through the progress callback and the total is extrapolated from the exact work
 * profile: article i scores its pairs with later articles only, so its work is w(i) = Σ over its terms t of the
 * postings of t after i, computed in one pass; the search scores articles from the last one down, so when d are done
 * the work done is that of the last d; the estimate is elapsed × W / W(done). Writes a JSON result.
 *
 * <pre>
 * java -Xmx8g -cp bench/target/benchmarks.jar io.kindred.bench.scale.ScaleRun --corpus synthetic-1m
 *     [--threads 2] [--budget-s 600] [--queries 2000] [--out bench/results/scale-synthetic-1m.json]
 * </pre>
 */
public final class ScaleRun {

    private ScaleRun() {}

    /** Thrown by the progress callback to stop an all-pairs run at the budget. */
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super("time budget exceeded", null, false, false);
        }
    }

    /**
     * @param args see the class comment
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String corpus = "synthetic-1m";
        int threads = 2;
        double budget = 600;
        int queryCount = 2000;
        Path out = null;
        boolean allPairs = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--budget-s" -> budget = Double.parseDouble(args[++i]);
                case "--queries" -> queryCount = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-allpairs" -> allPairs = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            out = Path.of("bench", "results", "scale-" + corpus + ".json");
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode r = json.createObjectNode();
        r.put("corpus", corpus);
        r.put("threads", threads);
        r.put("max_heap_mib", Runtime.getRuntime().maxMemory() / 1048576.0);
        r.set("machine", io.kindred.bench.Machine.describe());

        long t = Probe.now();
        List<Article> articles = BenchCorpora.load(corpus, threads).articles();
        r.put("generate_s", Probe.since(t));
        r.put("n_docs", articles.size());
        log(
                "generated %d articles in %.1f s",
                articles.size(), r.get("generate_s").asDouble());

        r.put("live_heap_after_generate_mib", Probe.liveHeapMiB());
        Probe.resetPeakHeap();
        Vectorized v;
        SimilarityIndex index;
        try {
            t = Probe.now();
            v = TfidfVectorizer.sklearnDefaults().fit(articles, threads);
            r.put("fit_s", Probe.since(t));
            t = Probe.now();
            index = SimilarityIndex.of(articles, v);
            r.put("index_s", Probe.since(t));
        } catch (OutOfMemoryError e) {
            // record the failure itself: the heap target is part of what is measured
            articles = null;
            v = null;
            r.put(
                    "error",
                    "OutOfMemoryError during " + (r.has("fit_s") ? "index" : "fit") + " with a heap of "
                            + Math.round(Runtime.getRuntime().maxMemory() / 1048576.0) + " MiB: " + e.getMessage());
            r.put("peak_heap_mib_at_failure", Probe.peakHeapMiB());
            r.put("peak_heap_after_gc_mib_at_failure", Probe.peakHeapAfterGcMiB());
            write(json, out, r);
            log("%s", r.get("error").asText());
            System.exit(1);
            return;
        }
        r.put("peak_heap_fit_index_mib", Probe.peakHeapMiB());
        DocumentVectors vectors = v.vectors();
        r.put("vocabulary", vectors.dimensions());
        r.put("nnz", vectors.entries());
        r.put("sum_df2", index.sumDfSquared());
        r.put("sum_df2_over_n2", index.sumDfSquared() / Math.pow(articles.size(), 2));
        r.put("live_heap_after_index_mib", Probe.liveHeapMiB());
        r.put("peak_heap_after_gc_fit_index_mib", Probe.peakHeapAfterGcMiB());
        log(
                "fit %.1f s, index %.1f s, live heap %.0f MiB, sum df^2 %.3e",
                r.get("fit_s").asDouble(),
                r.get("index_s").asDouble(),
                r.get("live_heap_after_index_mib").asDouble(),
                (double) index.sumDfSquared());
        write(json, out, r);

        latency(index, queryCount, r);
        log(
                "query p50 %.2f ms, p99 %.2f ms",
                r.path("query").path("p50_ms").asDouble(),
                r.path("query").path("p99_ms").asDouble());
        write(json, out, r);

        if (allPairs) {
            Probe.resetPeakHeap();
            ObjectNode a = r.putObject("all_pairs");
            allPairs(index, vectors, threads, budget, a);
            a.put("peak_heap_mib", Probe.peakHeapMiB());
            a.put("peak_heap_after_gc_mib", Probe.peakHeapAfterGcMiB());
        }
        r.put("peak_rss_mib", Probe.peakRssMiB("self"));
        write(json, out, r);
        log("wrote %s", out);
    }

    private static void write(ObjectMapper json, Path out, ObjectNode r) throws Exception {
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), r);
    }

    static void latency(SimilarityIndex index, int queryCount, ObjectNode r) {
        int[] sample = BenchCorpora.sample(index.size(), queryCount, BenchCorpora.SEED);
        String[] ids = new String[sample.length];
        for (int i = 0; i < sample.length; i++) {
            ids[i] = index.article(sample[i]).id();
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        // warmup: the first quarter of the sample, twice (compiles the kernel)
        long sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < Math.max(1, sample.length / 4); i++) {
                sink += index.similar(ids[i], 10).size();
            }
        }
        long visitedBefore = index.postingsVisited();
        long rescoredBefore = index.rescored();
        double[] ms = new double[sample.length];
        long resultBytes = 0;
        long alloc0 = mx.getThreadAllocatedBytes(self);
        for (int i = 0; i < sample.length; i++) {
            long s = System.nanoTime();
            List<SimilarArticle> l = index.similar(ids[i], 10);
            ms[i] = (System.nanoTime() - s) / 1e6;
            sink += l.size();
            resultBytes += resultBytes(10, l.size());
        }
        long alloc = mx.getThreadAllocatedBytes(self) - alloc0;
        Arrays.sort(ms);
        ObjectNode q = r.putObject("query");
        q.put("k", 10);
        q.put("queries", sample.length);
        q.put("p50_ms", ms[(int) (0.50 * (ms.length - 1))]);
        q.put("p90_ms", ms[(int) (0.90 * (ms.length - 1))]);
        q.put("p99_ms", ms[(int) (0.99 * (ms.length - 1))]);
        q.put("max_ms", ms[ms.length - 1]);
        q.put("mean_ms", Arrays.stream(ms).average().orElse(Double.NaN));
        q.put("postings_visited_per_query", (index.postingsVisited() - visitedBefore) / (double) sample.length);
        q.put("rescored_per_query", (index.rescored() - rescoredBefore) / (double) sample.length);
        q.put("allocated_bytes_per_query", alloc / (double) sample.length);
        q.put("result_bytes_per_query", resultBytes / (double) sample.length);
        q.put("scoring_bytes_per_query", (alloc - resultBytes) / (double) sample.length);
        q.put("checksum", sink);
    }

    /**
     * Bytes of {@code SimilarityIndex.similar}'s result for list length k and {@code found} entries, with compressed
     * oops: int[k] and double[k] output arrays, the SimilarArticle[] and the copy {@code List.of} makes, the list
     * object, and the records (12-byte header + ordinal + reference + double = 32 bytes).
     */
    static long resultBytes(int k, int found) {
        return align(16 + 4L * k) + align(16 + 8L * k) + 2 * align(16 + 4L * found) + 16 + 32L * found;
    }

    private static long align(long b) {
        return (b + 7) & ~7L;
    }

    static void allPairs(SimilarityIndex index, DocumentVectors vectors, int threads, double budget, ObjectNode a) {
        int n = vectors.rows();
        // exact work profile: postings of each term after document i
        int[] df = new int[vectors.dimensions()];
        for (int e = 0; e < vectors.entries(); e++) {
            df[vectors.term(e)]++;
        }
        int[] seen = new int[df.length];
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            long w = 0;
            for (int e = vectors.rowStart(i); e < vectors.rowEnd(i); e++) {
                int term = vectors.term(e);
                w += df[term] - (++seen[term]);
            }
            prefix[i + 1] = prefix[i] + w;
        }
        long total = prefix[n];
        a.put("pair_once_madds", total);
        long start = System.nanoTime();
        long[] lastDone = {0};
        double[] lastTime = {0};
        ArrayNode trace = a.putArray("progress");
        long[] nextTrace = {0};
        try {
            index.allSimilar(10, threads, (done, all) -> {
                double el = (System.nanoTime() - start) / 1e9;
                synchronized (lastDone) {
                    if (done > lastDone[0]) {
                        lastDone[0] = done;
                        lastTime[0] = el;
                    }
                    if (el >= nextTrace[0]) {
                        nextTrace[0] += 30;
                        trace.addObject()
                                .put("s", el)
                                .put("done", done)
                                .put("work_share", workDone(prefix, done) / (double) total);
                        log(
                                "all-pairs: %d/%d articles after %.0f s (%.1f%% of the work)",
                                done, all, el, 100.0 * workDone(prefix, done) / total);
                    }
                }
                if (el > budget) {
                    throw new BudgetExceeded();
                }
            });
            double el = (System.nanoTime() - start) / 1e9;
            a.put("completed", true);
            a.put("seconds", el);
            a.put("ns_per_madd_wall", el * 1e9 / index.postingsVisited());
            log("all-pairs completed in %.1f s", el);
        } catch (RuntimeException e) {
            if (!isBudget(e)) {
                throw e;
            }
            recordPartial(a, lastDone[0], lastTime[0], prefix, total, n);
        }
    }

    private static boolean isBudget(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof BudgetExceeded) {
                return true;
            }
        }
        return false;
    }

    /** The work of the last {@code done} articles, which the search scores first (it goes from the last one down). */
    static long workDone(long[] prefix, long done) {
        int n = prefix.length - 1;
        return prefix[n] - prefix[n - (int) done];
    }

    private static void recordPartial(ObjectNode a, long done, double time, long[] prefix, long total, int n) {
        double share = workDone(prefix, done) / (double) total;
        a.put("completed", false);
        a.put("stopped_after_s", time);
        a.put("articles_done", done);
        a.put("work_share_done", share);
        a.put("extrapolated_s", time / share);
        a.put("ns_per_madd_wall", time * 1e9 / workDone(prefix, done));
        a.put(
                "note",
                String.format(
                        Locale.ROOT,
                        "stopped at the budget after %d of %d articles (%.2f%% of the "
                                + "pair-once work); total extrapolated from the work profile; the final "
                                + "merge/rescore phase not included",
                        done,
                        n,
                        100 * share));
        log("all-pairs stopped: %.2f%% of the work in %.0f s -> extrapolated %.0f s", 100 * share, time, time / share);
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
