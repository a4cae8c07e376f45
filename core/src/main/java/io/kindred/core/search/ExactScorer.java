package io.kindred.core.search;

import io.kindred.core.vector.DocumentVectors;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The scoring kernel: exact top-k by dot product for one query vector, with safe pruning.
 *
 * <ol>
 *   <li><b>Accumulate</b> term at a time (Gustavson): the query's posting tiers (see {@link InvertedIndex}) are taken
 *       in decreasing order of the most they can add to a score, {@code q_t · max w}, and each posting adds {@code q_t
 *       · w_td} to a double accumulator slot of its document.
 *   <li><b>Stop early, safely</b>: the tiers left can add at most {@code B = min(Σ q_t · max w, ‖q_rest‖ · max ‖d‖)} to
 *       any document. At geometric checkpoints the scorer computes θ, a lower bound on the k-th best score (the exact
 *       scores of the k best candidates so far). Once {@code B + slack < θ}, no untouched document can enter the top k;
 *       the scorer stops if rescoring the touched documents that still can ({@code acc + B + slack >= θ}) costs less
 *       than the postings left. This is the "quit/continue" idea of 1990s IR, with per-tier bounds; no prefix
 *       filtering.
 *   <li><b>Rescore exactly</b> every candidate that can still reach θ: its dot product in double precision from the
 *       forward vectors, summed in increasing term order, so {@code score(a, b) == score(b, a)} bit for bit and the
 *       result never depends on the pruning, the accumulator or the thread. {@code slack} covers the float32 rounding
 *       of the postings' weights.
 *   <li><b>Select</b> the k best with {@link TopK}: higher score first, equal scores by smaller document number; only
 *       scores &gt; 0; the query's own document and filtered documents are never returned.
 * </ol>
 *
 * <p>Weights are non-negative (the index guarantees it), so partial sums only grow and the bounds hold. With pruning
 * off every posting is accumulated: the same result, for differential tests.
 *
 * <p>Mutable scratch: one instance per thread, reused across queries without allocation.
 */
final class ExactScorer {

    /** Relative error of a float32 weight (2^-24), doubled for margin. */
    private static final double FLOAT_ERROR = 0x1p-23;

    private final InvertedIndex index;
    /** Postings of the rows added or replaced since {@link #index} was built, or null. */
    private final DeltaPostings delta;
    /** Rows whose postings in {@link #index} are of a replaced vector (their sums over-count), or null. */
    private final boolean[] stale;

    private final int[] staleRows;
    private final double maxRowNorm;
    private final int[] postingDocs;
    private final float[] postingWeights;
    private final DocumentVectors vectors;
    private final Pruning pruning;
    private final int n;
    private final double[] acc;
    private final int[] touched;
    private final double[] queryDense;
    private final TopK top;
    private final TopK estimate;
    private final int[] estimateDocs;
    private final double[] estimateScores;

    // per query, indexed by processing position
    private long[] order = new long[0];
    private int[] itemTerm = new int[0];
    private int[] itemTier = new int[0];
    private int[] itemSlot = new int[0];
    private double[] itemWeight = new double[0];
    private double[] remainingSum = new double[1];
    private double[] remainingSquares = new double[1];
    private long[] remainingWork = new long[1];
    private int[] rowTerms = new int[64];
    private double[] rowWeights = new double[64];

    private int touchedCount;
    private boolean dense;
    private long postingsVisited;
    private long rescored;

    /** When to try to stop early. */
    enum Pruning {
        /** Never: accumulate every posting. */
        OFF,
        /** At geometric checkpoints, when the work left is large enough to pay for a scan of the candidates. */
        AUTO,
        /** After every tier, whatever it costs: for tests of the stopping logic on small corpora. */
        ALWAYS
    }

    ExactScorer(InvertedIndex index, DocumentVectors vectors, int maxK, Pruning pruning) {
        this(index, null, null, vectors, maxK, pruning);
    }

