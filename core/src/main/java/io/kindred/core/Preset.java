package io.kindred.core;

import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named set of analysis, weighting and ranking choices. Callers start from a preset and override single
 * settings ({@code preset.toBuilder()...}). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #SKLEARN}: every scikit-learn {@code TfidfVectorizer} default, no re-ranking: lists identical to
 *       scikit-learn's exact cosine top-k.
 *   <li>{@link #NEWS}: kindred's default, chosen by measuring precision@10 of category agreement on three labelled
 *       news corpora and checked on a fourth (see the README's quality table).
 * </ul>
 *
 * @param name the preset's name
 * @param analyzer which analysis
 * @param stopWords stop words
 * @param ngramMin smallest word n-gram
 * @param ngramMax largest word n-gram
 * @param fields analysed texts and their weights
 * @param weighting term weighting and vocabulary pruning
 * @param feedback pseudo-relevance feedback re-ranking
 */
public record Preset(
    String name,
    AnalyzerKind analyzer,
    StopWords stopWords,
    int ngramMin,
    int ngramMax,
    TextFields fields,
    TfidfOptions weighting,
    Feedback feedback) {

  /** The analyzer family. */
  public enum AnalyzerKind {
    /** {@link SklearnAnalyzer}: scikit-learn's analysis, exactly. */
    SKLEARN,
    /** {@link LuceneEnglishAnalyzer}: Lucene's English analysis with Porter stemming. */
    ENGLISH
  }

  /** scikit-learn's defaults. */
  public static final Preset SKLEARN =
      new Preset("sklearn", AnalyzerKind.SKLEARN, StopWords.NONE, 1, 1, TextFields.TITLE_AND_BODY, TfidfOptions.defaults(), Feedback.NONE);

  /** kindred's news preset. */
  public static final Preset NEWS =
      new Preset(
          "news",
          AnalyzerKind.ENGLISH,
          StopWords.ENGLISH,
          1,
          2,
          TextFields.TITLE_AND_BODY,
          TfidfOptions.builder().sublinearTf(true).minDf(DfLimit.count(2)).maxDf(DfLimit.proportion(0.5)).build(),
          new Feedback(List.of(3, 5), 2.0, 100));

  /** Validates. */
  public Preset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(stopWords, "stopWords");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(feedback, "feedback");
    if (ngramMin < 1 || ngramMax < ngramMin) {
      throw new IllegalArgumentException("n-gram range must satisfy 1 <= min <= max, was " + ngramMin + ".." + ngramMax);
    }
  }

  /**
   * @param name {@code news} or {@code sklearn}
   * @return the preset
   * @throws IllegalArgumentException for another name
   */
  public static Preset named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "news" -> NEWS;
      case "sklearn" -> SKLEARN;
      default -> throw new IllegalArgumentException("unknown preset '" + name + "' (expected news or sklearn)");
    };
  }

  /** @return the analyzer these settings describe */
  public Analyzer buildAnalyzer() {
    return switch (analyzer) {
      case SKLEARN -> SklearnAnalyzer.builder().stopWords(stopWords).ngramRange(ngramMin, ngramMax).build();
      case ENGLISH -> LuceneEnglishAnalyzer.of(stopWords, LuceneEnglishAnalyzer.Stemmer.PORTER, false, ngramMin, ngramMax);
    };
  }

  /** @return the vectorizer these settings describe */
  public Vectorizer vectorizer() {
    return new TfidfVectorizer(buildAnalyzer(), fields, weighting);
  }

  /** @return the ranking policy of this preset (feedback only; filters are per site) */
  public RankingPolicy policy() {
    return RankingPolicy.builder().feedback(feedback).build();
  }
}
