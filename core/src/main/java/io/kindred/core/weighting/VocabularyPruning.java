package io.kindred.core.weighting;

/** scikit-learn's {@code _limit_features}: which terms survive min_df, max_df and max_features. Stateless. */
final class VocabularyPruning {

  private VocabularyPruning() {}

  /**
   * @return for each term of {@code counts}, its id in the pruned vocabulary, or -1 if dropped
   * @throws IllegalArgumentException if max_df is below min_df or nothing remains
   */
  static int[] keep(TermCounts counts, TfidfOptions o) {
    int n = counts.documents();
    double maxDocs = o.maxDf().documents(n);
    double minDocs = o.minDf().documents(n);
    if (maxDocs < minDocs) {
      throw new IllegalArgumentException(
          "max_df corresponds to < documents than min_df: max_df=" + o.maxDf() + " is " + maxDocs + " of " + n
              + " documents, min_df=" + o.minDf() + " is " + minDocs);
    }
    int v = counts.terms.length;
    boolean[] keep = new boolean[v];
    int kept = 0;
    for (int t = 0; t < v; t++) {
      keep[t] = counts.df[t] <= maxDocs && counts.df[t] >= minDocs;
      kept += keep[t] ? 1 : 0;
    }
    if (kept > o.maxFeatures()) {
      int[] candidates = new int[kept];
      double[] negativeTotals = new double[kept];
      double[] totals = counts.totals(o.binary());
      for (int t = 0, i = 0; t < v; t++) {
        if (keep[t]) {
          candidates[i] = t;
          negativeTotals[i++] = -totals[t];
        }
      }
      int[] order = NumpyArgsort.argsort(negativeTotals);
      keep = new boolean[v];
      for (int i = 0; i < o.maxFeatures(); i++) {
        keep[candidates[order[i]]] = true;
      }
      kept = o.maxFeatures();
    }
    if (kept == 0) {
      throw new IllegalArgumentException(
          "After pruning, no terms remain. Try a lower min_df or a higher max_df (min_df=" + o.minDf() + ", max_df="
              + o.maxDf() + ", " + n + " documents)");
    }
    int[] newId = new int[v];
    for (int t = 0, next = 0; t < v; t++) {
      newId[t] = keep[t] ? next++ : -1;
    }
    return newId;
  }
}