    /**
     * A scorer over an index and the postings of the rows changed since it was built: the rows in {@code staleRows}
     * (replaced) have postings of their old vectors in {@code index}, which only over-count their sums, and they are
     * always rescored exactly when their sums could matter.
     */
    ExactScorer(
            InvertedIndex index,
            DeltaPostings delta,
            int[] staleRows,
            DocumentVectors vectors,
            int maxK,
            Pruning pruning) {
        this.index = index;
        this.delta = delta;
        this.staleRows = staleRows == null ? new int[0] : staleRows;
        this.stale = staleRows == null ? null : new boolean[vectors.rows()];
        for (int r : this.staleRows) {
            stale[r] = true;
        }
        this.maxRowNorm = Math.max(index.maxRowNorm(), delta == null ? 0 : delta.maxRowNorm());
        this.postingDocs = index.postingDocs();
        this.postingWeights = index.postingWeights();
        this.vectors = vectors;
        this.pruning = pruning;
        this.n = vectors.rows();
        this.acc = new double[n];
        this.touched = new int[n];
        this.queryDense = new double[vectors.dimensions()];
        this.top = new TopK(maxK);
        this.estimate = new TopK(maxK + 4);
        this.estimateDocs = new int[maxK + 4];
        this.estimateScores = new double[maxK + 4];
    }

    /** @return postings visited since creation (multiply-adds done) */
    long postingsVisited() {
        return postingsVisited;
    }

    /** @return exact rescorings since creation */
    long rescored() {
        return rescored;
    }

    /**
     * Finds the top k for an indexed document, excluding the document itself.
     *
     * @return number of results written, best first
     */
    int searchRow(int row, int k, IntPredicate filter, int[] outDocs, double[] outScores) {
        int from = vectors.rowStart(row);
        int m = vectors.rowEnd(row) - from;
        if (rowTerms.length < m) {
            rowTerms = new int[Math.max(m, rowTerms.length * 2)];
            rowWeights = new double[rowTerms.length];
        }
        for (int i = 0; i < m; i++) {
            rowTerms[i] = vectors.term(from + i);
            rowWeights[i] = vectors.weight(from + i);
        }
        return search(rowTerms, rowWeights, 0, m, k, row, filter, outDocs, outScores);
    }

    /**
     * Finds the top k for the query {@code (terms[from..to), weights[from..to))}, term ids increasing.
     *
     * @param self document to exclude (the query's own row), or -1
     * @param filter documents allowed in the result, or null for all
     * @return number of results written to {@code outDocs}/{@code outScores}, best first
     */
    int search(
            int[] terms,
            double[] weights,
            int from,
            int to,
            int k,
            int self,
            IntPredicate filter,
            int[] outDocs,
            double[] outScores) {
        int items = prepare(terms, weights, from, to);
        if (items == 0) {
            clearQuery(terms, from, to);
            return 0;
        }
        dense = remainingWork[0] > n / 4;
        touchedCount = 0;
        double slack = slack(to - from);
        double theta = Double.NEGATIVE_INFINITY;
        long work = 0;
        long nextCheck = Math.max(256, n / 8);
        int p = 0;
        while (p < items) {
            accumulate(p);
            work += remainingWork[p] - remainingWork[p + 1];
            p++;
            // a checkpoint costs a scan of the touched documents: worth it only if much more work is left, and if the
            // bound is within reach of θ (θ seldom doubles)
            boolean check = pruning == Pruning.ALWAYS
                    || (pruning == Pruning.AUTO
                            && work >= nextCheck
                            && remainingWork[p] > 4L * n
                            && (theta == Double.NEGATIVE_INFINITY || bound(p) + slack < 2 * theta));
            if (check && p < items) {
                nextCheck = work * 2;
                theta = Math.max(theta, estimateTheta(k, self, filter));
                // the survivors' cost is another scan: only worth knowing when the bound already allows stopping
                if (bound(p) + slack < theta
                        && (pruning == Pruning.ALWAYS || survivorCost(theta - bound(p) - slack) <= remainingWork[p])) {
                    break;
                }
            }
        }
        postingsVisited += work;
        int found;
        if (p == items) {
            found = selectComplete(k, self, filter, slack, outDocs, outScores);
        } else {
            // stopped at a checkpoint, which has just computed θ for these accumulators
            top.reset(k);
            double cut = theta - bound(p) - slack;
            for (int x = 0, limit = touchedLimit(); x < limit; x++) {
                int d = dense ? x : touched[x];
                double a = acc[d];
                if (a != 0) {
                    offerExact(d, a >= cut, self, filter);
                }
            }
            found = top.drainBestFirst(outDocs, outScores);
        }
        clearAccumulators();
        clearQuery(terms, from, to);
        return found;
    }

