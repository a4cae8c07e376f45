package io.kindred.core.search;

import io.kindred.core.index.InvertedIndex;
import io.kindred.core.vector.DocumentVectors;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The scoring kernel: exact top-k by dot product for one query vector, with safe pruning.
 *
 * <ol>
 *   <li><b>Accumulate</b> (term at a time, Gustavson): for the query's terms in decreasing order of their largest
 *       possible contribution {@code q_t · max_d w_td}, add {@code q_t · w_td} (float32) to an accumulator slot
 *       per posting, remembering the documents touched.
 *   <li><b>Stop early, safely</b>: once the terms left can add at most {@code B = min(Σ q_t·max w_t, ‖q_rest‖·max‖d‖)}
 *       to any document, and a lower bound θ on the k-th best exact score is known (exact scores of the k best
 *       candidates so far), an untouched document cannot reach θ when {@code B + slack < θ}: the remaining, most
 *       common terms are skipped (the "quit/continue" idea of 1990s IR; no prefix filtering).
 *   <li><b>Rescore exactly</b>: every touched document that can still reach θ ({@code acc + B + slack >= θ}) gets
 *       its exact score in double precision from the forward vectors, summed in increasing term order, so that
 *       {@code score(a, b) == score(b, a)} bit for bit and the result never depends on the pruning or the float
 *       accumulator. {@code slack} bounds the float32 rounding of the accumulator.
 *   <li><b>Select</b> the k best with a bounded heap: higher score first, equal scores by smaller document
 *       number (input order); only scores &gt; 0; the query's own document and filtered documents are never
 *       returned.
 * </ol>
 *
 * Weights are non-negative (the index guarantees it), so partial sums only grow and the bounds hold. With pruning
 * off every term is accumulated and only steps 3-4 apply: the same result, for differential tests.
 * Mutable scratch: one instance per thread, reused across queries with no allocation in steady state.
 */
final class ExactScorer {

  /** Float32 unit roundoff, 2^-24, doubled for margin. */
  private static final double FLOAT_ERROR = 0x1p-23;

  private final InvertedIndex index;
  private final DocumentVectors vectors;
  private final boolean pruning;
  private final float[] acc;
  private final int[] touched;
  private final double[] queryDense;
  private final TopK top;
  private final TopK estimate;
  private int[] estimateDocs;
  private double[] estimateScores;
  private long[] order = new long[64];
  private int[] rowTerms = new int[64];
  private double[] rowWeights = new double[64];
  private double[] remainingSum = new double[65];
  private double[] remainingSquares = new double[65];

  /** Multiply-adds done by this scorer since creation (postings visited). */
  private long postingsVisited;

  /** Exact rescorings done by this scorer since creation. */
  private long rescored;

  ExactScorer(InvertedIndex index, DocumentVectors vectors, int maxK, boolean pruning) {
    this.index = index;
    this.vectors = vectors;
    this.pruning = pruning;
    this.acc = new float[vectors.rows()];
    this.touched = new int[vectors.rows()];
    this.queryDense = new double[vectors.dimensions()];
    this.top = new TopK(maxK);
    this.estimate = new TopK(maxK);
    this.estimateDocs = new int[maxK];
    this.estimateScores = new double[maxK];
  }

