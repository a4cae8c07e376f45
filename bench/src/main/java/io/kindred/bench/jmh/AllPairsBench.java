package io.kindred.bench.jmh;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact all-pairs top-10 for a whole corpus ({@link SimilarityIndex#allSimilar(int, int)}), 1 and 2 threads,
 * scikit-learn default analysis; fitting and indexing happen in the trial setup and are not measured (the side-by-side
 * harness times every phase). Larger synthetic corpora can be selected with {@code -p corpus=synthetic-100k} (minutes
 * per call; see bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime) // one call is seconds long: time each call, no batching
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"}) // 2 forks: JIT and heap layout differ between JVMs
// 2 warmup calls: the first compiles the kernels (OSR then C2), the second runs compiled code end to end
@Warmup(iterations = 2)
// 5 measured calls per fork: a call is long enough to be stable, 10 samples give a usable median and error
@Measurement(iterations = 5)
public class AllPairsBench {

    /** Corpus (see {@link BenchCorpora}). */
    @Param({"20newsgroups-bydate", "doj-press-releases", "ag-news-test"})
    public String corpus;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private SimilarityIndex index;

    /** Loads, fits and indexes the corpus. */
    @Setup(Level.Trial)
    public void setUp() {
        var articles = BenchCorpora.load(corpus, 2).articles();
        index = SimilarityIndex.build(articles, TfidfVectorizer.sklearnDefaults(), 2);
    }

    /**
     * Every list.
     *
     * @return the lists
     */
    @Benchmark
    public List<List<SimilarArticle>> allPairsTop10() {
        return index.allSimilar(10, threads);
    }
}
