package io.kindred.core.vector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatentSpaceTest {

    @Test
    void byDecreasingValueOrdersLikeAStableSortWithDoubleCompare() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, LatentSpace.byDecreasingValue(new double[] {1, 3, 0.0, 2}));
        assertArrayEquals(new int[] {1, 2, 0}, LatentSpace.byDecreasingValue(new double[] {-0.0, 5, 0.0}));
        Random random = new Random(Seeds.seed("byDecreasingValue"));
        for (int run = 0; run < 200; run++) {
            double[] values = new double[random.nextInt(60)];
            for (int i = 0; i < values.length; i++) {
                int kind = random.nextInt(4); // ties, signed zeros and distinct values
                values[i] = kind == 0 ? random.nextInt(3) : kind == 1 ? -0.0 : random.nextGaussian();
            }
            Integer[] expected = new Integer[values.length];
            for (int i = 0; i < values.length; i++) {
                expected[i] = i;
            }
            Arrays.sort(expected, (p, q) -> Double.compare(values[q], values[p]));
            assertArrayEquals(
                    Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                    LatentSpace.byDecreasingValue(values),
                    Arrays.toString(values));
        }
    }

    @Test
    void jacobiFindsTheEigenpairsOfASymmetricMatrix() {
        // [[2, 1], [1, 2]]: eigenvalues 3 (vector (1, 1)/√2) and 1 (vector (1, -1)/√2)
        double[] v = new double[4];
        double[] values = LatentSpace.jacobi(new double[] {2, 1, 1, 2}, v, 2);
        int big = values[0] > values[1] ? 0 : 1;
        assertEquals(3, values[big], 1e-12);
        assertEquals(1, values[1 - big], 1e-12);
        assertEquals(Math.abs(v[big]), Math.abs(v[2 + big]), 1e-12);
        assertEquals(v[big], v[2 + big], 1e-12);
    }

    @Test
    void orthonormalizedColumnsAreOrthonormalAndSpanTheSameSpace() {
        Random random = new Random(Seeds.seed("orthonormalizedColumns"));
        int rows = 50;
        int cols = 6;
        double[] a = new double[rows * cols];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            a[i * cols + 5] = a[i * cols] + 2 * a[i * cols + 1]; // dependent: must become zero
        }
        double[] q = a.clone();
        LatentSpace.orthonormalize(q, rows, cols);
        for (int p = 0; p < cols; p++) {
            for (int r = 0; r < cols; r++) {
                double dot = 0;
                for (int i = 0; i < rows; i++) {
                    dot += q[i * cols + p] * q[i * cols + r];
                }
                assertEquals(p == r && p < 5 ? 1 : 0, dot, 1e-9, "columns " + p + ", " + r);
            }
        }
    }

    @Test
    void articlesOfOneSubjectAreCloseEvenWithoutSharedWords() {
        // two subjects; within each, words co-occur in chains, so a and c share no word but are linked through b
        List<Article> corpus = new ArrayList<>();
        String[][] subjects = {
            {"goal", "match", "striker", "league", "coach"}, {"vote", "ballot", "senate", "party", "mayor"}
        };
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            String[] w = subjects[i % 2];
            int start = random.nextInt(4);
            corpus.add(Article.of("a" + i, "", w[start] + " " + w[start + 1] + " " + w[(start + 2) % 5]));
        }
        DocumentVectors vectors =
                TfidfVectorizer.sklearnDefaults().fit(corpus, 1).vectors();
        LatentSpace space = LatentSpace.fit(vectors, 2, 1);
        float[] football = space.embed(vectors.row(0));
        float[] politics = space.embed(vectors.row(1));
        for (int i = 0; i < corpus.size(); i++) {
            double same = space.cosine(i, i % 2 == 0 ? football : politics);
            double other = space.cosine(i, i % 2 == 0 ? politics : football);
            assertTrue(same > 0.9 && Math.abs(other) < 0.1, "article " + i + ": " + same + " / " + other);
        }
    }

    @Test
    void theSpaceDoesNotDependOnTheThreadCount() {
        Random random = new Random(Seeds.seed("theSpaceDoesNotDependOnTheThreadCount"));
        DocumentVectors vectors = TfidfVectorizer.sklearnDefaults()
                .fit(RandomCorpus.generate(random, 400, 300, 60), 1)
                .vectors();
        LatentSpace one = LatentSpace.fit(vectors, 20, 1);
        LatentSpace three = LatentSpace.fit(vectors, 20, 3);
        assertEquals(one.dims(), three.dims());
        for (int i = 0; i < vectors.rows(); i++) {
            assertArrayEquals(one.embed(vectors.row(i)), three.embed(vectors.row(i)), "article " + i);
            assertArrayEquals(one.embed(vectors.row(i)), one.vector(i), "article " + i);
            float[] q = one.embed(vectors.row(i));
            assertEquals(one.cosine(i, q), three.cosine(i, q), "article " + i);
        }
    }
}
