package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.ArticleText;
import io.kindred.core.Progress;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import java.util.List;
import java.util.Objects;

/**
 * scikit-learn 1.2's {@code TfidfVectorizer}, computed in double precision with the same results: the same
 * vocabulary (terms in code-point order), idf and weights equal to within 1e-12 relative (the last bits can differ
 * because sums and logarithms are not evaluated in the same order as numpy's).
 *
 * <p>Vocabulary pruning follows scikit-learn exactly: {@code min_df}/{@code max_df} as counts or proportions
 * ({@code max_df} below {@code min_df} is an error), then {@code max_features} keeps the terms with the largest
 * total count (document frequency when binary). <b>Tie rule</b>: among terms with equal totals at the cut, the
 * kept ones are those numpy 1.24's {@code argsort} (introsort, not stable) puts first when sorting the
 * alphabetically ordered candidates by decreasing total, which is what scikit-learn does; deterministic, though
 * not alphabetical.
 *
 * <p>Immutable and thread-safe; the thread count only changes speed, never the result.
 */
public final class TfidfVectorizer implements Vectorizer {

  private final Analyzer analyzer;
  private final TextFields fields;
  private final TfidfOptions options;

  /**
   * @param analyzer the analysis
   * @param text which text of an article to analyse
   * @param options the weighting options
   */
  public TfidfVectorizer(Analyzer analyzer, ArticleText text, TfidfOptions options) {
    this(analyzer, TextFields.of(List.of(new TextFields.Field("text", text, 1))), options);
  }

  /**
   * @param analyzer the analysis
   * @param fields which texts of an article to analyse, with their weights
   * @param options the weighting options
   */
  public TfidfVectorizer(Analyzer analyzer, TextFields fields, TfidfOptions options) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** @return scikit-learn's {@code TfidfVectorizer()} with every default, on title + "\n" + body */
  public static TfidfVectorizer sklearnDefaults() {
    return new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, TfidfOptions.defaults());
  }

  @Override
  public Vectorized fit(List<Article> articles, int threads, Progress progress) {
    Workers.checkThreads(threads);
    TermCounts counts = TermCounts.count(articles, fields, analyzer, threads, progress);
    if (counts.terms.length == 0) {
      throw new IllegalArgumentException(
          "empty vocabulary: none of the " + articles.size() + " articles has a term (" + analyzer.describe()
              + "); perhaps the documents only contain stop words");
    }
    int[] newId = VocabularyPruning.keep(counts, options);
    int kept = 0;
    for (int id : newId) {
      kept += id >= 0 ? 1 : 0;
    }
    String[] terms = new String[kept];
    int[] df = new int[kept];
    for (int t = 0; t < newId.length; t++) {
      if (newId[t] >= 0) {
        terms[newId[t]] = counts.terms[t];
        df[newId[t]] = counts.df[t];
      }
    }
    int n = counts.documents();
    double[] idf = idf(df, n, options);
    Vocabulary vocabulary = new Vocabulary(terms, df, n);
    TfidfModel model =
        new TfidfModel(analyzer, fields, options, vocabulary, idf, averageLength(counts, newId, options.binary()));
    DocumentVectors vectors = weighCorpus(model, counts, newId, kept, threads);
    return new Vectorized(model, vectors);
  }

  private static double[] idf(int[] df, int n, TfidfOptions o) {
    double[] idf = new double[df.length];
    int s = o.smoothIdf() ? 1 : 0;
    for (int t = 0; t < df.length; t++) {
      if (!o.useIdf()) {
        idf[t] = 1.0;
      } else if (o.scheme() == TfidfOptions.Scheme.BM25) {
        idf[t] = StrictMath.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
      } else {
        idf[t] = StrictMath.log((double) (n + s) / (df[t] + s)) + 1.0;
      }
    }
    return idf;
  }

  /** Mean over documents of Σ tf of the kept terms (BM25's avglen). */
  private static double averageLength(TermCounts counts, int[] newId, boolean binary) {
    double total = 0;
    for (int e = 0; e < counts.termIds.length; e++) {
      if (newId[counts.termIds[e]] >= 0) {
        total += binary ? 1 : counts.counts[e];
      }
    }
    return counts.documents() == 0 ? 0 : total / counts.documents();
  }

  private static DocumentVectors weighCorpus(TfidfModel model, TermCounts counts, int[] newId, int dimensions, int threads) {
    int n = counts.documents();
    int[] rowStart = new int[n + 1];
    for (int r = 0; r < n; r++) {
      int size = 0;
      for (int e = counts.rowStart[r]; e < counts.rowStart[r + 1]; e++) {
        size += newId[counts.termIds[e]] >= 0 ? 1 : 0;
      }
      rowStart[r + 1] = rowStart[r] + size;
    }
    int[] terms = new int[rowStart[n]];
    double[] weights = new double[rowStart[n]];
    double[] rowCounts = new double[rowStart[n]];
    int block = 1024;
    Workers.run(
        threads,
        (n + block - 1) / block,
        "kindred-weigh",
        (w, b) -> {
          for (int r = b * block, end = Math.min(n, r + block); r < end; r++) {
            int out = rowStart[r];
            for (int e = counts.rowStart[r]; e < counts.rowStart[r + 1]; e++) {
              int id = newId[counts.termIds[e]];
              if (id >= 0) {
                terms[out] = id;
                rowCounts[out++] = counts.counts[e];
              }
            }
            model.weigh(rowCounts, terms, rowStart[r], rowStart[r + 1], weights, rowStart[r]);
          }
        });
    return DocumentVectors.wrap(rowStart, terms, weights, dimensions);
  }

  /** @return the weighting options */
  public TfidfOptions options() {
    return options;
  }

  /** @return the analyzer */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** @return the text fields */
  public TextFields fields() {
    return fields;
  }

  @Override
  public String describe() {
    return "tfidf(" + analyzer.describe() + ", fields=" + fields + ", " + options + ")";
  }
}
