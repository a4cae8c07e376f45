package io.kindred.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Wilcoxon signed-rank test against textbook values. */
class PairedTestTest {

    /**
     * Hollander and Wolfe (1973), p. 29 ff., depression scale before (x) and after (y) a tranquilizer: the example of
     * R's {@code wilcox.test}, where {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")} gives V = 40, p
     * = 0.01953. Differences 0.952 −0.147 1.022 0.430 0.620 0.590 0.490 −0.080 0.010 rank (by size) 8 3 9 4 7 6 5 2 1:
     * W+ = 40, W− = 5. Exactly 10 of the 2^9 = 512 sign assignments give W+ ≥ 40: one-sided p = 10/512, two-sided
     * 20/512 = 0.0390625.
     */
    private static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};

    private static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    @Test
    void textbookExampleExact() {
        PairedTest t = PairedTest.wilcoxon(X, Y);
        assertEquals(40, t.statistic());
        assertEquals(20.0 / 512, t.pValue(), 1e-15);
        assertTrue(t.exact());
        assertEquals(9, t.pairs());
        assertEquals(9, t.differing());
        double meanX = 15.90 / 9;
        double meanY = 12.013 / 9;
        assertEquals(meanX, t.meanA(), 1e-12);
        assertEquals(meanY, t.meanB(), 1e-12);
        assertEquals(meanX - meanY, t.difference(), 1e-12);
    }

    @Test
    void zeroDifferencesAreDropped() {
        // two more pairs without difference: the test is the same (Commons Math alone would count them as negatives)
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30, 0.7, 0.2};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29, 0.7, 0.2};
        PairedTest t = PairedTest.wilcoxon(x, y);
        assertEquals(11, t.pairs());
        assertEquals(9, t.differing());
        assertEquals(20.0 / 512, t.pValue(), 1e-15);
    }

    @Test
    void normalApproximationAboveThirtyPairs() {
        // 40 positive differences 1..40: W+ = 820, W− = 0; E = 40·41/4 = 410, Var = 410·81/6 = 5535;
        // z = (0 − 410 − 0.5) / sqrt(5535) = −5.51765, p = 2·Φ(z) = 3.43558e-8
        double[] a = new double[40];
        double[] b = new double[40];
        for (int i = 0; i < 40; i++) {
            a[i] = i + 1;
        }
        PairedTest t = PairedTest.wilcoxon(a, b);
        assertFalse(t.exact());
        assertEquals(820, t.statistic());
        assertEquals(3.4355783145662026e-8, t.pValue(), 1e-14);
    }

    @Test
    void pValuesAsShown() {
        assertEquals("p = 0.0391", TextReport.pValue(20.0 / 512));
        assertEquals("p = 3.44e-08", TextReport.pValue(3.4355783145662026e-8));
        assertEquals("p < 1e-300", TextReport.pValue(0));
    }

    @Test
    void noDifferenceAtAll() {
        PairedTest t = PairedTest.wilcoxon(new double[] {0.5, 0.7}, new double[] {0.5, 0.7});
        assertEquals(1.0, t.pValue());
        assertEquals(0, t.differing());
        assertEquals(0.0, t.difference());
    }
}
