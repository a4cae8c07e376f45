package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.ArticleText;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.SparseVector;
import java.util.Arrays;

/**
 * A fitted TF-IDF model: vocabulary, idf and options, as scikit-learn's fitted {@code TfidfVectorizer}.
 * {@link #transform} gives exactly the vector the article would have had in the corpus. Immutable and thread-safe.
 */
public final class TfidfModel implements VectorModel {

  private final Analyzer analyzer;
  private final ArticleText text;
  private final TfidfOptions options;
  private final Vocabulary vocabulary;
  private final double[] idf;

  TfidfModel(Analyzer analyzer, ArticleText text, TfidfOptions options, Vocabulary vocabulary, double[] idf) {
    this.analyzer = analyzer;
    this.text = text;
    this.options = options;
    this.vocabulary = vocabulary;
    this.idf = idf;
  }

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public double idf(int termId) {
    return idf[termId];
  }

  /** @return the weighting options */
  public TfidfOptions options() {
    return options;
  }

  /** @return the analyzer */
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public SparseVector transform(Article article) {
    int[] ids = new int[64];
    int[] size = {0};
    int[][] holder = {ids};
    analyzer.analyze(
        text.of(article),
        (b, o, n) -> {
          int id = vocabulary.id(b, o, n);
          if (id >= 0) {
            if (size[0] == holder[0].length) {
              holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
            }
            holder[0][size[0]++] = id;
          }
        });
    ids = holder[0];
    Arrays.sort(ids, 0, size[0]);
    int distinct = 0;
    int[] counts = new int[size[0]];
    for (int i = 0; i < size[0]; i++) {
      if (distinct > 0 && ids[distinct - 1] == ids[i]) {
        counts[distinct - 1]++;
      } else {
        ids[distinct] = ids[i];
        counts[distinct++] = 1;
      }
    }
    double[] w = new double[distinct];
    weigh(counts, ids, 0, distinct, idf, options, w, 0);
    return SparseVector.of(Arrays.copyOf(ids, distinct), w);
  }

  /**
   * Weights one row: tf (binary, sublinear), times idf, then the norm. {@code out[outFrom ..]} receives the
   * weights of entries {@code [from, to)}.
   */
  static void weigh(
      int[] counts, int[] termIds, int from, int to, double[] idf, TfidfOptions o, double[] out, int outFrom) {
    for (int e = from, i = outFrom; e < to; e++, i++) {
      double tf = o.binary() ? 1 : counts[e];
      if (o.sublinearTf()) {
        tf = StrictMath.log(tf) + 1;
      }
      out[i] = o.useIdf() ? tf * idf[termIds[e]] : tf;
    }
    o.norm().apply(out, outFrom, outFrom + to - from);
  }

  @Override
  public String describe() {
    return "tfidf(" + analyzer.describe() + ", " + options + ", vocabulary=" + vocabulary.size() + ")";
  }
}
