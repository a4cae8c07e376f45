package io.kindred.bench.jmh;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.weighting.Vectorized;
import io.kindred.core.weighting.Vectorizer;
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
 * Fitting a whole corpus ({@link Vectorizer#fit(List, int)}: analysis, counting, vocabulary pruning, rows and weights),
 * with a preset's vectorizer, on 2 threads. The articles are in memory (loaded in the trial setup), so reading and
 * parsing are not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime) // one fit is a second or more: time each call, no batching
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"}) // 2 forks: JIT and heap layout differ between JVMs
// 3 warmup calls: analysis, counting and the row building are compiled by the C2 compiler within them
@Warmup(iterations = 3)
// 5 measured calls per fork: 10 samples give a usable median and error
@Measurement(iterations = 5)
public class FitBench {

    /** Corpus (see {@link BenchCorpora}). */
    @Param({"20newsgroups-bydate", "doj-press-releases"})
    public String corpus;

    /** Preset whose vectorizer is fitted. */
    @Param({"sklearn", "news"})
    public String preset;

    private List<Article> articles;
    private Vectorizer vectorizer;

    /** Loads the corpus. */
    @Setup(Level.Trial)
    public void setUp() {
        articles = BenchCorpora.load(corpus, 2).articles();
        vectorizer = Preset.named(preset).vectorizer();
    }

    /**
     * One fit.
     *
     * @return the model and the vectors
     */
    @Benchmark
    public Vectorized fit() {
        return vectorizer.fit(articles, 2);
    }
}
