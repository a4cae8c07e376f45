package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.OutputFormat;
import io.kindred.io.SimilarListWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The steps the commands share: read and index a corpus, write lists. Stateless. */
final class Pipeline {

  private Pipeline() {}

  /**
   * Reads the corpus and fits the vectorizer on it, with progress bars.
   *
   * @param input where the corpus is
   * @param vectorizer the vector space
   * @param threads worker threads
   * @param console where to report
   * @param stdin standard input
   * @return the index
   * @throws IOException if the corpus cannot be read or has an invalid record
   */
  static SimilarityIndex index(
      InputOptions input, Vectorizer vectorizer, int threads, Console console, InputStream stdin) throws IOException {
    List<Article> articles = input.read(console, stdin);
    try (ProgressBar bar = console.bar("fitting", ProgressBar.Unit.ARTICLES)) {
      return SimilarityIndex.build(articles, vectorizer, threads, bar);
    }
  }

  /**
   * Writes lists and makes the output final.
   *
   * @param out the destination
   * @param format the format
   * @param index the corpus, for titles and urls
   * @param ids the article of each list
   * @param lists the lists, best first
   * @param options the filter applied to each list
   * @throws IOException if writing fails
   */
  static void write(
      ListOutput out,
      OutputFormat format,
      SimilarityIndex index,
      List<String> ids,
      List<List<SimilarArticle>> lists,
      ListOptions options)
      throws IOException {
    SimilarListWriter writer = SimilarListWriter.of(format, out.writer(), id -> index.article(index.ordinal(id)));
    for (int i = 0; i < ids.size(); i++) {
      writer.write(ids.get(i), options.apply(lists.get(i)));
    }
    writer.finish();
    out.commit();
  }

  /**
   * @param startNanos when the run started, from {@link System#nanoTime()}
   * @return seconds since then
   */
  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
