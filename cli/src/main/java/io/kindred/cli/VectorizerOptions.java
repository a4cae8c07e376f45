package io.kindred.cli;

import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.TextFields;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the vector space, and the one place where they become a {@link Vectorizer}. Every
 * default is scikit-learn's {@code TfidfVectorizer} default, so that {@code --analyzer sklearn} with scikit-learn's
 * options gives scikit-learn's vectors.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class VectorizerOptions {

  /** The analysis. */
  enum AnalyzerChoice {
    /** scikit-learn's word analyzer, exactly. */
    SKLEARN,
    /** Lucene's English analysis with Porter stemming. */
    ENGLISH
  }

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--analyzer",
      paramLabel = "NAME",
      description = "sklearn (scikit-learn's analysis, exactly; default) or english (Lucene, Porter stemming).")
  private AnalyzerChoice analyzer = AnalyzerChoice.SKLEARN;

  @Option(
      names = "--stop-words",
      paramLabel = "LIST",
      description = "english (scikit-learn's 318 words) or none. Default: none for sklearn, english for english.")
  private StopWords stopWords;

  @Option(
      names = "--min-df",
      paramLabel = "DF",
      description = "Drop terms in fewer documents: an integer is a count, a decimal a proportion. Default: 1.")
  private String minDf = "1";

  @Option(
      names = "--max-df",
      paramLabel = "DF",
      description = "Drop terms in more documents: an integer is a count, a decimal a proportion. Default: 1.0.")
  private String maxDf = "1.0";

  @Option(
      names = "--max-features",
      paramLabel = "N",
      description = "Keep only the N terms most frequent in the corpus. Default: all.")
  private int maxFeatures = TfidfOptions.ALL_FEATURES;

  @Option(
      names = "--ngram",
      paramLabel = "LO,HI",
      description = "Word n-grams from LO to HI words (sklearn analyzer only). Default: 1,1.")
  private NgramRange ngram = NgramRange.UNIGRAMS;

  @Option(names = "--sublinear-tf", description = "Use 1 + ln(tf) instead of tf.")
  private boolean sublinearTf;

  @Option(names = "--binary", description = "Count each term once per article.")
  private boolean binary;

  @Option(
      names = "--strip-accents",
      paramLabel = "HOW",
      description = "ascii or unicode: remove accents (english analyzer: fold to ASCII). Default: keep them.")
  private StripAccents stripAccents = StripAccents.NONE;

  @Option(names = "--no-smooth-idf", description = "idf = ln(n / df) + 1 instead of ln((n + 1) / (df + 1)) + 1.")
  private boolean noSmoothIdf;

  @Option(names = "--no-idf", description = "Weigh terms by tf only.")
  private boolean noIdf;

  @Option(
      names = "--norm",
      paramLabel = "NORM",
      description = "l2 (scores are cosines; default), l1 or none.")
  private Norm norm = Norm.L2;

  @Option(
      names = "--text-fields",
      paramLabel = "FIELDS",
      description =
          "Fields analysed, joined by newlines: any of title, body, section, tags, source. Default: title,body.")
  private TextFields textFields = TextFields.defaults();

  /**
   * @return the vectorizer these options describe
   * @throws ParameterException for options that contradict each other or are out of range
   */
  Vectorizer vectorizer() {
    try {
      return new TfidfVectorizer(analyzer(), textFields, weighting());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Analyzer analyzer() {
    return switch (analyzer) {
      case SKLEARN ->
          SklearnAnalyzer.builder()
              .stripAccents(stripAccents)
              .stopWords(stopWords == null ? StopWords.NONE : stopWords)
              .ngramRange(ngram.min(), ngram.max())
              .build();
      case ENGLISH -> {
        if (!ngram.equals(NgramRange.UNIGRAMS)) {
          throw new IllegalArgumentException("--ngram works with --analyzer sklearn only");
        }
        yield LuceneEnglishAnalyzer.of(
            stopWords == null ? StopWords.ENGLISH : stopWords,
            LuceneEnglishAnalyzer.Stemmer.PORTER,
            stripAccents != StripAccents.NONE);
      }
    };
  }

  private TfidfOptions weighting() {
    return TfidfOptions.builder()
        .minDf(DfLimit.parse("--min-df", minDf))
        .maxDf(DfLimit.parse("--max-df", maxDf))
        .maxFeatures(maxFeatures)
        .binary(binary)
        .useIdf(!noIdf)
        .smoothIdf(!noSmoothIdf)
        .sublinearTf(sublinearTf)
        .norm(norm)
        .build();
  }
}
