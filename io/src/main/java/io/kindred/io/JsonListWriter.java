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
  private boolean first = true;

  JsonListWriter(Writer out, Function<String, Article> articles, boolean array, boolean explain) {
    this.out = out;
    this.articles = articles;
    this.array = array;
    this.explain = explain;
  }

  @Override
  public String render(String id, List<SimilarArticle> similar, List<Explanation> explanations) {
    SimilarListWriter.checkExplanations(explain, similar, explanations);
    StringBuilder line = new StringBuilder(256 + 160 * similar.size());
    line.append("{\"id\": ");
    string(line, id);
    line.append(", \"similar\": [");
    for (int i = 0; i < similar.size(); i++) {
      SimilarArticle s = similar.get(i);
      Article a = articles.apply(s.id());
      line.append(i == 0 ? "{\"id\": " : ", {\"id\": ");
      string(line, s.id());
      line.append(", \"score\": ").append(SimilarListWriter.formatScore(s.score()));
      if (a != null && a.title() != null) {
        line.append(", \"title\": ");
        string(line, a.title());
      }
      if (a != null && a.url() != null) {
        line.append(", \"url\": ");
        string(line, a.url());
      }
      if (explain) {
        explanation(line, explanations.get(i));
      }
      line.append('}');
    }
    return line.append("]}").toString();
  }

  @Override
  public void writeRendered(String rendered) throws IOException {
    if (array) {
      out.write(first ? "[\n" : ",\n");
    }
    first = false;
    out.write(rendered);
    if (!array) {
      out.write('\n');
    }
  }

  private static void explanation(StringBuilder line, Explanation e) {
    line.append(", \"explain\": {\"cosine\": ").append(SimilarListWriter.formatScore(e.score()));
    line.append(", \"terms\": [");
    for (int t = 0; t < e.terms().size(); t++) {
      line.append(t == 0 ? "{\"term\": " : ", {\"term\": ");
      string(line, e.terms().get(t).term());
      line.append(", \"contribution\": ").append(SimilarListWriter.formatScore(e.terms().get(t).contribution()));
      line.append('}');
    }
    line.append("], \"rest\": ").append(SimilarListWriter.formatScore(e.rest())).append('}');
  }

  private static void string(StringBuilder line, String s) {
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
