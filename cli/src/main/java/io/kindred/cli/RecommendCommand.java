package io.kindred.cli;

import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred recommend}: the Similar Articles list of every article of a corpus. An instance is one run: not
 * thread-safe.
 */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the Similar Articles list of every article of a corpus.",
      "",
      "Reads the corpus, fits TF-IDF on it and writes, for every article in input order, the top K other articles"
          + " by cosine similarity (only scores > 0; ties by input order) with their titles and urls. The lists are"
          + " exact and the same for any number of threads.",
      ""
    },
    footer = {
      "",
      "Input fields: id (required, unique), title, body, url, date (ISO-8601), section (or category), tags, source,"
          + " language; others are ignored.",
      "Exit codes: 0 success, 1 failure (invalid input, I/O error), 2 usage error.",
      "",
      "Examples:",
      "  kindred recommend | head -3",
      "      the lists of the built-in sample corpus, on standard output",
      "  kindred recommend -i articles.jsonl.gz -o related.jsonl",
      "  kindred recommend -i export.csv -o related.csv -k 5 --min-score 0.1",
      "      CSV in and out; at most 5 articles per list, none scoring below 0.1",
      "  kindred recommend -i a.jsonl --stop-words english --ngram 1,2 --min-df 2",
      "      as scikit-learn's TfidfVectorizer(stop_words='english',",
      "      ngram_range=(1, 2), min_df=2)",
      "  kindred recommend -i a.jsonl --analyzer english --text-fields title,body,tags",
      "      stemmed English analysis of titles, bodies and tags"
    })
final class RecommendCommand implements Callable<Integer> {

  @ParentCommand private Kindred parent;

  @Spec private CommandSpec spec;

  @Mixin private InputOptions input;

  @Mixin private OutputOptions output;

  @Mixin private ListOptions lists;

  @Mixin private VectorizerOptions vectors;

  @Mixin private RunOptions run;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    int k = lists.validated().k();
    int threads = run.validated().threads();
    Vectorizer vectorizer = vectors.vectorizer();
    OutputFormat format = output.format();
    Console console = parent.console(spec.commandLine().getErr(), run.quiet());
    try (ListOutput out = output.open(spec.commandLine().getOut())) {
      SimilarityIndex index = Pipeline.index(input, vectorizer, threads, console, parent.stdin());
      List<List<SimilarArticle>> all;
      try (ProgressBar bar = console.bar("scoring", ProgressBar.Unit.ARTICLES)) {
        all = index.allSimilar(k, threads, bar);
      }
      List<String> ids = new ArrayList<>(index.size());
      for (int i = 0; i < index.size(); i++) {
        ids.add(index.article(i).id());
      }
      Pipeline.write(out, format, index, ids, all, lists);
      console.summary(
          "%,d articles, %,d terms; %,d lists written to %s in %.2f s",
          index.size(), index.model().vocabulary().size(), ids.size(), out.describe(), Pipeline.seconds(start));
    }
    return 0;
  }
}
