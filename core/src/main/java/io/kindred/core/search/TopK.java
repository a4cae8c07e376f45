package io.kindred.core.search;

/**
 * Bounded selection of the k best (score, document) pairs over primitives: a binary min-heap of size k whose root is
 * the worst kept pair. Order: higher score first; equal scores by smaller document number. O(log k) per accepted offer,
 * O(1) per rejected one, no allocation after construction.
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
        if (size < k) {
            int i = size++;
            // sift up
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(score, doc, scores[parent], docs[parent])) {
                    break;
                }
                scores[i] = scores[parent];
                docs[i] = docs[parent];
                i = parent;
            }
            scores[i] = score;
            docs[i] = doc;
        } else if (worse(scores[0], docs[0], score, doc)) {
            siftDown(score, doc, size);
        }
    }

    /**
     * Writes the kept pairs best first and empties the selection.
     *
     * @param outDocs receives the documents, at least {@link #size()} long
     * @param outScores receives the scores, parallel
     * @return the number of pairs written
     */
    int drainBestFirst(int[] outDocs, double[] outScores) {
        int n = size;
        for (int i = n - 1; i >= 0; i--) {
            outDocs[i] = docs[0];
            outScores[i] = scores[0];
            size--;
            if (size > 0) {
                siftDown(scores[size], docs[size], size);
            }
        }
        size = 0;
        return n;
    }

    /** Puts (score, doc) at the root of a heap of {@code n} entries and restores heap order. */
    private void siftDown(double score, int doc, int n) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && worse(scores[child + 1], docs[child + 1], scores[child], docs[child])) {
                child++;
            }
            if (!worse(scores[child], docs[child], score, doc)) {
                break;
            }
            scores[i] = scores[child];
            docs[i] = docs[child];
            i = child;
        }
        scores[i] = score;
        docs[i] = doc;
    }

    /** True if (s1, d1) ranks below (s2, d2): lower score, or equal score and larger document number. */
    static boolean worse(double s1, int d1, double s2, int d2) {
        return s1 < s2 || (s1 == s2 && d1 > d2);
    }
}
