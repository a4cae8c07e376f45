package io.kindred.bench.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * Percentiles of raw latency samples by nearest rank (the smallest sample with at least p% at or below it). Stateless.
 */
final class Percentiles {

    private Percentiles() {}

    /**
     * @param sorted samples, ascending, at least one
     * @param p a percentile in (0, 100]
     * @return the nearest-rank percentile
     */
    static long of(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * Puts calls, p50, p90, p99, max and mean (milliseconds) of nanosecond samples into {@code out}.
     *
     * @param out the JSON object
     * @param ns the samples in nanoseconds (not modified); none gives calls 0 only
     */
    static void put(ObjectNode out, long[] ns) {
        out.put("calls", ns.length);
        if (ns.length == 0) {
            return;
        }
        long[] s = ns.clone();
        Arrays.sort(s);
        out.put("p50_ms", of(s, 50) / 1e6);
        out.put("p90_ms", of(s, 90) / 1e6);
        out.put("p99_ms", of(s, 99) / 1e6);
        out.put("max_ms", s[s.length - 1] / 1e6);
        out.put("mean_ms", Arrays.stream(s).average().orElseThrow() / 1e6);
        out.put("total_s", Arrays.stream(s).sum() / 1e9);
    }
}
