package io.kindred.cli;

import io.kindred.core.search.SimilarArticle;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What goes into each Similar Articles list: its length and the lowest score shown. The place for later ranking
 * policies (recency, exclusions, near-duplicates, diversity).
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class ListOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = {"-k", "--top-k"},
      paramLabel = "K",
      description = "Articles per list, at most. Default: 10.")
  private int k = 10;

  @Option(
      names = "--min-score",
      paramLabel = "SCORE",
      description = "Drop similar articles that score below SCORE: lists get shorter, never backfilled. Default: 0.")
  private double minScore;

  /**
   * @return these options
   * @throws ParameterException if an option is out of range
   */
  ListOptions validated() {
    if (k < 1) {
      throw new ParameterException(spec.commandLine(), "--top-k must be >= 1, was " + k);
    }
    if (!(minScore >= 0) || Double.isInfinite(minScore)) {
      throw new ParameterException(spec.commandLine(), "--min-score must be a finite number >= 0, was " + minScore);
    }
    return this;
  }

  /** @return the list length */
  int k() {
    return k;
  }

  /**
   * @param similar a list, best first
   * @return the list without the articles scoring below {@code --min-score}
   */
  List<SimilarArticle> apply(List<SimilarArticle> similar) {
    int keep = 0;
    while (keep < similar.size() && similar.get(keep).score() >= minScore) {
      keep++;
    }
    return keep == similar.size() ? similar : similar.subList(0, keep);
  }
}