  long postingsVisited() {
    return postingsVisited;
  }

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
   * Finds the top k for the query {@code (terms[from..to), weights[from..to))}.
   *
   * @param self document to exclude (the query's own row), or -1
   * @param filter documents allowed in the result, or null for all
   * @return number of results written to {@code outDocs}/{@code outScores}, best first
   */
  int search(
      int[] terms, double[] weights, int from, int to, int k, int self, IntPredicate filter, int[] outDocs,
      double[] outScores) {
    int m = to - from;
    if (m == 0) {
      return 0;
    }
    prepareOrder(terms, weights, from, m);
    double slack = (m + 8) * FLOAT_ERROR * bound(0) + 1e-12;
    double theta = Double.NEGATIVE_INFINITY;
    long nextEstimate = Math.max(64, vectors.rows() >>> 4);
    long work = 0;
    int touchedCount = 0;
    int p = 0;
    for (; p < m; p++) {
      if (pruning && bound(p) + slack < theta) {
        break;
      }
      int q = from + (int) order[p];
      int t = terms[q];
      float qw = (float) weights[q];
      int end = index.end(t);
      for (int j = index.start(t); j < end; j++) {
        int d = index.doc(j);
        float a = acc[d];
        if (a == 0f) {
          touched[touchedCount++] = d;
        }
        acc[d] = a + qw * index.weight(j);
      }
      work += end - index.start(t);
      if (pruning && work >= nextEstimate && p + 1 < m) {
        theta = Math.max(theta, estimateTheta(touchedCount, k, self, filter));
        nextEstimate = work * 4;
      }
    }
    postingsVisited += work;
    double remaining = p < m ? bound(p) : 0;
    if (touchedCount > k) {
      // valid with or without pruning: selects the few candidates worth an exact rescoring
      theta = Math.max(theta, estimateTheta(touchedCount, k, self, filter));
    }
    top.reset(k);
    double cut = theta - remaining - slack;
    for (int i = 0; i < touchedCount; i++) {
      int d = touched[i];
      if (acc[d] >= cut && d != self && (filter == null || filter.test(d))) {
        double s = exactScore(d);
        if (s > 0) {
          top.offer(s, d);
        }
      }
      acc[d] = 0f;
    }
    for (int i = from; i < to; i++) {
      queryDense[terms[i]] = 0;
    }
    return top.drainBestFirst(outDocs, outScores);
  }

  /**
   * A lower bound on the k-th best exact score: the exact scores of the k candidates with the best partial sums.
   * Also scatters nothing: the query must already be in {@link #queryDense}.
   */
  private double estimateTheta(int touchedCount, int k, int self, IntPredicate filter) {
    estimate.reset(k);
    for (int i = 0; i < touchedCount; i++) {
      int d = touched[i];
      if (d != self && (filter == null || filter.test(d))) {
        estimate.offer(acc[d], d);
      }
    }
    if (!estimate.isFull()) {
      return Double.NEGATIVE_INFINITY;
    }
    int n = estimate.drainBestFirst(estimateDocs, estimateScores);
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, exactScore(estimateDocs[i]));
    }
    return min;
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
   * Sorts the query terms by decreasing bound {@code q_t · max w_t}, scatters the query into {@link #queryDense}
   * and computes the suffix sums behind {@link #bound}.
   */
  private void prepareOrder(int[] terms, double[] weights, int from, int m) {
    if (order.length < m) {
      order = new long[Math.max(m, order.length * 2)];
      remainingSum = new double[order.length + 1];
      remainingSquares = new double[order.length + 1];
    }
    for (int i = 0; i < m; i++) {
      int t = terms[from + i];
      double w = weights[from + i];
      queryDense[t] = w;
      float impact = (float) (w * index.maxWeight(t));
      // descending impact = ascending of the negated bits; ties by position in the query
      order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(impact)) << 32) | i;
    }
    Arrays.sort(order, 0, m);
    for (int i = 0; i < m; i++) {
      order[i] &= 0xFFFFFFFFL;
    }
    remainingSum[m] = 0;
    remainingSquares[m] = 0;
    for (int p = m - 1; p >= 0; p--) {
      int q = from + (int) order[p];
      double w = weights[q];
      remainingSum[p] = remainingSum[p + 1] + w * index.maxWeight(terms[q]);
      remainingSquares[p] = remainingSquares[p + 1] + w * w;
    }
  }

  /** Upper bound on what the terms at order positions p.. can add to any document's score. */
  private double bound(int p) {
    double l2 = Math.sqrt(remainingSquares[p]) * index.maxRowNorm();
    return Math.min(remainingSum[p], l2) * (1 + 1e-9);
  }
}
