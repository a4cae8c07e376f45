package io.kindred.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kindred.bench.Machine;
import io.kindred.bench.Probe;
import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.live.RefitPolicy;
import io.kindred.core.live.Snapshot;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.store.Durability;
import io.kindred.core.weighting.TfidfModel;
import io.kindred.core.weighting.Vectorized;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The live index's targets (issue 16) on a synthetic corpus: build, the list of a stored article, the list of an
 * unstored article, upserts (new and replacing), deletes, commit, open, heap after a collection while serving and
 * refitting, bytes on disk. Every latency is a raw {@code System.nanoTime} sample per call, percentiles by nearest
 * rank. Each phase stops at its count or its time budget, whichever comes first.
 *
 * <p>The corpus is {@code synthetic-<size + spare>} (news profile, {@link BenchCorpora#SEED}): the first {@code size}
 * articles are indexed, the spare ones are the new and unstored articles. The index runs with durability per change, no
 * automatic commit and no automatic refit, so that each phase measures itself only.
 *
 * <p>Upserts are profiled: a JFR recording of the writer's execution samples during the upsert phase, summarised into
 * the JSON as the methods on the most sampled stacks (see {@link UpsertProfile}), and the two parts of an upsert that
 * the public API can time on their own: rebuilding the search index over the same articles and vectors
 * ({@code SimilarityIndex.of}) and one search ranking every article ({@code similar(id, size)}), which each upsert runs
 * once for the new article.
 *
 * <pre>
 * java -Xmx8g -cp bench/target/benchmarks.jar io.kindred.bench.scale.LiveRun --size 100k
 *     [--preset sklearn] [--k 10] [--threads 2] [--queries 2000] [--upserts 200] [--deletes 100]
 *     [--phase-budget-s 180] [--no-refit] [--dir DIR] [--out bench/results/live-synthetic-100k.json]
 * java -Xmx8g ... LiveRun --open DIR --out FILE       # a fresh JVM: open the committed index, answer one list
 * java -Xmx8g ... LiveRun --search-only --size 1m     # no live index: the unstored list and the index rebuild
 * </pre>
 */
public final class LiveRun {

    private LiveRun() {}

    /**
     * @param args see the class comment
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode r = json.createObjectNode();
        r.put("threads", o.threads);
        r.put("max_heap_mib", Runtime.getRuntime().maxMemory() / 1048576.0);
        r.set("machine", Machine.describe());
        if (o.openDir != null) {
            openFresh(o, r);
        } else if (o.searchOnly) {
            searchOnly(o, r);
        } else {
            live(o, r, json);
        }
        r.put("peak_rss_mib", Probe.peakRssMiB("self"));
        write(json, o.out, r);
        log("wrote %s", o.out);
    }

    private static void live(Options o, ObjectNode r, ObjectMapper json) throws Exception {
        r.put("size", o.size);
        r.put("preset", o.preset.name());
        r.put("k", o.k);
        r.put("durability", "per-change");
        List<Article> all = generate(o, r);
        List<Article> stored = all.subList(0, o.size);
        List<Article> spare = all.subList(o.size, all.size());

        Path dir = o.dir != null ? o.dir : Files.createTempDirectory("kindred-live-");
        r.put("dir", dir.toString());
        LiveOptions options = options(o.threads);
        Probe.resetPeakHeap();
        long t = Probe.now();
        LiveIndex live = LiveIndex.create(dir, o.preset, o.k, stored, options);
        r.put("build_s", Probe.since(t));
        r.put("build_peak_heap_after_gc_mib", Probe.peakHeapAfterGcMiB());
        r.put("bytes_on_disk_after_build", bytes(dir));
        r.put("heap_after_gc_serving_mib", Probe.liveHeapMiB());
        log("built %d articles in %.1f s", o.size, r.get("build_s").asDouble());
        write(json, o.out, r);

        String[] ids = sampleIds(live.snapshot(), o.queries);
        long[] sink = {0};
        phase(
                r,
                "stored_list",
                ids.length,
                o.budgetS,
                true,
                i -> sink[0] += live.similar(ids[i], o.k).size());
        int unstored = Math.min(o.queries, spare.size());
        phase(
                r,
                "unstored_list",
                unstored,
                o.budgetS,
                true,
                i -> sink[0] += live.similar(spare.get(i), o.k).size());
        write(json, o.out, r);

        // no local holds a snapshot, so the heap measured after the changes counts the current one only
        components(live.snapshot(), r);
        write(json, o.out, r);

        int upserts = Math.min(o.upserts, spare.size() / 2);
        UpsertProfile profile = UpsertProfile.start();
        phase(r, "upsert_new", upserts, o.budgetS, false, i -> upsert(live, spare.get(i)));
        r.set("upsert_profile", profile.stop(json));
        write(json, o.out, r);
        phase(r, "upsert_replace", upserts, o.budgetS, false, i -> {
            Article text = spare.get(spare.size() - 1 - i);
            upsert(live, new Article(ids[i], text.title(), text.body(), null, null, null, List.of(), null, null));
        });
        write(json, o.out, r);
        String[] victims = new String[Math.min(o.deletes, ids.length / 2)];
        for (int i = 0; i < victims.length; i++) {
            victims[i] = ids[ids.length - 1 - i];
        }
        phase(r, "delete", victims.length, o.budgetS, false, i -> {
            try {
                live.delete(victims[i]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        r.put("heap_after_gc_after_changes_mib", Probe.liveHeapMiB());
        write(json, o.out, r);

        t = Probe.now();
        live.commit();
        r.put("commit_s", Probe.since(t));
        r.put("bytes_on_disk_after_commit", bytes(dir));
        if (o.refit) {
            Probe.resetPeakHeap();
            t = Probe.now();
            live.refit();
            r.put("refit_s", Probe.since(t));
            r.put("refit_peak_heap_after_gc_mib", Probe.peakHeapAfterGcMiB());
            log("refit in %.1f s", r.get("refit_s").asDouble());
        }
        t = Probe.now();
        live.close();
        r.put("close_commit_s", Probe.since(t));
        r.put("bytes_on_disk", bytes(dir));

        t = Probe.now();
        try (LiveIndex reopened = LiveIndex.open(dir, options)) {
            sink[0] += reopened.similar(ids[0], o.k).size();
            r.put("open_same_jvm_s", Probe.since(t));
        }
        r.put("checksum", sink[0]);
        log(
                "stored p50 %.1f us, unstored p50 %.2f ms, upsert p50 %.1f ms, open %.2f s",
                r.path("stored_list").path("p50_ms").asDouble() * 1e3,
                r.path("unstored_list").path("p50_ms").asDouble(),
                r.path("upsert_new").path("p50_ms").asDouble(),
                r.get("open_same_jvm_s").asDouble());
    }

    private static String[] sampleIds(Snapshot s, int count) {
        int[] sample = BenchCorpora.sample(s.size(), count, BenchCorpora.SEED);
        String[] ids = new String[sample.length];
        for (int i = 0; i < sample.length; i++) {
            ids[i] = s.articles().get(sample[i]).id();
        }
        return ids;
    }

    /**
     * The two parts of an upsert the public API can time alone: the search index rebuilt over the snapshot's articles
     * and vectors, and a search that ranks every article (the new article's own search).
     */
    private static void components(Snapshot s, ObjectNode r) {
        SimilarityIndex index = s.index();
        Vectorized v = new Vectorized((TfidfModel) index.model(), index.vectors());
        ObjectNode c = r.putObject("upsert_components");
        int rebuilds = index.size() >= 500_000 ? 2 : 5;
        double[] ms = new double[rebuilds];
        for (int i = 0; i < rebuilds; i++) {
            long t = System.nanoTime();
            SimilarityIndex rebuilt = SimilarityIndex.of(s.articles(), v);
            ms[i] = (System.nanoTime() - t) / 1e6;
            c.put("rebuilt_size", rebuilt.size());
        }
        c.put("index_rebuild_median_ms", Probe.median(ms));
        int[] sample = BenchCorpora.sample(index.size(), 50, BenchCorpora.SEED + 1);
        double[] full = new double[sample.length];
        long hits = 0;
        for (int i = 0; i < sample.length; i++) {
            long t = System.nanoTime();
            hits += index.similar(index.article(sample[i]).id(), index.size()).size();
            full[i] = (System.nanoTime() - t) / 1e6;
        }
        c.put("search_all_median_ms", Probe.median(full));
        c.put("search_all_mean_hits", hits / (double) sample.length);
        log(
                "components: index rebuild %.0f ms, search of every article %.1f ms (%.0f hits)",
                Probe.median(ms), Probe.median(full), hits / (double) sample.length);
    }

    /** No live index: what an unstored list and a snapshot's index rebuild cost at this size. */
    private static void searchOnly(Options o, ObjectNode r) {
        r.put("size", o.size);
        r.put("preset", o.preset.name());
        r.put("k", o.k);
        List<Article> all = generate(o, r);
        List<Article> spare = all.subList(o.size, all.size());
        long t = Probe.now();
        SimilarityIndex index = SimilarityIndex.build(all.subList(0, o.size), o.preset.vectorizer(), o.threads);
        r.put("fit_index_s", Probe.since(t));
        r.put("heap_after_gc_serving_mib", Probe.liveHeapMiB());
        log(
                "fitted and indexed %d articles in %.1f s",
                o.size, r.get("fit_index_s").asDouble());
        Recommender recommender = new Recommender(index, o.preset.policy());
        long[] sink = {0};
        phase(
                r,
                "unstored_list",
                Math.min(o.queries, spare.size()),
                o.budgetS,
                true,
                i -> sink[0] += recommender.similar(spare.get(i), o.k).size());
        ObjectNode c = r.putObject("upsert_components");
        Vectorized v = new Vectorized((TfidfModel) index.model(), index.vectors());
        double[] ms = new double[2];
        for (int i = 0; i < ms.length; i++) {
            t = System.nanoTime();
            sink[0] += SimilarityIndex.of(all.subList(0, o.size), v).size();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        c.put("index_rebuild_median_ms", Probe.median(ms));
        r.put("checksum", sink[0]);
        log(
                "unstored p50 %.2f ms p99 %.2f ms; index rebuild %.0f ms",
                r.path("unstored_list").path("p50_ms").asDouble(),
                r.path("unstored_list").path("p99_ms").asDouble(),
                Probe.median(ms));
    }

    /** A fresh JVM: opens the committed index and answers one stored list. */
    private static void openFresh(Options o, ObjectNode r) throws IOException {
        r.put("dir", o.openDir.toString());
        r.put("bytes_on_disk", bytes(o.openDir));
        long t = Probe.now();
        try (LiveIndex live = LiveIndex.open(o.openDir, options(o.threads))) {
            Snapshot s = live.snapshot();
            r.put("open_s", Probe.since(t));
            int n = live.similar(s.articles().get(s.size() / 2).id(), live.k()).size();
            r.put("open_and_first_list_s", Probe.since(t));
            r.put("size", s.size());
            r.put("first_list_size", n);
            r.put("heap_after_gc_open_mib", Probe.liveHeapMiB());
            log("opened %d articles in %.2f s", s.size(), r.get("open_s").asDouble());
        }
    }

    private static List<Article> generate(Options o, ObjectNode r) {
        int spare = Math.max(o.queries, 2 * o.upserts);
        String corpus = "synthetic-" + (o.size + spare);
        r.put("corpus", corpus);
        long t = Probe.now();
        List<Article> all = BenchCorpora.load(corpus, o.threads).articles();
        r.put("generate_s", Probe.since(t));
        return all;
    }

    /** Durable per change; no automatic refit or commit, so that each phase measures itself only. */
    private static LiveOptions options(int threads) {
        return new LiveOptions(threads, new RefitPolicy(0, 0, 0), Durability.PER_CHANGE, 0);
    }

    private static void upsert(LiveIndex live, Article a) {
        try {
            live.upsert(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Times {@code call(i)} for i = 0, 1, ... until {@code count} calls or {@code budgetS} seconds, and records the
     * percentiles of the raw samples under {@code name}.
     */
    static void phase(ObjectNode r, String name, int count, double budgetS, boolean warmup, IntConsumer call) {
        if (warmup) {
            long end = System.nanoTime() + (long) (Math.min(10, budgetS / 4) * 1e9);
            for (int i = 0; i < count && System.nanoTime() < end; i++) {
                call.accept(i);
            }
        }
        String loadBefore = loadAverage();
        long[] ns = new long[count];
        int done = 0;
        long end = System.nanoTime() + (long) (budgetS * 1e9);
        while (done < count && System.nanoTime() < end) {
            long t = System.nanoTime();
            call.accept(done);
            ns[done++] = System.nanoTime() - t;
        }
        ObjectNode p = r.putObject(name);
        Percentiles.put(p, java.util.Arrays.copyOf(ns, done));
        p.put("requested", count);
        p.put("warmed_up", warmup);
        p.put("loadavg_before", loadBefore);
        p.put("loadavg_after", loadAverage());
        log(
                "%s: %d calls, p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                name,
                done,
                p.path("p50_ms").asDouble(),
                p.path("p99_ms").asDouble(),
                p.path("max_ms").asDouble());
    }

    /** The machine's load (1, 5, 15 minutes): other processes share its two cores. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ObjectMapper json, Path out, ObjectNode r) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        json.writeValue(out.toFile(), r);
    }

    static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    /** Command-line options. */
    private static final class Options {
        int size = 100_000;
        Preset preset = Preset.SKLEARN;
        int k = 10;
        int threads = 2;
        int queries = 2000;
        int upserts = 200;
        int deletes = 100;
        double budgetS = 180;
        boolean refit = true;
        boolean searchOnly;
        Path dir;
        Path openDir;
        Path out;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--size" -> o.size = BenchCorpora.parseSize(args[++i]);
                    case "--preset" -> o.preset = Preset.named(args[++i]);
                    case "--k" -> o.k = Integer.parseInt(args[++i]);
                    case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                    case "--queries" -> o.queries = Integer.parseInt(args[++i]);
                    case "--upserts" -> o.upserts = Integer.parseInt(args[++i]);
                    case "--deletes" -> o.deletes = Integer.parseInt(args[++i]);
                    case "--phase-budget-s" -> o.budgetS = Double.parseDouble(args[++i]);
                    case "--no-refit" -> o.refit = false;
                    case "--search-only" -> o.searchOnly = true;
                    case "--dir" -> o.dir = Path.of(args[++i]);
                    case "--open" -> o.openDir = Path.of(args[++i]);
                    case "--out" -> o.out = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.out == null) {
                String what = o.openDir != null ? "open" : o.searchOnly ? "search" : "synthetic";
                o.out = Path.of("bench", "results", "live-" + what + "-" + o.size + ".json");
            }
            return o;
        }
    }
}
