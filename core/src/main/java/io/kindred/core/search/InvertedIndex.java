package io.kindred.core.search;

import io.kindred.core.concurrent.Workers;
import io.kindred.core.vector.DocumentVectors;

/**
 * Postings of a corpus: for each term, the documents containing it with float weights, split by weight into two
 * <em>tiers</em>, each tier in increasing document order and with its largest weight (for score bounds).
 *
 * <p>Tier 0 of a term holds its heaviest postings (about the top 1/16 by weight, for terms with at least
 * {@value #TIER_MIN_DF} documents), tier 1 the rest. A common word such as "said" appears with a high weight in a few
 * short articles and a low one everywhere else: tiering lets a search bound the contribution of the many light postings
 * by a small number and skip them safely. Tiers are contiguous: {@code [start(t), split(t))} and {@code [split(t),
 * end(t))}.
 *
 * <p>Weights are float32: half the memory of doubles and better cache use; exact scores are recomputed from the double
 * {@link DocumentVectors}. Immutable and thread-safe.
 */
final class InvertedIndex {

    /** Terms with fewer documents keep a single tier. */
    static final int TIER_MIN_DF = 64;

    private final int[] termStart;
    private final int[] split;
    private final int[] docs;
    private final float[] weights;
    private final float[] maxWeight0;
    private final float[] maxWeight1;
    private final double maxRowNorm;
    private final int rows;

    private InvertedIndex(
            int[] termStart,
            int[] split,
            int[] docs,
            float[] weights,
            float[] max0,
            float[] max1,
            double maxRowNorm,
            int rows) {
        this.rows = rows;
        this.termStart = termStart;
        this.split = split;
        this.docs = docs;
        this.weights = weights;
        this.maxWeight0 = max0;
        this.maxWeight1 = max1;
        this.maxRowNorm = maxRowNorm;
    }

    /**
     * Transposes the document vectors into tiered postings. Entries of weight 0 get no posting: they add nothing to any
     * score.
     *
     * @param vectors the corpus vectors
     * @return the index
     * @throws IllegalArgumentException if a weight is negative or not finite (score bounds need weights &gt;= 0)
     */
    static InvertedIndex build(DocumentVectors vectors) {
        return build(vectors, 1);
    }