    /**
     * Calls {@code scored} with the exact score of every document whose score with the query is &gt; 0 and at least its
     * own threshold: every posting is accumulated, and only documents whose sum comes within the rounding slack of
     * their threshold (and rows with stale postings) are rescored.
     */
    void scoresAtLeast(
            int[] terms,
            double[] weights,
            int from,
            int to,
            int self,
            java.util.function.IntToDoubleFunction threshold,
            SimilarityIndex.ScoreConsumer scored) {
        int items = prepare(terms, weights, from, to);
        dense = items > 0 && remainingWork[0] > n / 4;
        touchedCount = 0;
        double slack = items == 0 ? 0 : slack(to - from);
        for (int p = 0; p < items; p++) {
            accumulate(p);
            postingsVisited += remainingWork[p] - remainingWork[p + 1];
        }
        for (int x = 0, limit = items == 0 ? 0 : touchedLimit(); x < limit; x++) {
            int d = dense ? x : touched[x];
            double a = acc[d];
            if (a != 0 && d != self) {
                double min = threshold.applyAsDouble(d);
                if ((stale != null && stale[d]) || a + slack >= min) {
                    double s = exactScore(d);
                    if (s > 0 && s >= min) {
                        scored.accept(d, s);
                    }
                }
            }
        }
        if (items > 0) {
            clearAccumulators();
        }
        clearQuery(terms, from, to);
    }

    /**
     * Selection when every posting was accumulated: the accumulators are within {@code slack} of the exact scores, so
     * the exact top k lies among the documents whose sum is at least (k-th best sum) - 2·slack. One pass keeps the k +
     * 4 best sums; a second pass is needed only when even the (k+4)-th is that close to the k-th.
     */
    private int selectComplete(int k, int self, IntPredicate filter, double slack, int[] outDocs, double[] outScores) {
        int wide = Math.min(estimate.capacity(), k + 4);
        estimate.reset(wide);
        offerTouched(self, filter);
        int m = estimate.drainBestFirst(estimateDocs, estimateScores);
        top.reset(k);
        if (m == wide && m > k && estimateScores[m - 1] >= estimateScores[k - 1] - 2 * slack) {
            double cut = estimateScores[k - 1] - 2 * slack;
            for (int x = 0, limit = touchedLimit(); x < limit; x++) {
                int d = dense ? x : touched[x];
                double a = acc[d];
                if (a != 0 && (stale == null || !stale[d])) {
                    offerExact(d, a >= cut, self, filter);
                }
            }
        } else {
            for (int i = 0; i < m; i++) {
                offerExact(estimateDocs[i], true, self, filter);
            }
        }
        // a stale row's sum over-counts, so it cannot be ranked by it: its exact score decides
        for (int d : staleRows) {
            if (acc[d] != 0) {
                offerExact(d, true, self, filter);
            }
        }
        return top.drainBestFirst(outDocs, outScores);
    }

    private void offerExact(int d, boolean candidate, int self, IntPredicate filter) {
        if (candidate && d != self && (filter == null || filter.test(d))) {
            double s = exactScore(d);
            if (s > 0) {
                top.offer(s, d);
            }
        }
    }

