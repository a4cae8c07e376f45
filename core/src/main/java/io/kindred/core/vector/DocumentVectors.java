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
     * A copy with rows {@code [from, to)} replaced by {@code rows} (any number, none to remove rows), in bulk copies: a
     * corpus after an article is added, replaced or removed.
     *
     * @param from first row replaced
     * @param to row after the last one replaced ({@code from} to insert)
     * @param rows the new rows, term ids in {@code [0, dimensions())}
     * @return the new matrix
     * @throws IllegalArgumentException if a new row has a term outside the dimensions
     */
    public DocumentVectors splice(int from, int to, SparseVector... rows) {
        Objects.checkFromToIndex(from, to, rows());
        int cut = rowStart[from];
        int resume = rowStart[to];
        int width = 0;
        for (SparseVector v : rows) {
            if (v.size() > 0 && (v.term(0) < 0 || v.term(v.size() - 1) >= dimensions)) {
                throw new IllegalArgumentException("a row has a term outside [0, " + dimensions + ")");
            }
            width += v.size();
        }
        int entries = terms.length - (resume - cut) + width;
        int[] starts = new int[rows() - (to - from) + rows.length + 1];
        int[] t = new int[entries];
        double[] w = new double[entries];
        System.arraycopy(rowStart, 0, starts, 0, from + 1);
        System.arraycopy(terms, 0, t, 0, cut);
        System.arraycopy(weights, 0, w, 0, cut);
        int at = cut;
        int r = from;
        for (SparseVector v : rows) {
            for (int e = 0; e < v.size(); e++, at++) {
                t[at] = v.term(e);
                w[at] = v.weight(e);
            }
            starts[++r] = at;
        }
        int shift = at - resume;
        for (int old = to + 1; old < rowStart.length; old++) {
            starts[++r] = rowStart[old] + shift;
        }
        System.arraycopy(terms, resume, t, at, terms.length - resume);
        System.arraycopy(weights, resume, w, at, terms.length - resume);
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
