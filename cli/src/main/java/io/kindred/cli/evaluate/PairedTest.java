package io.kindred.cli.evaluate;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Two configurations compared article by article: the Wilcoxon signed-rank test (two-sided) of the paired differences
 * of a per-article metric, by Apache Commons Math. Pairs whose difference is zero are dropped first (Wilcoxon's own
 * rule; Commons Math would count them as negative differences); tied absolute differences get their average rank. The
 * p-value is exact (every sign assignment enumerated, ties ignored) for at most {@value #EXACT_LIMIT} non-zero
 * differences, the normal approximation with continuity correction above; 1 when no pair differs. Immutable.
 *
 * @param pairs the number of pairs
 * @param differing the number of pairs whose difference is not zero (the test's n)
 * @param meanA the mean of the first configuration's values
 * @param meanB the mean of the second's
 * @param statistic max(W+, W−) over the differing pairs (0 when none differs)
 * @param pValue the two-sided p-value
 * @param exact whether the p-value is exact
 */
public record PairedTest(
        int pairs, int differing, double meanA, double meanB, double statistic, double pValue, boolean exact) {

    /** The largest number of differing pairs for which the p-value is exact. */
    public static final int EXACT_LIMIT = 30;

    /** @return meanA − meanB */
    public double difference() {
        return meanA - meanB;
    }

    /**
     * @param a the first configuration's value for each article
     * @param b the second's, for the same articles in the same order
     * @return the test
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static PairedTest wilcoxon(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("paired values needed, as many for each side and at least one, got "
                    + a.length + " and " + b.length);
        }
        int differing = 0;
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < a.length; i++) {
            sumA += a[i];
            sumB += b[i];
            differing += a[i] != b[i] ? 1 : 0;
        }
        double meanA = sumA / a.length;
        double meanB = sumB / b.length;
        if (differing == 0) {
            return new PairedTest(a.length, 0, meanA, meanB, 0, 1, true);
        }
        double[] x = new double[differing];
        double[] y = new double[differing];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                x[j] = a[i];
                y[j++] = b[i];
            }
        }
        WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
        boolean exact = differing <= EXACT_LIMIT;
        return new PairedTest(
                a.length,
                differing,
                meanA,
                meanB,
                test.wilcoxonSignedRank(x, y),
                Math.min(1, test.wilcoxonSignedRankTest(x, y, exact)),
                exact);
    }
}