    /** Number of slots to visit for the touched documents: every document in dense mode, else the touched list. */
    private int touchedLimit() {
        return dense ? n : touchedCount;
    }

    /**
     * Offers every eligible touched document to {@link #estimate} by its partial sum (explicit loop: no allocation).
     */
    private void offerTouched(int self, IntPredicate filter) {
        for (int x = 0, limit = touchedLimit(); x < limit; x++) {
            int d = dense ? x : touched[x];
            double a = acc[d];
            if (a != 0 && d != self && (filter == null || filter.test(d)) && (stale == null || !stale[d])) {
                estimate.offer(a, d);
            }
        }
    }

    private void clearAccumulators() {
        if (dense) {
            Arrays.fill(acc, 0);
        } else {
            for (int i = 0; i < touchedCount; i++) {
                acc[touched[i]] = 0;
            }
        }
    }

    // single rescoring for AllPairsSearch: load a row as the query, score documents against it, unload

    void loadQuery(int row) {
        for (int e = vectors.rowStart(row); e < vectors.rowEnd(row); e++) {
            queryDense[vectors.term(e)] = vectors.weight(e);
        }
    }

    double scoreLoaded(int d) {
        return exactScore(d);
    }

    void unloadQuery(int row) {
        for (int e = vectors.rowStart(row); e < vectors.rowEnd(row); e++) {
            queryDense[vectors.term(e)] = 0;
        }
    }

    /** Adds the postings of item p to the accumulators. */
    private void accumulate(int p) {
        int t = itemTerm[p];
        double q = itemWeight[p];
        int tier = itemTier[p];
        int from = tier == 2 ? delta.start(itemSlot[p]) : tier == 0 ? index.start(t) : index.split(t);
        int to = tier == 2 ? delta.end(itemSlot[p]) : tier == 0 ? index.split(t) : index.end(t);
        int[] docs = tier == 2 ? delta.docs() : postingDocs;
        float[] postings = tier == 2 ? delta.weights() : postingWeights;
        double[] sums = acc;
        if (dense) {
            for (int j = from; j < to; j++) {
                sums[docs[j]] += q * postings[j];
            }
        } else {
            int[] seen = touched;
            int count = touchedCount;
            for (int j = from; j < to; j++) {
                int d = docs[j];
                double a = sums[d];
                if (a == 0) {
                    seen[count++] = d;
                }
                sums[d] = a + q * postings[j];
            }
            touchedCount = count;
        }
    }

