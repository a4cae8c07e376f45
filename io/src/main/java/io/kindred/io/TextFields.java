package io.kindred.io;

import io.kindred.core.Article;
import io.kindred.core.ArticleText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The text of an article that is analysed for matching, chosen by field names: the values of the chosen fields
 * joined by {@code "\n"}, a missing field counting as "" and tags joined by {@code "\n"}. The default,
 * {@code title,body}, is exactly {@link ArticleText#TITLE_AND_BODY}. Immutable and thread-safe.
 */
public final class TextFields implements ArticleText {

  /** The fields that can feed the text. */
  public static final List<String> NAMES = List.of("title", "body", "section", "tags", "source");

  private final List<String> names;
  private final List<Function<Article, String>> fields;

  private TextFields(List<String> names, List<Function<Article, String>> fields) {
    this.names = List.copyOf(names);
    this.fields = List.copyOf(fields);
  }

  /** @return {@code title,body}: scikit-learn's text in kindred's peers */
  public static TextFields defaults() {
    return parse("title,body");
  }

  /**
   * @param spec field names separated by commas, e.g. {@code "title,body,tags"}
   * @return the text made of those fields, in that order
   * @throws IllegalArgumentException for an empty list, an unknown name or a name given twice
   */
  public static TextFields parse(String spec) {
    List<String> names = new ArrayList<>();
    List<Function<Article, String>> fields = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      String name = part.strip();
      if (names.contains(name)) {
        throw new IllegalArgumentException("text field '" + name + "' is given twice in '" + spec + "'");
      }
      names.add(name);
      fields.add(field(name, spec));
    }
    return new TextFields(names, fields);
  }

  private static Function<Article, String> field(String name, String spec) {
    return switch (name) {
      case "title" -> Article::title;
      case "body" -> Article::body;
      case "section" -> Article::section;
      case "tags" -> a -> String.join("\n", a.tags());
      case "source" -> Article::source;
      default ->
          throw new IllegalArgumentException(
              "unknown text field '" + name + "' in '" + spec + "' (expected a comma-separated list of "
                  + String.join(", ", NAMES) + ")");
    };
  }

  @Override
  public String of(Article article) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String value = fields.get(i).apply(article);
      if (i > 0) {
        text.append('\n');
      }
      text.append(value == null ? "" : value);
    }
    return text.toString();
  }

  /** @return the field names, in order */
  public List<String> names() {
    return names;
  }

  @Override
  public String toString() {
    return String.join(",", names);
  }
}
