package io.kindred.core.search;

import io.kindred.core.vector.DocumentVectors;
import java.util.Arrays;

/**
 * Postings of a few rows (those added or replaced since an {@link InvertedIndex} was built), searched beside it: one
 * tier per term, terms sorted for lookup. Immutable.
 */
final class DeltaPostings {

    private final int[] terms;
    private final int[] start;
    private final int[] docs;
    private final float[] weights;
    private final float[] max;
    private final double maxRowNorm;

    private DeltaPostings(int[] terms, int[] start, int[] docs, float[] weights, float[] max, double maxRowNorm) {
        this.terms = terms;
        this.start = start;
        this.docs = docs;
        this.weights = weights;
        this.max = max;
        this.maxRowNorm = maxRowNorm;
    }

    /**
     * @param vectors the corpus vectors
     * @param rows the rows to index, increasing
     * @return their postings, in row order within each term
     */
    static DeltaPostings build(DocumentVectors vectors, int[] rows) {
        int count = 0;
        for (int r : rows) {
            count += vectors.rowEnd(r) - vectors.rowStart(r);
        }
        long[] keys = new long[count]; // (term << 32) | entry index into the flattened list, sorted: by term, then row
        int[] entryRow = new int[count];
        double[] entryWeight = new double[count];
        int m = 0;
        double maxNorm = 0;
        for (int r : rows) {
            double sq = 0;
            for (int e = vectors.rowStart(r); e < vectors.rowEnd(r); e++) {
                double w = vectors.weight(e);
                sq += w * w;
                if (w > 0) {
                    keys[m] = ((long) vectors.term(e) << 32) | m;
                    entryRow[m] = r;
                    entryWeight[m] = w;
                    m++;
                }
            }
            maxNorm = Math.max(maxNorm, Math.sqrt(sq));
        }
        Arrays.sort(keys, 0, m);
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || (keys[i] >>> 32) != (keys[i - 1] >>> 32)) {
                distinct++;
            }
        }
        int[] terms = new int[distinct];
        int[] start = new int[distinct + 1];
        int[] docs = new int[m];
        float[] weights = new float[m];
        float[] max = new float[distinct];
        int t = -1;
        for (int i = 0; i < m; i++) {
            int term = (int) (keys[i] >>> 32);
            int entry = (int) keys[i];
            if (t < 0 || terms[t] != term) {
                terms[++t] = term;
                start[t] = i;
            }
            docs[i] = entryRow[entry];
            weights[i] = (float) entryWeight[entry];
            max[t] = Math.max(max[t], weights[i]);
        }
        start[distinct] = m;
        return new DeltaPostings(terms, start, docs, weights, max, maxNorm);
    }

    /** @return the slot of a term, or -1 if no delta row has it */
    int find(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i < 0 ? -1 : i;
    }

    int start(int slot) {
        return start[slot];
    }

    int end(int slot) {
        return start[slot + 1];
    }

    float maxWeight(int slot) {
        return max[slot];
    }

    int[] docs() {
        return docs;
    }

    float[] weights() {
        return weights;
    }

    double maxRowNorm() {
        return maxRowNorm;
    }

    int postings() {
        return docs.length;
    }
}
