package io.kindred.core.rank;

import java.util.Arrays;

/**
 * A dense vector over the vocabulary that remembers which terms it has set, so that it is cleared in time proportional
 * to them (feedback's expanded query). Weights added must be positive. Mutable scratch: one per pool.
 */
final class TermWeights {

    private final double[] dense;
    private int[] terms = new int[256];
    private int count;

    /** @param dimensions the vocabulary size */
    TermWeights(int dimensions) {
        this.dense = new double[dimensions];
    }

    /**
     * Adds a weight to a term.
     *
     * @param term a term id
     * @param weight a positive weight
     */
    void add(int term, double weight) {
        if (dense[term] == 0) {
            if (count == terms.length) {
                terms = Arrays.copyOf(terms, count * 2);
            }
            terms[count++] = term;
        }
        dense[term] += weight;
    }

    /**
     * @param term a term id
     * @return its weight
     */
    double get(int term) {
        return dense[term];
    }

    /** @return the Euclidean norm, summing squares in the order the terms were first set */
    double norm() {
        double squares = 0;
        for (int i = 0; i < count; i++) {
            squares += dense[terms[i]] * dense[terms[i]];
        }
        return Math.sqrt(squares);
    }

    /** Zeroes every weight set. */
    void clear() {
        for (int i = 0; i < count; i++) {
            dense[terms[i]] = 0;
        }
        count = 0;
    }
}
