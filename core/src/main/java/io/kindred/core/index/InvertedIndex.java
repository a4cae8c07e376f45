package io.kindred.core.index;

import io.kindred.core.vector.DocumentVectors;

/**
 * Postings of a corpus: for each term, the documents containing it in increasing order, with float weights, and
 * the largest weight of each term (for score bounds).
 *
 * <p>The postings of a term are contiguous ({@code [start(t), end(t))}) so the scoring loop streams through
 * primitive arrays. Weights are float32: half the memory of doubles and better cache use; exact scores are
 * recomputed from the double {@link DocumentVectors}. Immutable and thread-safe.
 */
public final class InvertedIndex {

  private final int[] termStart;
  private final int[] docs;
  private final float[] weights;
  private final float[] maxWeight;
  private final double maxRowNorm;

  private InvertedIndex(
      int[] termStart, int[] docs, float[] weights, float[] maxWeight, double maxRowNorm) {
    this.termStart = termStart;
    this.docs = docs;
    this.weights = weights;
    this.maxWeight = maxWeight;
    this.maxRowNorm = maxRowNorm;
  }

  /**
   * Transposes the document vectors into postings (a counting sort: O(entries)). Entries of weight 0 get no
   * posting: they add nothing to any score.
   *
   * @param vectors the corpus vectors
   * @return the index
   * @throws IllegalArgumentException if a weight is negative or not finite (score bounds need weights &gt;= 0)
   */
  public static InvertedIndex build(DocumentVectors vectors) {
    int terms = vectors.dimensions();
    int[] termStart = new int[terms + 1];
    for (int e = 0; e < vectors.entries(); e++) {
      double w = vectors.weight(e);
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "weights must be finite and >= 0 for the index, was " + w + " (term " + vectors.term(e) + ")");
      }
      if (w > 0) {
        termStart[vectors.term(e) + 1]++;
      }
    }
    for (int t = 0; t < terms; t++) {
      termStart[t + 1] += termStart[t];
    }
    int[] next = termStart.clone();
    int[] docs = new int[termStart[terms]];
    float[] weights = new float[termStart[terms]];
    float[] maxWeight = new float[terms];
    double maxNorm = 0;
    for (int d = 0; d < vectors.rows(); d++) {
      double sq = 0;
      for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
        int t = vectors.term(e);
        double w = vectors.weight(e);
        sq += w * w;
        if (w == 0) {
          continue;
        }
        int p = next[t]++;
        docs[p] = d;
        weights[p] = (float) w;
        maxWeight[t] = Math.max(maxWeight[t], weights[p]);
      }
      maxNorm = Math.max(maxNorm, Math.sqrt(sq));
    }
    return new InvertedIndex(termStart, docs, weights, maxWeight, maxNorm);
  }

  /** @return number of terms */
  public int terms() {
    return maxWeight.length;
  }

  /**
   * @param term a term id
   * @return index of the term's first posting
   */
  public int start(int term) {
    return termStart[term];
  }

  /**
   * @param term a term id
   * @return index after the term's last posting
   */
  public int end(int term) {
    return termStart[term + 1];
  }

  /**
   * @param term a term id
   * @return its document frequency (number of postings)
   */
  public int df(int term) {
    return termStart[term + 1] - termStart[term];
  }

  /**
   * @param posting a posting index
   * @return its document (row) number
   */
  public int doc(int posting) {
    return docs[posting];
  }

  /**
   * @param posting a posting index
   * @return its weight
   */
  public float weight(int posting) {
    return weights[posting];
  }

  /**
   * @param term a term id
   * @return the largest weight of the term in any document
   */
  public float maxWeight(int term) {
    return maxWeight[term];
  }

  /** @return the largest Euclidean norm of any document vector (1 for L2-normalised vectors, 0 if all empty) */
  public double maxRowNorm() {
    return maxRowNorm;
  }

  /** @return total number of postings */
  public int postings() {
    return docs.length;
  }

  /** @return Σ df(t)²: the multiply-adds of exact all-pairs scoring without pruning */
  public long sumDfSquared() {
    long sum = 0;
    for (int t = 0; t < terms(); t++) {
      long df = df(t);
      sum += df * df;
    }
    return sum;
  }
}
