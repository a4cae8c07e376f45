package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.testing.Seeds;
import io.kindred.core.vector.DocumentVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The all-pairs search on document vectors built directly, including what no vectorizer makes: entries of weight 0,
 * which have no posting. Below 1,000 documents the search tracks touched documents; above, it adds head columns.
 */
class AllPairsVectorsTest {

    @ParameterizedTest
    @ValueSource(ints = {300, 1500})
    void zeroWeightsAddNothingAndListsEqualBruteForce(int n) {
        Random random = new Random(Seeds.seed("zeroWeightsAddNothingAndListsEqualBruteForce" + n));
        DocumentVectors vectors = randomVectors(random, n, 400);
        InvertedIndex index = InvertedIndex.build(vectors, 2);
        int k = 1 + random.nextInt(8);
        int threads = 1 + random.nextInt(3);
        int[][] docs = new int[n][];
        double[][] scores = new double[n][];
        new AllPairsSearch(index, vectors, k, CandidateFilter.ALL, threads)
                .run(
                        threads,
                        w -> new ExactScorer(index, vectors, k, ExactScorer.Pruning.AUTO),
                        (doc, d, s, count) -> {
                            docs[doc] = java.util.Arrays.copyOf(d, count);
                            scores[doc] = java.util.Arrays.copyOf(s, count);
                        },
                        io.kindred.core.Progress.NONE);
        for (int i = 0; i < n; i++) {
            List<Double> expectedScores = new ArrayList<>();
            List<int[]> expected = BruteForce.topK(vectors, vectors.row(i), i, k, expectedScores);
            assertArrayEquals(expected.stream().mapToInt(x -> x[0]).toArray(), docs[i], "list " + i);
            for (int r = 0; r < expected.size(); r++) {
                assertEquals(expectedScores.get(r), scores[i][r], 1e-12, "list " + i + " rank " + r);
            }
        }
    }

    /**
     * Zipf-distributed terms (so that the common ones are head terms), a fifth of the entries of weight 0; and the
     * twelve first terms in every document, of weight 0 in every other one (a document with many zero entries of terms
     * that other documents have).
     */
    private static DocumentVectors randomVectors(Random random, int n, int dimensions) {
        int[] rowStart = new int[n + 1];
        List<Integer> terms = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            java.util.TreeSet<Integer> row = new java.util.TreeSet<>();
            for (int t = 0; t < 12; t++) {
                row.add(t);
            }
            for (int x = 1 + random.nextInt(40); x > 0; x--) {
                row.add((int) Math.min(dimensions - 1, Math.floor(Math.pow(dimensions, random.nextDouble())) - 1));
            }
            for (int t : row) {
                terms.add(t);
                weights.add((t < 12 && d % 2 == 0) || random.nextInt(5) == 0 ? 0.0 : random.nextDouble());
            }
            rowStart[d + 1] = terms.size();
        }
        return DocumentVectors.of(
                rowStart,
                terms.stream().mapToInt(Integer::intValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray(),
                dimensions);
    }
}
