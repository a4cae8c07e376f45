package io.kindred.bench.scale;

import io.kindred.bench.corpora.BenchCorpora;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What two threads can gain on this machine at all: the same work on 1 and on 2 threads, for (a) an arithmetic-only
 * loop (no memory traffic) and (b) the scatter multiply-add of the scoring kernel ({@code acc[doc[p]] += q * w[p]}, one
 * private accumulator per thread, 20k and 1M documents). A speedup well below 2 for (a) means the two vCPUs share a
 * physical core or are throttled: no kernel can then scale to 2x.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.kindred.bench.scale.CpuScaling
 * </pre>
 */
public final class CpuScaling {

    private CpuScaling() {}

    /**
     * @param args unused
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            report("arithmetic", () -> arithmetic(400_000_000L), round);
            for (int n : new int[] {20_000, 1_000_000}) {
                int postings = 50_000_000;
                int[] docs = new int[postings];
                float[] w = new float[postings];
                SplittableRandom rnd = new SplittableRandom(BenchCorpora.SEED);
                // postings of ~n/2-long lists, each increasing (as in an index)
                int p = 0;
                while (p < postings) {
                    int d = rnd.nextInt(3);
                    while (d < n && p < postings) {
                        docs[p] = d;
                        w[p++] = (float) rnd.nextDouble();
                        d += 1 + rnd.nextInt(3);
                    }
                }
                report("scatter n=" + n, () -> scatter(docs, w, n), round);
            }
        }
    }

    private interface Work {
        double run();
    }

    private static void report(String name, Work work, int round) throws InterruptedException {
        long t = System.nanoTime();
        double s = work.run();
        double one = (System.nanoTime() - t) / 1e9;
        double[] sums = new double[2];
        Thread[] ts = new Thread[2];
        t = System.nanoTime();
        for (int i = 0; i < 2; i++) {
            int id = i;
            ts[i] = new Thread(() -> sums[id] = work.run());
            ts[i].start();
        }
        for (Thread th : ts) {
            th.join();
        }
        double two = (System.nanoTime() - t) / 1e9;
        if (round == 1) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "%-22s 1 thread %.3f s; 2 threads doing twice the work %.3f s; speedup %.2fx (checksum %.1f)",
                    name,
                    one,
                    two,
                    2 * one / two,
                    s + sums[0] + sums[1]));
        }
    }

    private static double arithmetic(long iterations) {
        double x = 1.0;
        double y = 0.5;
        for (long i = 0; i < iterations; i++) {
            x = x * 0.9999999 + y;
            y = y * 0.9999998 + 1e-9;
        }
        return x + y;
    }

    private static double scatter(int[] docs, float[] w, int n) {
        double[] acc = new double[n];
        for (int rep = 0; rep < 4; rep++) {
            double q = 0.5 + rep;
            for (int p = 0; p < docs.length; p++) {
                acc[docs[p]] += q * w[p];
            }
        }
        double s = 0;
        for (double a : acc) {
            s += a;
        }
        return s;
    }
}
