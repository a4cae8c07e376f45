package io.kindred.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.kindred.core.Article;
import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/** JSON Lines, or a JSON array with one object per line. Not thread-safe. */
final class JsonListWriter implements SimilarListWriter {

  private final Writer out;
  private final Function<String, Article> articles;
  private final boolean array;
  private final boolean explain;
  private final StringBuilder line = new StringBuilder(1024);
  private boolean first = true;

  JsonListWriter(Writer out, Function<String, Article> articles, boolean array, boolean explain) {
    this.out = out;
    this.articles = articles;
    this.array = array;
    this.explain = explain;
  }

  @Override
  public void write(String id, List<SimilarArticle> similar, List<Explanation> explanations) throws IOException {
    SimilarListWriter.checkExplanations(explain, similar, explanations);
    line.setLength(0);
    if (array) {
      line.append(first ? "[\n" : ",\n");
    }
    first = false;
    line.append("{\"id\": ");
    string(id);
    line.append(", \"similar\": [");
    for (int i = 0; i < similar.size(); i++) {
      SimilarArticle s = similar.get(i);
      Article a = articles.apply(s.id());
      line.append(i == 0 ? "{\"id\": " : ", {\"id\": ");
      string(s.id());
      line.append(", \"score\": ").append(SimilarListWriter.formatScore(s.score()));
      if (a != null && a.title() != null) {
        line.append(", \"title\": ");
        string(a.title());
      }
      if (a != null && a.url() != null) {
        line.append(", \"url\": ");
        string(a.url());
      }
      if (explain) {
        explanation(explanations.get(i));
      }
      line.append('}');
    }
    line.append("]}");
    if (!array) {
      line.append('\n');
    }
    out.append(line);
  }

  private void explanation(Explanation e) {
    line.append(", \"explain\": {\"cosine\": ").append(SimilarListWriter.formatScore(e.score()));
    line.append(", \"terms\": [");
    for (int t = 0; t < e.terms().size(); t++) {
      line.append(t == 0 ? "{\"term\": " : ", {\"term\": ");
      string(e.terms().get(t).term());
      line.append(", \"contribution\": ").append(SimilarListWriter.formatScore(e.terms().get(t).contribution()));
      line.append('}');
    }
    line.append("], \"rest\": ").append(SimilarListWriter.formatScore(e.rest())).append('}');
  }

  private void string(String s) {
    line.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, line);
    line.append('"');
  }

  @Override
  public void finish() throws IOException {
    if (array) {
      out.write(first ? "[]\n" : "\n]\n");
    }
    out.flush();
  }
}
