package io.kindred.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankCorrelationTest {

    @Test
    void withoutTies() {
        // cosines 0.9 0.5 0.3 0.1 rank 4 3 2 1; judgments 3 1 2 0 rank 4 2 3 1: d = 0 1 -1 0, Σd² = 2,
        // ρ = 1 − 6·2 / (4·(16 − 1)) = 0.8. Pairs: (1,2) (1,3) (1,4) (2,4) (3,4) concordant, (2,3) discordant:
        // τ = (5 − 1) / 6 = 2/3
        RankCorrelation r = RankCorrelation.of(new double[] {0.9, 0.5, 0.3, 0.1}, new double[] {3, 1, 2, 0});
        assertEquals(4, r.pairs());
        assertEquals(0.8, r.spearman(), 1e-12);
        assertEquals(2.0 / 3, r.kendall(), 1e-12);
    }

    @Test
    void pearsonSeesTheValues() {
        // x 0 1 2 3 (mean 1.5), y 0 1 2 9 (mean 3): dx −1.5 −0.5 0.5 1.5, dy −3 −2 −1 6; Σdxdy = 4.5 + 1 − 0.5 + 9 =
        // 14, Σdx² = 5, Σdy² = 50: r = 14 / sqrt(250) = 0.885438; the ranks agree exactly: ρ = τ = 1
        RankCorrelation r = RankCorrelation.of(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 9});
        assertEquals(14 / Math.sqrt(250), r.pearson(), 1e-12);
        assertEquals(1.0, r.spearman(), 1e-12);
        assertEquals(1.0, r.kendall(), 1e-12);
    }

    @Test
    void withTies() {
        // cosines 0.9 0.5 0.5 0.1 rank 4 2.5 2.5 1; judgments 2 1 1 0 rank 4 2.5 2.5 1: identical ranks, ρ = 1.
        // τ-b: 5 concordant, 0 discordant, one tie in each: 5 / sqrt((6 − 1)(6 − 1)) = 1
        RankCorrelation r = RankCorrelation.of(new double[] {0.9, 0.5, 0.5, 0.1}, new double[] {2, 1, 1, 0});
        assertEquals(1.0, r.spearman(), 1e-12);
        assertEquals(1.0, r.kendall(), 1e-12);
        // judgments 1 2 2 0 rank 2 3.5 3.5 1 against 4 2.5 2.5 1; deviations from the mean rank 2.5: −0.5 1 1 −1.5 and
        // 1.5 0 0 −1.5: Pearson of the ranks = (−0.75 + 2.25) / sqrt(4.5 · 4.5) = 1/3; τ-b: pairs (1,2) (1,3)
        // discordant, (1,4) (2,4) (3,4) concordant, (2,3) tied in both: (3 − 2) / sqrt(5 · 5) = 0.2
        r = RankCorrelation.of(new double[] {0.9, 0.5, 0.5, 0.1}, new double[] {1, 2, 2, 0});
        assertEquals(1.0 / 3, r.spearman(), 1e-12);
        assertEquals(0.2, r.kendall(), 1e-12);
    }

    @Test
    void constantSidesHaveNoCorrelation() {
        RankCorrelation r = RankCorrelation.of(new double[] {1, 2, 3}, new double[] {5, 5, 5});
        assertTrue(Double.isNaN(r.spearman()));
        assertTrue(Double.isNaN(r.pearson()));
    }

    @Test
    void needsTwoPairs() {
        assertEquals(
                "a correlation needs at least 2 judged pairs, got 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RankCorrelation.of(new double[] {1}, new double[] {1}))
                        .getMessage());
    }
}
