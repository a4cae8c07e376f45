package io.kindred.core.vector;

import java.util.Arrays;
import java.util.Objects;

/**
 * The vectors of a corpus, one row per document in input order, stored as compressed sparse rows (CSR): the entries of
 * row {@code r} are {@code [rowStart(r), rowEnd(r))}, term ids strictly increasing.
 *
 * <p>Weights are doubles: exact scores are recomputed from these. Immutable and thread-safe.
 */
public final class DocumentVectors {

    private final int[] rowStart;
    private final int[] terms;
    private final double[] weights;
    private final int dimensions;

    private DocumentVectors(int[] rowStart, int[] terms, double[] weights, int dimensions) {
        this.rowStart = rowStart;
        this.terms = terms;
        this.weights = weights;
        this.dimensions = dimensions;
    }

    /**
     * Builds the matrix from CSR arrays (copied and checked).
     *
     * @param rowStart {@code rows + 1} offsets, non-decreasing, starting at 0
     * @param terms term ids, strictly increasing within each row, in {@code [0, dimensions)}
     * @param weights weights, parallel to {@code terms}
     * @param dimensions number of terms of the vocabulary
     * @return the matrix
     * @throws IllegalArgumentException if the arrays are inconsistent
     */
    public static DocumentVectors of(int[] rowStart, int[] terms, double[] weights, int dimensions) {
        DocumentVectors m = new DocumentVectors(rowStart.clone(), terms.clone(), weights.clone(), dimensions);
        m.check();
        return m;
    }

    /**
     * Wraps CSR arrays that the caller hands over (not copied; checked).
     *
     * @param rowStart offsets
     * @param terms term ids
     * @param weights weights
     * @param dimensions vocabulary size
     * @return the matrix
     */
    public static DocumentVectors wrap(int[] rowStart, int[] terms, double[] weights, int dimensions) {
        DocumentVectors m = new DocumentVectors(rowStart, terms, weights, dimensions);
        m.check();
        return m;
    }

    private void check() {
        if (rowStart.length == 0 || rowStart[0] != 0 || rowStart[rowStart.length - 1] != terms.length) {
            throw new IllegalArgumentException(
                    "rowStart must start at 0 and end at the number of entries " + terms.length);
        }
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " term ids but " + weights.length + " weights");
        }
        for (int r = 0; r + 1 < rowStart.length; r++) {
            if (rowStart[r + 1] < rowStart[r]) {
                throw new IllegalArgumentException("rowStart decreases at row " + r);
            }
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                if (terms[j] < 0 || terms[j] >= dimensions || (j > rowStart[r] && terms[j] <= terms[j - 1])) {
                    throw new IllegalArgumentException(
                            "row " + r + ": term ids must be strictly increasing in [0, " + dimensions + ")");
                }
            }
        }
    }

    /** @return the number of rows (documents) */
    public int rows() {
        return rowStart.length - 1;
    }

    /** @return the number of dimensions (vocabulary size) */
    public int dimensions() {
        return dimensions;
    }

    /** @return the number of stored entries */
    public int entries() {
        return terms.length;
    }

    /**
     * @param row a row
     * @return index of its first entry
     */
    public int rowStart(int row) {
        return rowStart[row];
    }

    /**
     * @param row a row
     * @return index after its last entry
     */
    public int rowEnd(int row) {
        return rowStart[row + 1];
    }

    /**
     * @param entry entry index
     * @return its term id
     */
    public int term(int entry) {
        return terms[entry];
    }

    /**
     * @param entry entry index
     * @return its weight
     */
    public double weight(int entry) {
        return weights[entry];
    }

    /**
     * The dot product of two rows (their cosine for L2-normalised vectors), summed in ascending term order.
     *
     * @param a a row
     * @param b a row
     * @return the dot product
     */
    public double dot(int a, int b) {
        return SparseVector.dot(
                terms, weights, rowStart[a], rowStart[a + 1], terms, weights, rowStart[b], rowStart[b + 1]);
    }

    /**
     * A new matrix whose rows are rows of this one or new rows, copied in bulk runs: a corpus after articles are added,
     * replaced or removed.
     *
     * @param rows for each row of the result, the row of this matrix it copies, or {@code -1 - i} for {@code fresh[i]}
     * @param fresh the new rows, term ids in {@code [0, dimensions())}
     * @return the new matrix
     * @throws IllegalArgumentException if a row number is out of range or a new row has a term outside the dimensions
     */
    public DocumentVectors rearranged(int[] rows, SparseVector[] fresh) {
        int entries = 0;
        for (int r : rows) {
            if (r >= 0) {
                Objects.checkIndex(r, rows());
                entries += rowStart[r + 1] - rowStart[r];
            } else {
                SparseVector v = fresh[-1 - r];
                if (v.size() > 0 && (v.term(0) < 0 || v.term(v.size() - 1) >= dimensions)) {
                    throw new IllegalArgumentException("a new row has a term outside [0, " + dimensions + ")");
                }
                entries += v.size();
            }
        }
        int[] starts = new int[rows.length + 1];
        int[] t = new int[entries];
        double[] w = new double[entries];
        int at = 0;
        for (int i = 0; i < rows.length; ) {
            if (rows[i] < 0) {
                SparseVector v = fresh[-1 - rows[i]];
                for (int e = 0; e < v.size(); e++, at++) {
                    t[at] = v.term(e);
                    w[at] = v.weight(e);
                }
                starts[++i] = at;
                continue;
            }
            int run = 1;
            while (i + run < rows.length && rows[i + run] == rows[i] + run) {
                run++;
            }
            int from = rowStart[rows[i]];
            int length = rowStart[rows[i] + run] - from;
            System.arraycopy(terms, from, t, at, length);
            System.arraycopy(weights, from, w, at, length);
            for (int r = 0; r < run; r++) {
                starts[i + r + 1] = at + rowStart[rows[i] + r + 1] - from;
            }
            at += length;
            i += run;
        }
        return new DocumentVectors(starts, t, w, dimensions);
    }

    /**
     * @param row a row
     * @return the row as a vector (a copy)
     */
    public SparseVector row(int row) {
        int from = rowStart[row];
        int to = rowStart[row + 1];
        return SparseVector.wrap(Arrays.copyOfRange(terms, from, to), Arrays.copyOfRange(weights, from, to));
    }
}
