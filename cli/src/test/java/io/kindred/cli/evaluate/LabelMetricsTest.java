package io.kindred.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every label metric on a corpus of six articles, computed by hand in the comments. */
class LabelMetricsTest {

    private static final double EPS = 1e-12;
    private static final double LOG2_3 = Math.log(3) / Math.log(2);

    /**
     * Labels: 0 {a}, 1 {a}, 2 {b}, 3 {a, b}, 4 none, 5 {c}. Relevant articles in the corpus (sharing a label, the
     * article itself excepted): R0 = 2 (1, 3), R1 = 2 (0, 3), R2 = 1 (3), R3 = 3 (0, 1, 2), R5 = 0; 4 is no query.
     */
    private static final List<Set<String>> LABELS =
            List.of(Set.of("a"), Set.of("a"), Set.of("b"), Set.of("a", "b"), Set.of(), Set.of("c"));

    /** k = 3. */
    private static final List<int[]> LISTS = List.of(
            new int[] {1, 2, 3}, // hit, miss, hit
            new int[] {4, 0}, // miss (unlabelled), hit; one place missing
            new int[] {3, 0, 1}, // hit (b), miss, miss
            new int[] {2, 5, 0}, // hit (b), miss, hit (a)
            new int[] {0, 1, 2}, // not a query, but a full list
            new int[] {}); // a query with nothing relevant and an empty list

    private static final LabelMetrics.Result RESULT = LabelMetrics.evaluate(LABELS, LISTS, 3);

    @Test
    void precisionCountsMissingPlacesAsMisses() {
        // P@3: 2/3, 1/3, 1/3, 2/3 and 0 for the five queries: mean 2/5
        assertArrayEquals(
                new double[] {2.0 / 3, 1.0 / 3, 1.0 / 3, 2.0 / 3, Double.NaN, 0}, RESULT.queryPrecision(), EPS);
        assertEquals(0.4, RESULT.precision(), EPS);
        assertEquals(5, RESULT.queries());
    }

    @Test
    void averagePrecisionIsNormalisedByTheRelevantArticlesThatFit() {
        // AP@3 = Σ P@i at the hits / min(3, R):
        //   q0: (1/1 + 2/3) / 2 = 5/6;  q1: (1/2) / 2 = 1/4;  q2: (1/1) / 1 = 1;  q3: (1/1 + 2/3) / 3 = 5/9
        //   q5 has R = 0 and is left out: MAP = (5/6 + 1/4 + 1 + 5/9) / 4 = 0.6597222...
        assertEquals((5.0 / 6 + 1.0 / 4 + 1 + 5.0 / 9) / 4, RESULT.map(), EPS);
        assertEquals(0.6597222222222222, RESULT.map(), 1e-12);
        assertEquals(4, RESULT.queriesWithRelevant());
    }

    @Test
    void ndcgUsesBinaryGainsAndTheIdealOfTheRelevantArticles() {
        // DCG = Σ 1 / log2(place + 1) at the hits; IDCG over min(3, R) places:
        //   q0: (1 + 1/2) / (1 + 1/log2 3);  q1: (1/log2 3) / (1 + 1/log2 3);  q2: 1 / 1;
        //   q3: (1 + 1/2) / (1 + 1/log2 3 + 1/2)
        double q0 = 1.5 / (1 + 1 / LOG2_3);
        double q1 = (1 / LOG2_3) / (1 + 1 / LOG2_3);
        double q3 = 1.5 / (1 + 1 / LOG2_3 + 0.5);
        assertEquals((q0 + q1 + 1 + q3) / 4, RESULT.ndcg(), EPS);
        assertEquals(0.7526229213542159, RESULT.ndcg(), 1e-12);
    }

    @Test
    void coverageAndHistogramCountEveryArticle() {
        // full lists: 0, 2, 3, 4 of 6; lengths: one empty, one of 2, four of 3
        assertEquals(4, RESULT.fullLists());
        assertEquals(4.0 / 6, RESULT.coverage(), EPS);
        assertArrayEquals(new int[] {1, 0, 1, 4}, RESULT.histogram());
        assertEquals(6, RESULT.articles());
    }

    @Test
    void precisionPerLabelAveragesTheQueriesCarryingIt() {
        // a: q0, q1, q3 -> (2/3 + 1/3 + 2/3) / 3 = 5/9; b: q2, q3 -> 1/2; c: q5 -> 0
        assertEquals(List.of("a", "b", "c"), List.copyOf(RESULT.perLabel().keySet()));
        assertEquals(3, RESULT.perLabel().get("a").queries());
        assertEquals(5.0 / 9, RESULT.perLabel().get("a").precision(), EPS);
        assertEquals(0.5, RESULT.perLabel().get("b").precision(), EPS);
        assertEquals(0.0, RESULT.perLabel().get("c").precision(), EPS);
    }

    @Test
    void onlyTheFirstKPlacesCount() {
        LabelMetrics.Result k1 = LabelMetrics.evaluate(LABELS, LISTS, 1);
        // P@1: 1, 0, 1, 1, 0 -> 3/5; all lists but the empty one are full
        assertEquals(0.6, k1.precision(), EPS);
        assertEquals(5.0 / 6, k1.coverage(), EPS);
    }

    @Test
    void withoutLabelsOnlyCoverageAndLengthsAreFigures() {
        List<Set<String>> none = List.of(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        LabelMetrics.Result r = LabelMetrics.evaluate(none, LISTS, 3);
        assertEquals(0, r.queries());
        assertTrue(Double.isNaN(r.precision()));
        assertTrue(Double.isNaN(r.map()));
        assertTrue(Double.isNaN(r.ndcg()));
        assertTrue(r.perLabel().isEmpty());
        // full lists: 0, 2, 3 and 4 of six
        assertEquals(4.0 / 6, r.coverage(), EPS);
        assertArrayEquals(new int[] {1, 0, 1, 4}, r.histogram());
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> LabelMetrics.evaluate(LABELS, LISTS, 0));
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> LabelMetrics.evaluate(LABELS, LISTS.subList(0, 2), 3))
                .getMessage()
                .contains("6 articles, 2 lists"));
    }
}
