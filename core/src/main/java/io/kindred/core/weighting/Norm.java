package io.kindred.core.weighting;

/** Row normalisation of the weight vectors, as scikit-learn's {@code norm}. */
public enum Norm {
    /** Divide by the Euclidean norm (sum of squares in ascending term order); dot products are cosines. */
    L2,
    /** Divide by the sum of absolute values. */
    L1,
    /** Keep the raw weights. */
    NONE;

    /**
     * Normalises {@code w[from, to)} in place; a zero row stays zero.
     *
     * @param w weights
     * @param from first entry
     * @param to end of the entries
     */
    void apply(double[] w, int from, int to) {
        if (this == NONE) {
            return;
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += this == L2 ? w[i] * w[i] : Math.abs(w[i]);
        }
        if (sum == 0) {
            return;
        }
        double norm = this == L2 ? Math.sqrt(sum) : sum;
        for (int i = from; i < to; i++) {
            w[i] /= norm;
        }
    }
}
