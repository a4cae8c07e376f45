package io.kindred.bench.jmh;

import io.kindred.bench.BenchCorpora;
import io.kindred.core.search.TopK;
import java.util.Arrays;
import java.util.SplittableRandom;
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
 * The selection step alone: the k best of {@code candidates} scored documents with the bounded heap ({@link TopK}),
 * against sorting everything: an index array sorted by score with a comparator (what a straightforward implementation
 * does), and sorting a copy of the bare scores (a floor for any full sort: it does not even carry the documents). Same
 * data for all: scores shaped like cosine accumulators (most near 0, a few high, some exact ties), seeded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime) // throughput of a deterministic, allocation-free loop: the mean is what matters
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2) // 2 forks: JIT decisions (inlining of offer) differ between JVMs
// 5 x 1 s: the loops are short and compile within the first few hundred calls; 5 s covers C2 and OSR
@Warmup(iterations = 5, time = 1)
// 5 x 1 s per fork: thousands of calls per iteration even at 1M candidates sorted; 10 samples for the error
@Measurement(iterations = 5, time = 1)
public class TopKBench {

    /** Number of candidate documents (touched accumulators). */
    @Param({"1000", "20000", "1000000"})
    public int candidates;

    /** Number kept. */
    @Param({"10", "100"})
    public int k;

    private double[] scores;
    private TopK top;
    private int[] outDocs;
    private double[] outScores;

    /** Draws the scores. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(BenchCorpora.SEED);
        scores = new double[candidates];
        for (int i = 0; i < candidates; i++) {
            double u = rnd.nextDouble();
            // heavy head: u^8 puts most mass near 0; rounding to 1e-4 makes exact ties, as duplicates do
            scores[i] = Math.round(Math.pow(u, 8) * 1e4) / 1e4 + 1e-6;
        }
        top = new TopK(k);
        outDocs = new int[k];
        outScores = new double[k];
    }

    /**
     * Bounded heap.
     *
     * @return a checksum of the selection
     */
    @Benchmark
    public double boundedHeap() {
        top.reset(k);
        double[] s = scores;
        for (int d = 0; d < s.length; d++) {
            top.offer(s[d], d);
        }
        int m = top.drainBestFirst(outDocs, outScores);
        return outScores[m - 1] + outDocs[0];
    }

    /**
     * Sort an index array by (score desc, doc asc), keep the first k.
     *
     * @return a checksum of the selection
     */
    @Benchmark
    public double sortIndexArray() {
        double[] s = scores;
        Integer[] idx = new Integer[s.length];
        for (int d = 0; d < s.length; d++) {
            idx[d] = d;
        }
        Arrays.sort(idx, (a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b));
        for (int i = 0; i < k; i++) {
            outDocs[i] = idx[i];
            outScores[i] = s[idx[i]];
        }
        return outScores[k - 1] + outDocs[0];
    }

    /**
     * Sort a copy of the scores alone (primitive dual-pivot quicksort): no documents carried, a floor for sorting.
     *
     * @return a checksum
     */
    @Benchmark
    public double sortScoresOnly() {
        double[] c = scores.clone();
        Arrays.sort(c);
        return c[c.length - k] + c[c.length - 1];
    }
}
