package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The all-pairs search's split of the documents into ranges of about equal work. */
class AllPairsRangesTest {

    @Test
    void rangesCoverEveryDocumentOnceWithAboutEqualWork() {
        for (int n : new int[] {0, 1, 15, 16, 17, 100, 1000, 12_678, 18_846, 1_000_000}) {
            for (int threads : new int[] {1, 2, 7}) {
                int[] start = AllPairsSearch.ranges(n, threads);
                int count = start.length - 1;
                String where = n + " documents, " + threads + " threads";
                assertEquals(0, start[0], where);
                assertEquals(n, start[count], where);
                assertTrue(count >= 1 && count <= Math.max(1, 64 * threads), where);
                for (int r = 0; r < count; r++) {
                    assertTrue(n == 0 || start[r] < start[r + 1], where + ": range " + r + " is empty");
                    // pairs (i, j > i) of the range: document i has n - 1 - i of them
                    double pairs = 0;
                    for (int i = start[r]; i < start[r + 1]; i++) {
                        pairs += n - 1 - i;
                    }
                    double share = (double) n * (n - 1) / 2 / count;
                    assertTrue(
                            pairs <= 2 * share + n,
                            where + ": range " + r + " has " + pairs + " pairs, a share is " + share);
                }
            }
        }
    }
}
