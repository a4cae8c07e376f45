package io.kindred.core.search;

import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The test oracle: every score computed, everything sorted. Slow and obviously right. */
final class BruteForce {

    private BruteForce() {}

    /** Top k of {@code query} against every row but {@code self}: score desc, then row asc; scores > 0 only. */
    static List<int[]> topK(DocumentVectors vectors, SparseVector query, int self, int k, List<Double> scoresOut) {
        List<double[]> all = new ArrayList<>();
        for (int j = 0; j < vectors.rows(); j++) {
            if (j == self) {
                continue;
            }
            double s = query.dot(vectors.row(j));
            if (s > 0) {
                all.add(new double[] {s, j});
            }
        }
        all.sort(Comparator.<double[]>comparingDouble(x -> -x[0]).thenComparingDouble(x -> x[1]));
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, all.size()); i++) {
            out.add(new int[] {(int) all.get(i)[1]});
            scoresOut.add(all.get(i)[0]);
        }
        return out;
    }
}