    /**
     * A lower bound on the k-th best exact score: the exact scores of the k candidates with the best partial sums
     * ({@code -∞} if fewer than k candidates).
     */
    private double estimateTheta(int k, int self, IntPredicate filter) {
        estimate.reset(k);
        offerTouched(self, filter);
        if (!estimate.isFull()) {
            estimate.reset(k);
            return Double.NEGATIVE_INFINITY;
        }
        int found = estimate.drainBestFirst(estimateDocs, estimateScores);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < found; i++) {
            min = Math.min(min, exactScore(estimateDocs[i]));
        }
        return min;
    }

    /** Cost of rescoring every document whose partial sum is at least {@code cut}: the sum of their lengths. */
    private long survivorCost(double cut) {
        long cost = 0;
        for (int x = 0, limit = touchedLimit(); x < limit; x++) {
            int d = dense ? x : touched[x];
            double a = acc[d];
            if (a != 0 && a >= cut) {
                cost += vectors.rowEnd(d) - vectors.rowStart(d);
            }
        }
        return cost;
    }

    /** Exact dot product of the query (in {@link #queryDense}) with row d, in increasing term order. */
    private double exactScore(int d) {
        rescored++;
        double s = 0;
        for (int e = vectors.rowStart(d), end = vectors.rowEnd(d); e < end; e++) {
            s += queryDense[vectors.term(e)] * vectors.weight(e);
        }
        return s;
    }

    /**
     * Scatters the query into {@link #queryDense}, lists its posting tiers in decreasing order of bound and computes
     * the suffix sums behind {@link #bound}.
     *
     * @return the number of tiers to process
     */
    private int prepare(int[] terms, double[] weights, int from, int to) {
        int m = to - from;
        if (order.length < 3 * m) {
            int c = Math.max(3 * m, order.length * 2);
            order = new long[c];
            itemTerm = new int[c];
            itemTier = new int[c];
            itemSlot = new int[c];
            itemWeight = new double[c];
            remainingSum = new double[c + 1];
            remainingSquares = new double[c + 1];
            remainingWork = new long[c + 1];
        }
        int items = 0;
        for (int i = 0; i < m; i++) {
            int t = terms[from + i];
            double w = weights[from + i];
            queryDense[t] = w;
            if (w <= 0) {
                continue;
            }
            for (int tier = 0; tier < 2 && index.df(t) > 0; tier++) {
                if (tier == 1 && index.split(t) == index.end(t)) {
                    break;
                }
                float b = (float) (w * index.maxWeight(t, tier));
                // decreasing bound = increasing (MAX - bits); ties by query position then tier
                order[items++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(b)) << 32) | (3L * i + tier);
            }
            int slot = delta == null ? -1 : delta.find(t);
            if (slot >= 0) {
                float b = (float) (w * delta.maxWeight(slot));
                order[items++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(b)) << 32) | (3L * i + 2);
            }
        }
        Arrays.sort(order, 0, items);
        for (int p = 0; p < items; p++) {
            int code = (int) order[p];
            int i = from + code / 3;
            itemTerm[p] = terms[i];
            itemTier[p] = code % 3;
            itemSlot[p] = itemTier[p] == 2 ? delta.find(terms[i]) : -1;
            itemWeight[p] = weights[i];
        }
        remainingSum[items] = 0;
        remainingSquares[items] = 0;
        remainingWork[items] = 0;
        // a term's q² counts while any of its tiers remains: add it at its last tier's position
        for (int p = items - 1; p >= 0; p--) {
            int t = itemTerm[p];
            double q = itemWeight[p];
            int tier = itemTier[p];
            if (tier == 2) {
                // a delta tier counts its term's q² again: the bound only grows, so it still holds
                int slot = itemSlot[p];
                remainingSum[p] = remainingSum[p + 1] + q * delta.maxWeight(slot);
                remainingSquares[p] = remainingSquares[p + 1] + q * q;
                remainingWork[p] = remainingWork[p + 1] + (delta.end(slot) - delta.start(slot));
                continue;
            }
            boolean lastOfTerm = !laterTierOf(t, p, items);
            remainingSum[p] = remainingSum[p + 1] + q * index.maxWeight(t, tier);
            remainingSquares[p] = remainingSquares[p + 1] + (lastOfTerm ? q * q : 0);
            int tierStart = tier == 0 ? index.start(t) : index.split(t);
            int tierEnd = tier == 0 ? index.split(t) : index.end(t);
            remainingWork[p] = remainingWork[p + 1] + (tierEnd - tierStart);
        }
        return items;
    }

    /** True if term t has a tier after position p: tier 0 bounds at least tier 1, so tier 1 always comes later. */
    private boolean laterTierOf(int t, int p, int items) {
        return itemTier[p] == 0 && index.split(t) < index.end(t);
    }

    private void clearQuery(int[] terms, int from, int to) {
        for (int i = from; i < to; i++) {
            queryDense[terms[i]] = 0;
        }
    }

    private double slack(int m) {
        return (FLOAT_ERROR + (2 * m + 8) * 0x1p-52) * bound(0) + Double.MIN_NORMAL;
    }

    /** Upper bound on what the tiers at positions p.. can add to any document's score. */
    private double bound(int p) {
        double l2 = Math.sqrt(remainingSquares[p]) * maxRowNorm;
        return Math.min(remainingSum[p], l2) * (1 + 0x1p-40);
    }
}