    /**
     * Like {@link #build(DocumentVectors)}, splitting the terms' tiers on {@code threads} threads (the result does not
     * depend on it).
     *
     * @param vectors the corpus vectors
     * @param threads worker threads, at least 1
     * @return the index
     */
    static InvertedIndex build(DocumentVectors vectors, int threads) {
        int terms = vectors.dimensions();
        int rows = vectors.rows();
        // the documents are cut into parts transposed in parallel; a term's postings are those of part 0, then part 1,
        // ..., so they stay in document order and do not depend on the number of parts
        int parts = Math.max(1, Math.min(threads, rows / 1024));
        int[][] next = new int[parts][terms];
        for (int p = 0; p < parts; p++) {
            int[] count = next[p];
            for (int d = partStart(p, parts, rows), end = partStart(p + 1, parts, rows); d < end; d++) {
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    double w = vectors.weight(e);
                    if (!(w >= 0) || Double.isInfinite(w)) {
                        throw new IllegalArgumentException("weights must be finite and >= 0 for the index, was " + w
                                + " (term " + vectors.term(e) + ")");
                    }
                    if (w > 0) {
                        count[vectors.term(e)]++;
                    }
                }
            }
        }
        int[] termStart = new int[terms + 1];
        int at = 0;
        for (int t = 0; t < terms; t++) {
            termStart[t] = at;
            for (int[] position : next) {
                int count = position[t];
                position[t] = at; // from here on: where the part's next posting of t goes
                at += count;
            }
        }
        termStart[terms] = at;
        int[] docs = new int[at];
        float[] weights = new float[at];
        double[] partMaxNorm = new double[parts];
        Workers.run(threads, parts, "kindred-index", (w, p) -> {
            int[] position = next[p];
            for (int d = partStart(p, parts, rows), end = partStart(p + 1, parts, rows); d < end; d++) {
                double sq = 0;
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    double weight = vectors.weight(e);
                    sq += weight * weight;
                    if (weight > 0) {
                        int q = position[vectors.term(e)]++;
                        docs[q] = d;
                        weights[q] = (float) weight;
                    }
                }
                partMaxNorm[p] = Math.max(partMaxNorm[p], Math.sqrt(sq));
            }
        });
        double maxNorm = 0;
        for (double m : partMaxNorm) {
            maxNorm = Math.max(maxNorm, m);
        }
        int[] split = new int[terms];
        float[] max0 = new float[terms];
        float[] max1 = new float[terms];
        Workers.runBlocks(threads, terms, 4096, "kindred-index", (w, from, to) -> {
            TierScratch scratch = new TierScratch();
            for (int t = from; t < to; t++) {
                split[t] = tier(docs, weights, termStart[t], termStart[t + 1], scratch);
                max0[t] = max(weights, termStart[t], split[t]);
                max1[t] = max(weights, split[t], termStart[t + 1]);
            }
        });
        return new InvertedIndex(termStart, split, docs, weights, max0, max1, maxNorm, rows);
    }

    /** First document of part {@code p} of {@code parts} over {@code rows} documents. */
    private static int partStart(int p, int parts, int rows) {
        return (int) ((long) rows * p / parts);
    }

    /**
     * Reorders one term's postings (in document order) into its heavy tier then its light tier, each still in document
     * order, and returns where the light tier starts.
     */
    private static int tier(int[] docs, float[] weights, int from, int to, TierScratch scratch) {
        int df = to - from;
        if (df < TIER_MIN_DF) {
            return to;
        }
        int heavy = Math.max(1, df / 16);
        float[] w = scratch.weights(df);
        System.arraycopy(weights, from, w, 0, df);
        float threshold = select(w, df, df - heavy);
        // heavy (w >= threshold; ties may make it a little larger) moved forward in place, light set aside, then
        // appended: each tier keeps document order
        int[] lightDocs = scratch.docs(df);
        int light = 0;
        int out = from;
        for (int p = from; p < to; p++) {
            if (weights[p] >= threshold) {
                docs[out] = docs[p];
                weights[out++] = weights[p];
            } else {
                lightDocs[light] = docs[p];
                w[light++] = weights[p];
            }
        }
        System.arraycopy(lightDocs, 0, docs, out, light);
        System.arraycopy(w, 0, weights, out, light);
        return out;
    }

    /** Reusable buffers of {@link #tier}, one per worker block. */
    private static final class TierScratch {
        private float[] weights = new float[0];
        private int[] docs = new int[0];

        float[] weights(int size) {
            if (weights.length < size) {
                weights = new float[size];
            }
            return weights;
        }

        int[] docs(int size) {
            if (docs.length < size) {
                docs = new int[size];
            }
            return docs;
        }
    }

    /**
     * The k-th smallest value (0-based) of {@code a[0, length)}, which is reordered: Hoare's quickselect, O(n)
     * expected.
     */
    static float select(float[] a, int length, int k) {
        int lo = 0;
        int hi = length - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float x = a[i];
                    a[i++] = a[j];
                    a[j--] = x;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static float max(float[] w, int from, int to) {
        float m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, w[i]);
        }
        return m;
    }

    /** @return number of terms */
    /** @return the number of rows the index was built over */
    int rows() {
        return rows;
    }

    int terms() {
        return split.length;
    }

    /**
     * @param term a term id
     * @return index of the term's first posting (start of tier 0)
     */
    int start(int term) {
        return termStart[term];
    }

    /**
     * @param term a term id
     * @return start of the term's light tier (tier 1); equals {@link #end} for an untiered term
     */
    int split(int term) {
        return split[term];
    }

    /**
     * @param term a term id
     * @return index after the term's last posting
     */
    int end(int term) {
        return termStart[term + 1];
    }

    /**
     * @param term a term id
     * @return its document frequency (number of postings)
     */
    int df(int term) {
        return termStart[term + 1] - termStart[term];
    }

    /**
     * @param posting a posting index
     * @return its document (row) number
     */
    int doc(int posting) {
        return docs[posting];
    }

    /**
     * @param posting a posting index
     * @return its weight
     */
    float weight(int posting) {
        return weights[posting];
    }

    /**
     * @param term a term id
     * @param tier 0 (heavy) or 1 (light)
     * @return the largest weight of the term in that tier (0 if empty)
     */
    float maxWeight(int term, int tier) {
        return tier == 0 ? maxWeight0[term] : maxWeight1[term];
    }

    /**
     * @param term a term id
     * @return the largest weight of the term in any document
     */
    float maxWeight(int term) {
        return maxWeight0[term];
    }

    /**
     * Position of a document in a tier of a term's postings.
     *
     * <p>Documents of a tier are spread over the corpus about evenly, so the search starts where linear interpolation
     * puts the document and gallops from there to a bracket it then bisects: a few probes close together instead of
     * log2(df) probes across the whole list (all-pairs calls this for every term of every document).
     *
     * @param term a term id
     * @param tier 0 or 1
     * @param doc a document
     * @return the index of the first posting of that tier with a document &gt; {@code doc}
     */
    int firstAfter(int term, int tier, int doc) {
        int lo = tier == 0 ? termStart[term] : split[term];
        int hi = tier == 0 ? split[term] : termStart[term + 1];
        if (lo == hi || docs[lo] > doc) {
            return lo;
        }
        if (docs[hi - 1] <= doc) {
            return hi;
        }
        // docs[lo] <= doc < docs[hi - 1]: the answer is in (lo, hi - 1]
        int guess = lo + (int) ((long) (hi - 1 - lo) * (doc - docs[lo]) / (docs[hi - 1] - docs[lo]));
        int below; // docs[below] <= doc
        int above; // docs[above] > doc
        if (docs[guess] <= doc) {
            below = guess;
            above = guess + 1;
            for (int step = 1; docs[above] <= doc; step <<= 1) {
                below = above;
                above = (int) Math.min(hi - 1L, (long) above + step);
            }
        } else {
            above = guess;
            below = guess - 1;
            for (int step = 1; docs[below] > doc; step <<= 1) {
                above = below;
                below = (int) Math.max(lo, (long) below - step);
            }
        }
        while (above - below > 1) {
            int mid = (below + above) >>> 1;
            if (docs[mid] <= doc) {
                below = mid;
            } else {
                above = mid;
            }
        }
        return above;
    }

    /** @return the largest Euclidean norm of any document vector (1 for L2-normalised vectors, 0 if all empty) */
    double maxRowNorm() {
        return maxRowNorm;
    }

    /**
     * The documents of all postings, for scoring kernels: the live array, not a copy; never modify it.
     *
     * @return the array, indexed by posting
     */
    int[] postingDocs() {
        return docs;
    }

    /**
     * The weights of all postings, for scoring kernels: the live array, not a copy; never modify it.
     *
     * @return the array, indexed by posting
     */
    float[] postingWeights() {
        return weights;
    }

    /** @return total number of postings */
    int postings() {
        return docs.length;
    }

    /** @return Σ df(t)²: the multiply-adds of exact all-pairs scoring without pruning */
    long sumDfSquared() {
        long sum = 0;
        for (int t = 0; t < terms(); t++) {
            long df = df(t);
            sum += df * df;
        }
        return sum;
    }
}
