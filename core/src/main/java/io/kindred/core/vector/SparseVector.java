package io.kindred.core.vector;

import java.util.Arrays;

/**
 * A sparse vector: strictly increasing term ids with their (non-zero) weights, in double precision.
 *
 * <p>Immutable and thread-safe: accessors that return arrays return copies.
 */
public final class SparseVector {

    private static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] terms;
    private final double[] weights;

    private SparseVector(int[] terms, double[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /**
     * A vector from parallel arrays (copied).
     *
     * @param terms term ids, strictly increasing, non-negative
     * @param weights weights, same length
     * @return the vector
     * @throws IllegalArgumentException if the ids are not strictly increasing or the lengths differ
     */
    public static SparseVector of(int[] terms, double[] weights) {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " term ids but " + weights.length + " weights");
        }
        for (int i = 0; i < terms.length; i++) {
            if (terms[i] < 0 || (i > 0 && terms[i] <= terms[i - 1])) {
                throw new IllegalArgumentException(
                        "term ids must be non-negative and strictly increasing: " + Arrays.toString(terms));
            }
        }
        return new SparseVector(terms.clone(), weights.clone());
    }

    /** Wraps arrays the caller will never touch again (no copy, no check). */
    static SparseVector wrap(int[] terms, double[] weights) {
        return new SparseVector(terms, weights);
    }

    /** @return the zero vector */
    public static SparseVector empty() {
        return EMPTY;
    }

    /** @return the number of non-zero entries */
    public int size() {
        return terms.length;
    }

    /**
     * @param i entry index, {@code 0 <= i < size()}
     * @return the term id of entry {@code i}
     */
    public int term(int i) {
        return terms[i];
    }

    /**
     * @param i entry index, {@code 0 <= i < size()}
     * @return the weight of entry {@code i}
     */
    public double weight(int i) {
        return weights[i];
    }

    /** @return the term ids (a copy) */
    public int[] terms() {
        return terms.clone();
    }

    /** @return the weights (a copy) */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The weight of a term.
     *
     * @param term a term id
     * @return its weight, 0 when absent
     */
    public double get(int term) {
        int i = Arrays.binarySearch(terms, term);
        return i < 0 ? 0 : weights[i];
    }

    /**
     * Dot product, summed in ascending term order (so {@code a.dot(b) == b.dot(a)} exactly).
     *
     * @param other another vector
     * @return the dot product
     */
    public double dot(SparseVector other) {
        return dot(terms, weights, 0, terms.length, other.terms, other.weights, 0, other.terms.length);
    }

    /**
     * The one sparse dot product of kindred: two rows of strictly increasing term ids, summed in ascending term order,
     * so that it is symmetric bit for bit and the same wherever rows come from.
     *
     * @param ta first row's term ids
     * @param wa its weights
     * @param fromA its first entry
     * @param toA the end of its entries
     * @param tb second row's term ids
     * @param wb its weights
     * @param fromB its first entry
     * @param toB the end of its entries
     * @return the dot product
     */
    static double dot(int[] ta, double[] wa, int fromA, int toA, int[] tb, double[] wb, int fromB, int toB) {
        double sum = 0;
        int i = fromA;
        int j = fromB;
        while (i < toA && j < toB) {
            int a = ta[i];
            int b = tb[j];
            if (a == b) {
                sum += wa[i++] * wb[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** @return the Euclidean norm, summing squares in ascending term order */
    public double norm() {
        double sum = 0;
        for (double w : weights) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < terms.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(weights[i]);
        }
        return sb.append('}').toString();
    }
}
