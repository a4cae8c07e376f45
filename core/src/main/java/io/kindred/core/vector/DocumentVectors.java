package io.kindred.core.vector;

import java.util.Arrays;
import java.util.Objects;

/**
 * The vectors of a corpus, one row per document in input order, stored as compressed sparse rows (CSR): the entries of
 * row {@code r} are {@code [rowStart(r), rowEnd(r))}, term ids strictly increasing.
 *
 * <p>Weights are doubles: exact scores are recomputed from these. Immutable and thread-safe.
 *
 * <p>A matrix made by {@link #withRows} (a live index's: rows replaced in place and appended, one change at a time)
 * shares its entry arrays with the matrix it came from, writing the new rows past the entries that matrix uses; its
 * rows are then no longer contiguous, and {@link #entries()} counts the entries of replaced rows too.
 * {@link #rearranged} makes it compact again.
 */
public final class DocumentVectors {

    private final int[] rowStart;
    /** Where each row ends, or null when rows are contiguous (row r ends where r + 1 starts). */
    private final int[] rowEnd;

    private final int[] terms;
    private final double[] weights;
    /** Entries of the arrays this matrix uses; the arrays may be longer (room for {@link #withRows}). */
    private final int used;

    private final int dimensions;
    /** Which matrix sharing these arrays may write past its entries: the one whose {@link #used} equals the mark. */
    private final Tail tail;

    private DocumentVectors(int[] rowStart, int[] terms, double[] weights, int dimensions) {
        this(rowStart, null, terms, weights, terms.length, dimensions, new Tail(terms.length));
    }

    private DocumentVectors(
            int[] rowStart, int[] rowEnd, int[] terms, double[] weights, int used, int dimensions, Tail tail) {
        this.rowStart = rowStart;
        this.rowEnd = rowEnd;
        this.terms = terms;
        this.weights = weights;
        this.used = used;
        this.dimensions = dimensions;
        this.tail = tail;
    }

    /** The end of the entries written so far in shared arrays. */
    private static final class Tail {
        private int end;

        Tail(int end) {
            this.end = end;
        }
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

    /**
     * @return the number of stored entries: the sum of the rows' lengths for a compact matrix; for one made by
     *     {@link #withRows}, also the entries of rows since replaced
     */
    public int entries() {
        return used;
    }

    /** @return whether rows are contiguous and {@link #entries()} is the sum of their lengths */
    public boolean compact() {
        return rowEnd == null;
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
        return rowEnd == null ? rowStart[row + 1] : rowEnd[row];
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
        return SparseVector.dot(terms, weights, rowStart[a], rowEnd(a), terms, weights, rowStart[b], rowEnd(b));
    }

    /**
     * This matrix with some rows replaced and rows appended, in time proportional to the new rows (and a copy of the
     * row offsets): the new entries are written past this matrix's, in arrays shared with it while they have room
     * (grown by half when not). Only one matrix derived from a given one may share its arrays; another derivation
     * copies them.
     *
     * @param rows the rows to replace, or {@code rows() + j} for the j-th appended row (appended rows in order)
     * @param vectors the new rows, term ids in {@code [0, dimensions())}
     * @return the new matrix
     * @throws IllegalArgumentException if a row number is out of range or a new row has a term outside the dimensions
     */
    public DocumentVectors withRows(int[] rows, SparseVector[] vectors) {
        int n = rows();
        int appended = 0;
        int needed = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] >= n) {
                if (rows[i] != n + appended) {
                    throw new IllegalArgumentException("appended row " + rows[i] + " should be " + (n + appended));
                }
                appended++;
            } else {
                Objects.checkIndex(rows[i], n);
            }
            SparseVector v = vectors[i];
            if (v.size() > 0 && (v.term(0) < 0 || v.term(v.size() - 1) >= dimensions)) {
                throw new IllegalArgumentException("a new row has a term outside [0, " + dimensions + ")");
            }
            needed += v.size();
        }
        int[] t = terms;
        double[] w = weights;
        Tail next;
        synchronized (tail) {
            if (tail.end == used && (long) used + needed <= terms.length) {
                tail.end = used + needed;
                next = tail;
            } else {
                int capacity =
                        (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) used + needed, used * 3L / 2 + 1024));
                t = Arrays.copyOf(terms, capacity);
                w = Arrays.copyOf(weights, capacity);
                next = new Tail(used + needed);
            }
        }
        int[] starts = Arrays.copyOf(rowStart, n + appended + 1);
        int[] ends = new int[n + appended];
        if (rowEnd == null) {
            System.arraycopy(rowStart, 1, ends, 0, n);
        } else {
            System.arraycopy(rowEnd, 0, ends, 0, n);
        }
        int at = used;
        for (int i = 0; i < rows.length; i++) {
            SparseVector v = vectors[i];
            starts[rows[i]] = at;
            for (int e = 0; e < v.size(); e++, at++) {
                t[at] = v.term(e);
                w[at] = v.weight(e);
            }
            ends[rows[i]] = at;
        }
        starts[n + appended] = at;
        return new DocumentVectors(starts, ends, t, w, at, dimensions, next);
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
                entries += rowEnd(r) - rowStart[r];
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
            while (rowEnd == null && i + run < rows.length && rows[i + run] == rows[i] + run) {
                run++; // contiguous rows: one copy
            }
            int from = rowStart[rows[i]];
            int length = rowEnd(rows[i] + run - 1) - from;
            System.arraycopy(terms, from, t, at, length);
            System.arraycopy(weights, from, w, at, length);
            for (int r = 0; r < run; r++) {
                starts[i + r + 1] = at + rowEnd(rows[i] + r) - from;
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
        int to = rowEnd(row);
        return SparseVector.wrap(Arrays.copyOfRange(terms, from, to), Arrays.copyOfRange(weights, from, to));
    }
}
