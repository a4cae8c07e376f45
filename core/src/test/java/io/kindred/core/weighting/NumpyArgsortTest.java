package io.kindred.core.weighting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.kindred.core.testing.Seeds;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Tie order of numpy 1.24.2's {@code np.argsort} (printed by Debian's numpy), and sortedness on random input. */
class NumpyArgsortTest {

    @Test
    void tiesComeOutInNumpysOrder() {
        check(
                new double[] {-4, -1, -3, -3, -4, -1, 0, -1, -2, -2, 0, -4, 0, -4, 0, -3, -2},
                new int[] {0, 13, 4, 11, 2, 3, 15, 9, 8, 16, 5, 1, 7, 6, 10, 12, 14});
        check(
                new double[] {
                    -3, -4, -4, 0, 0, 0, -3, 0, -2, 0, -1, -4, -1, -3, -3, 0, -3, 0, -1, 0, 0, -4, -4, -4, -2, -1, -3,
                    0, -4, 0, -4, -3, -1, -3, -3, -3, -1, -3, -3, -4
                },
                new int[] {
                    39, 1, 2, 30, 28, 11, 23, 22, 21, 37, 35, 34, 33, 31, 26, 38, 0, 14, 13, 16, 6, 24, 8, 18, 36, 12,
                    25, 10, 32, 17, 3, 4, 5, 9, 29, 27, 20, 15, 7, 19
                });
        check(new double[] {5, 5, 5}, new int[] {0, 1, 2}); // small arrays: insertion sort, stable
    }

    @Test
    void sortsRandomArraysWithManyTies() {
        Random random = new Random(Seeds.seed("sortsRandomArraysWithManyTies"));
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[random.nextInt(3000)];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextInt(1 + random.nextInt(50));
            }
            int[] order = NumpyArgsort.argsort(v);
            int[] sorted = IntStream.range(0, v.length)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> v[i]))
                    .mapToInt(i -> i)
                    .toArray();
            double[] byOrder = Arrays.stream(order).mapToDouble(i -> v[i]).toArray();
            double[] expected = Arrays.stream(sorted).mapToDouble(i -> v[i]).toArray();
            assertArrayEquals(expected, byOrder);
            assertArrayEquals(
                    IntStream.range(0, v.length).toArray(),
                    Arrays.stream(order).sorted().toArray());
        }
    }

    private static void check(double[] values, int[] numpy) {
        assertArrayEquals(numpy, NumpyArgsort.argsort(values));
    }
}
