package io.kindred.bench.jmh;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article's "Similar Articles" list from a built index: {@link SimilarityIndex#similar(String, int)} (accumulate,
 * prune, rescore, select), scikit-learn default analysis. Queries cycle through a fixed sample of {@value #SAMPLE}
 * indexed articles drawn with {@link BenchCorpora#SEED}, so every iteration sees the same mix of short and long
 * articles.
 *
 * <p>{@link #resultRecords} allocates exactly what {@code similar} allocates for its result (the two output arrays, the
 * records, the immutable list and its array) for the same queries, without scoring: with {@code -prof gc},
 * {@code similar}'s B/op minus {@code resultRecords}' B/op is the scoring path's own allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime) // per-call latency distribution: p50/p99 matter for on-demand lookups
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// the 1M-article corpus keeps 5.3 GB live after indexing and peaks at 7.7 GB in the fit (ScaleRun at -Xmx8g):
// 16 GB of headroom keeps the setup from being mostly garbage collection on this 24 GB machine
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms16g", "-Xmx16g"}) // 2 forks: JIT and heap layout differ between JVMs
// 5 x 2 s: several thousand queries reach C2 and a stable scorer pool; on the 1M corpus a query costs
// milliseconds, so 10 s still runs a few thousand of them
@Warmup(iterations = 5, time = 2)
// 5 x 2 s per fork: enough samples for a stable p99 on every corpus (>= 1000 queries per iteration)
@Measurement(iterations = 5, time = 2)
public class QueryBench {

    /** Number of distinct query articles cycled through. */
    public static final int SAMPLE = 1024;

    /** Corpus: a shared real corpus or a synthetic one (see {@link BenchCorpora}). */
    @Param({"20newsgroups-bydate", "doj-press-releases", "ag-news-test", "synthetic-100k", "synthetic-1m"})
    public String corpus;

    /** List length. */
    @Param({"10", "100"})
    public int k;

    private SimilarityIndex index;
    private String[] queries;
    private int[] resultSizes;
    private Article[] resultArticles;
    private int cursor;

    /** Loads or generates the corpus, fits and indexes it, and draws the query sample. */
    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        var articles = BenchCorpora.load(corpus, threads).articles();
        index = SimilarityIndex.build(articles, TfidfVectorizer.sklearnDefaults(), threads);
        int[] sample = BenchCorpora.sample(index.size(), SAMPLE, BenchCorpora.SEED);
        queries = new String[sample.length];
        resultSizes = new int[sample.length];
        for (int i = 0; i < sample.length; i++) {
            queries[i] = index.article(sample[i]).id();
            resultSizes[i] = index.similar(queries[i], k).size();
        }
        resultArticles = new Article[Math.max(1, k)];
        for (int i = 0; i < resultArticles.length; i++) {
            resultArticles[i] = index.article(i % index.size());
        }
        cursor = 0;
    }

    /**
     * One query.
     *
     * @return the list (returned so that nothing is eliminated)
     */
    @Benchmark
    public List<SimilarArticle> similar() {
        int q = cursor;
        cursor = (q + 1) % queries.length;
        return index.similar(queries[q], k);
    }

    /**
     * Baseline for {@code -prof gc}: the allocation of {@link #similar}'s result alone, for the same query sizes.
     *
     * @return the list
     */
    @Benchmark
    public List<SimilarArticle> resultRecords() {
        int q = cursor;
        cursor = (q + 1) % queries.length;
        int kk = Math.min(k, index.size());
        int[] docs = new int[kk];
        double[] scores = new double[kk];
        int found = resultSizes[q];
        SimilarArticle[] out = new SimilarArticle[found];
        for (int i = 0; i < found; i++) {
            docs[i] = i;
            scores[i] = 1.0 / (i + 1);
            out[i] = new SimilarArticle(docs[i], resultArticles[docs[i]], scores[i]);
        }
        return List.of(out);
    }
}
