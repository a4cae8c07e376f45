package io.kindred.bench.jmh;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.live.RefitPolicy;
import io.kindred.core.preset.Preset;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.store.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live index (issue 16) on the synthetic news corpus: the list of a stored article (a lookup of its kept list), the
 * list of an article not stored (a search), and an upsert that every reader sees with every kept list it changes (a new
 * article, or a replacement of a stored one with another text). sklearn preset, lists of 10, durability per change
 * (each upsert is fsynced before it returns), no automatic commit or refit.
 *
 * <p>The trial setup generates {@code synthetic-<size + spare>} with {@link BenchCorpora#SEED} and builds the index
 * over the first {@code size} articles in a temporary folder (deleted at teardown); the spare articles are the unstored
 * and new ones. Queries cycle through a seeded sample of {@value #SAMPLE} stored articles. {@link #upsertNew} grows the
 * index by one article per call (a few hundred on a size of at least 10,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime) // per-call latency distribution: the targets are p50 and p99
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 1 fork: the setup is an all-pairs search (about a minute at 100k) and an upsert at 100k takes seconds, so a second
// fork would double a long run for the JIT variance only
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms8g", "-Xmx8g"}) // the heap target
// 3 x 5 s: the lookups and searches reach C2 within thousands of calls; an upsert compiles the index build it repeats
@Warmup(iterations = 3, time = 5)
// 5 x 5 s: thousands of lookups; at 100k an upsert takes seconds, so its p99 rests on a few dozen samples
@Measurement(iterations = 5, time = 5)
public class LiveIndexBenchmark {

    /** Number of distinct stored articles cycled through. */
    public static final int SAMPLE = 1024;

    /** Spare articles: the unstored lists and the texts of new and replacing upserts. */
    public static final int SPARE = 2048;

    /** List length (the kept lists' length). */
    public static final int K = 10;

    /** Articles in the index at the start. */
    @Param({"10k", "100k"})
    public String size;

    private Path dir;
    private LiveIndex live;
    private String[] ids;
    private List<Article> spare;
    private int cursor;
    private long upserted;

    /**
     * Generates the corpus and builds the index.
     *
     * @throws IOException if the index cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        int n = BenchCorpora.parseSize(size);
        List<Article> all =
                BenchCorpora.load("synthetic-" + (n + SPARE), threads).articles();
        spare = all.subList(n, all.size());
        dir = Files.createTempDirectory("kindred-live-bench-");
        live = LiveIndex.create(
                dir,
                Preset.SKLEARN,
                K,
                all.subList(0, n),
                new LiveOptions(threads, new RefitPolicy(0, 0, 0), Durability.PER_CHANGE, 0));
        int[] sample = BenchCorpora.sample(n, SAMPLE, BenchCorpora.SEED);
        ids = new String[sample.length];
        for (int i = 0; i < sample.length; i++) {
            ids[i] = all.get(sample[i]).id();
        }
        cursor = 0;
        upserted = 0;
    }

    /**
     * Closes the index (which commits what the upserts added) and deletes its folder.
     *
     * @throws IOException if the commit or a deletion fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        live.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * The kept list of a stored article.
     *
     * @return the list
     */
    @Benchmark
    public List<SimilarArticle> storedList() {
        int q = cursor;
        cursor = (q + 1) % ids.length;
        return live.similar(ids[q], K);
    }

    /**
     * The list of an article that is not stored: vectorised with the model, searched.
     *
     * @return the list
     */
    @Benchmark
    public List<SimilarArticle> unstoredList() {
        int q = cursor;
        cursor = (q + 1) % spare.size();
        return live.similar(spare.get(q), K);
    }

    /**
     * A new article (a spare text under a new id), logged, applied and visible with every kept list it changes.
     *
     * @return what the upsert did
     * @throws IOException if the log cannot be written
     */
    @Benchmark
    public LiveIndex.Upsert upsertNew() throws IOException {
        Article text = spare.get((int) (upserted % spare.size()));
        return live.upsert(withId(text, "new-" + upserted++));
    }

    /**
     * A stored article replaced by a spare text under its id.
     *
     * @return what the upsert did
     * @throws IOException if the log cannot be written
     */
    @Benchmark
    public LiveIndex.Upsert upsertReplace() throws IOException {
        int q = cursor;
        cursor = (q + 1) % ids.length;
        Article text = spare.get((int) (upserted++ % spare.size()));
        return live.upsert(withId(text, ids[q]));
    }

    private static Article withId(Article text, String id) {
        return new Article(id, text.title(), text.body(), null, null, null, List.of(), null, null);
    }
}
