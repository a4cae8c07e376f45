package io.kindred.core.search;

/**
 * The k best (score, document) pairs of one query: a {@link BoundedHeap} with its arrays, whose tie rule it keeps.
 *
 * <p>Mutable and not thread-safe: one instance per worker, {@link #reset} between queries.
 */
final class TopK {

    private final double[] scores;
    private final int[] docs;
    private int k;
    private int size;

    /** @param capacity largest k this instance will be reset to */
    TopK(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        scores = new double[capacity];
        docs = new int[capacity];
        k = capacity;
    }

    /**
     * Empties the selection and sets k.
     *
     * @param k number of pairs to keep, {@code 1 <= k <= capacity}
     */
    void reset(int k) {
        if (k < 1 || k > scores.length) {
            throw new IllegalArgumentException("k must be in [1, " + scores.length + "], was " + k);
        }
        this.k = k;
        size = 0;
    }

    /** @return the largest k this instance accepts */
    int capacity() {
        return scores.length;
    }

    /** @return the number of pairs kept */
    int size() {
        return size;
    }

    /** @return true once k pairs are kept */
    boolean isFull() {
        return size == k;
    }

    /** @return the worst kept score (the k-th best so far); only meaningful when {@link #isFull()} */
    double worstScore() {
        return scores[0];
    }

    /**
     * Offers a pair.
     *
     * @param score its score
     * @param doc its document number
     */
    void offer(double score, int doc) {
        size = BoundedHeap.offer(scores, docs, 0, size, k, score, doc);
    }

    /**
     * Writes the kept pairs best first and empties the selection.
     *
     * @param outDocs receives the documents, at least {@link #size()} long
     * @param outScores receives the scores, parallel
     * @return the number of pairs written
     */
    int drainBestFirst(int[] outDocs, double[] outScores) {
        int n = BoundedHeap.drainBestFirst(scores, docs, 0, size, outDocs, outScores);
        size = 0;
        return n;
    }
}
