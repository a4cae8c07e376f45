package io.kindred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article builder and the one rule for publication dates. */
class ArticleTest {

    @Test
    void builderSetsEveryField() {
        Article a = Article.builder("2026-0417")
                .title("ICC judges face US sanctions")
                .body("THE HAGUE - ...")
                .url("https://example.org/icc")
                .date("2026-04-17T09:30:00Z")
                .section("world")
                .tags(List.of("icc", "sanctions"))
                .source("Wire")
                .language("en")
                .build();
        assertEquals(
                new Article(
                        "2026-0417",
                        "ICC judges face US sanctions",
                        "THE HAGUE - ...",
                        "https://example.org/icc",
                        Instant.parse("2026-04-17T09:30:00Z"),
                        "world",
                        List.of("icc", "sanctions"),
                        "Wire",
                        "en"),
                a);
    }

    @Test
    void builderDefaultsAreThoseOfArticleOf() {
        assertEquals(Article.of("a", null, null), Article.builder("a").build());
        assertEquals(
                Article.of("a", "t", "b"),
                Article.builder("a").title("t").body("b").tags(null).build());
        Instant t = Instant.parse("2026-04-17T09:30:00Z");
        assertEquals(t, Article.builder("a").published(t).build().published());
    }

    @Test
    void builderRefusesABlankId() {
        assertThrows(IllegalArgumentException.class, () -> Article.builder(" ").build());
        assertThrows(NullPointerException.class, () -> Article.builder(null).build());
    }

    @Test
    void aDateOnlyValueIsTheStartOfThatDayInUtc() {
        Instant day = Article.builder("a").date("2026-04-17").build().published();
        assertEquals(Instant.parse("2026-04-17T00:00:00Z"), day);
        assertEquals(day, PublicationDate.parse("2026-04-17"), "one rule for readers and builder");
        assertTrue(day.isBefore(PublicationDate.parse("2026-04-17T09:30:00Z")));
        assertEquals(Instant.parse("2026-04-17T08:30:00Z"), PublicationDate.parse("2026-04-17T10:30:00+02:00"));
        assertEquals(Instant.parse("2026-04-17T10:30:00Z"), PublicationDate.parse("2026-04-17T10:30:00"));
        assertNull(PublicationDate.parse(" "));
    }

    @Test
    void aBadDateNamesTheArticleAndTheValue() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Article.builder("a9").date("2026-02-30"));
        assertEquals(
                "date of article 'a9': expected an ISO-8601 date such as 2025-01-31 or date-time such as"
                        + " 2025-01-31T09:30:00Z, got '2026-02-30'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublicationDate.parse("17/04/2026"));
    }
}
