package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.Article;
import io.kindred.core.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

  @Test
  void theDefaultIsTitleAndBody() {
    TextFields text = TextFields.defaults();
    for (Article a :
        List.of(
            Article.of("1", "T", "B"), Article.of("2", null, "B"), Article.of("3", "T", null),
            Article.of("4", null, null), Article.of("5", "", "\n"))) {
      assertEquals(ArticleText.TITLE_AND_BODY.of(a), text.of(a), a.id());
    }
    assertEquals(List.of("title", "body"), text.names());
    assertEquals("title,body", text.toString());
  }

  @Test
  void anyFieldsInAnyOrder() {
    Article a = new Article("1", "T", "B", "u", null, "S", List.of("x", "y z"), "Src", null);
    assertEquals("x\ny z\nT", TextFields.parse("tags, title").of(a));
    assertEquals("S\nSrc\nB", TextFields.parse("section,source,body").of(a));
    assertEquals("\nT", TextFields.parse("section,title").of(Article.of("2", "T", null)));
  }

  @Test
  void badSpecs() {
    assertEquals(
        "unknown text field 'url' in 'title,url' (expected a comma-separated list of title, body, section, tags,"
            + " source)",
        assertThrows(IllegalArgumentException.class, () -> TextFields.parse("title,url")).getMessage());
    assertEquals(
        "text field 'title' is given twice in 'title,body,title'",
        assertThrows(IllegalArgumentException.class, () -> TextFields.parse("title,body,title")).getMessage());
    assertEquals(
        "unknown text field '' in '' (expected a comma-separated list of title, body, section, tags, source)",
        assertThrows(IllegalArgumentException.class, () -> TextFields.parse("")).getMessage());
  }
}
