package io.kindred.io;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes Similar Articles lists, one per article, in the order given.
 *
 * <ul>
 *   <li>{@link OutputFormat#JSONL}: one object per line, {@code {"id": "a1", "similar": [{"id": "a7", "score":
 *       0.421337, "title": "...", "url": "..."}, ...]}}; {@code title} and {@code url} appear when the similar
 *       article has them;
 *   <li>{@link OutputFormat#JSON}: the same objects in one array, one object per line;
 *   <li>{@link OutputFormat#CSV}: header {@code id,rank,similar_id,score,title,url}, one row per pair, ranks from 1,
 *       RFC 4180 quoting (an article without similar articles has no row).
 * </ul>
 *
 * Scores have exactly six decimals ({@code %.6f} in {@link Locale#ROOT}); lines end with {@code "\n"}. Writers
 * buffer nothing themselves and never close the underlying {@link Writer}. Not thread-safe.
 */
public interface SimilarListWriter {

  /**
   * Writes one article's list.
   *
   * @param id the article's id
   * @param similar its similar articles, best first
   * @throws IOException if writing fails
   */
  void write(String id, List<SimilarArticle> similar) throws IOException;

  /**
   * Completes the document (the closing bracket of a JSON array; the header of an empty CSV) and flushes.
   *
   * @throws IOException if writing fails
   */
  void finish() throws IOException;

  /**
   * @param format the output format
   * @param out where to write (UTF-8 is the caller's choice of encoding)
   * @param articles the article of each similar id, for titles and urls
   * @return a writer
   */
  static SimilarListWriter of(OutputFormat format, Writer out, Function<String, Article> articles) {
    return switch (format) {
      case JSONL -> new JsonListWriter(out, articles, false);
      case JSON -> new JsonListWriter(out, articles, true);
      case CSV -> new CsvListWriter(out, articles);
    };
  }

  /**
   * @param score a score
   * @return the score with exactly six decimals, never in exponent notation, e.g. {@code 0.421337}
   */
  static String formatScore(double score) {
    return String.format(Locale.ROOT, "%.6f", score);
  }
}
