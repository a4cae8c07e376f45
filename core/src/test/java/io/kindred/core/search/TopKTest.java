package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.testing.Seeds;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheBestByScoreThenSmallerDocument() {
        Random random = new Random(Seeds.seed("keepsTheBestByScoreThenSmallerDocument"));
        TopK top = new TopK(50);
        for (int trial = 0; trial < 500; trial++) {
            int n = random.nextInt(300);
            int k = 1 + random.nextInt(50);
            double[][] pairs = new double[n][];
            top.reset(k);
            for (int d = 0; d < n; d++) {
                double score = random.nextInt(20) / 4.0; // many ties
                pairs[d] = new double[] {score, d};
            }
            Integer[] offerOrder = new Integer[n];
            Arrays.setAll(offerOrder, i -> i);
            java.util.Collections.shuffle(Arrays.asList(offerOrder), random);
            for (int i : offerOrder) {
                top.offer(pairs[i][0], i);
            }
            Arrays.sort(pairs, Comparator.<double[]>comparingDouble(p -> -p[0]).thenComparingDouble(p -> p[1]));
            int m = Math.min(k, n);
            int[] docs = new int[k];
            double[] scores = new double[k];
            assertEquals(m, top.drainBestFirst(docs, scores));
            for (int i = 0; i < m; i++) {
                assertEquals((int) pairs[i][1], docs[i]);
                assertEquals(pairs[i][0], scores[i]);
            }
            assertEquals(0, top.size());
        }
    }

    @Test
    void rejectsBadK() {
        assertEquals(
                "capacity must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new TopK(0)).getMessage());
        assertEquals(
                "k must be in [1, 3], was 4",
                assertThrows(IllegalArgumentException.class, () -> new TopK(3).reset(4))
                        .getMessage());
    }

    @Test
    void worstScoreIsTheKth() {
        TopK top = new TopK(3);
        top.reset(2);
        top.offer(0.5, 7);
        top.offer(0.9, 3);
        top.offer(0.7, 1);
        assertEquals(0.7, top.worstScore());
        int[] d = new int[2];
        double[] s = new double[2];
        top.drainBestFirst(d, s);
        assertArrayEquals(new int[] {3, 1}, d);
    }
}
