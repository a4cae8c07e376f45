package io.kindred.core.search;

/**
 * The bounded selection of search: binary min-heaps of the k best (score, document) pairs in primitive arrays, whose
 * root is the worst pair kept. The tie rule of every list: a higher score ranks first, then the smaller document
 * number. A heap is the slice {@code [base, base + capacity)} of two arrays, so that all-pairs keeps one heap per
 * document in two arrays and a single query ({@link TopK}) one. O(log k) per accepted offer, O(1) per rejected one,
 * nothing allocated. Stateless.
 */
final class BoundedHeap {

    private BoundedHeap() {}

    /**
     * True if (s1, d1) ranks below (s2, d2): a lower score, or an equal score and a larger document number.
     *
     * @param s1 a score
     * @param d1 its document
     * @param s2 another score
     * @param d2 its document
     * @return whether the first pair ranks below the second
     */
    static boolean worse(double s1, int d1, double s2, int d2) {
        return s1 < s2 || (s1 == s2 && d1 > d2);
    }

    /**
     * Offers a pair to a heap.
     *
     * @param scores the heap's scores
     * @param docs the heap's documents
     * @param base where the heap starts in the arrays
     * @param size the pairs it holds
     * @param capacity the most it holds (k)
     * @param score the pair's score
     * @param doc the pair's document
     * @return the heap's new size
     */
    static int offer(double[] scores, int[] docs, int base, int size, int capacity, double score, int doc) {
        if (size < capacity) {
            int i = size;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(score, doc, scores[base + parent], docs[base + parent])) {
                    break;
                }
                scores[base + i] = scores[base + parent];
                docs[base + i] = docs[base + parent];
                i = parent;
            }
            scores[base + i] = score;
            docs[base + i] = doc;
            return size + 1;
        }
        if (worse(scores[base], docs[base], score, doc)) {
            siftDown(scores, docs, base, size, score, doc);
        }
        return size;
    }

    /**
     * Writes a heap's pairs best first and leaves it empty.
     *
     * @param scores the heap's scores
     * @param docs the heap's documents
     * @param base where the heap starts
     * @param size the pairs it holds
     * @param outDocs receives the documents, at least {@code size} long
     * @param outScores receives the scores, parallel
     * @return the number of pairs written
     */
    static int drainBestFirst(double[] scores, int[] docs, int base, int size, int[] outDocs, double[] outScores) {
        for (int i = size - 1; i >= 0; i--) {
            outDocs[i] = docs[base];
            outScores[i] = scores[base];
            if (i > 0) {
                siftDown(scores, docs, base, i, scores[base + i], docs[base + i]);
            }
        }
        return size;
    }

    /** Puts (score, doc) at the root of a heap of {@code n} pairs and restores heap order. */
    private static void siftDown(double[] scores, int[] docs, int base, int n, double score, int doc) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n
                    && worse(
                            scores[base + child + 1],
                            docs[base + child + 1],
                            scores[base + child],
                            docs[base + child])) {
                child++;
            }
            if (!worse(scores[base + child], docs[base + child], score, doc)) {
                break;
            }
            scores[base + i] = scores[base + child];
            docs[base + i] = docs[base + child];
            i = child;
        }
        scores[base + i] = score;
        docs[base + i] = doc;
    }
}
