package io.kindred.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news article: the unit kindred recommends.
 *
 * <p>Only {@link #id()} is required; every other field may be {@code null} (tags: empty). Text fields are kept as
 * given: an empty or blank title and body is valid and yields a zero vector and an empty list of similar articles.
 * Immutable and thread-safe.
 *
 * @param id unique, non-blank identifier (compared exactly, case-sensitive)
 * @param title headline, or {@code null}
 * @param body article text, or {@code null}
 * @param url canonical link, or {@code null}
 * @param published publication instant, or {@code null} when unknown
 * @param section site section or category (e.g. "politics"), or {@code null}
 * @param tags keywords; never {@code null} (an empty list when none), no {@code null} elements
 * @param source publisher or wire service, or {@code null}
 * @param language BCP 47 language tag (e.g. "en"), or {@code null}
 */
public record Article(
        String id,
        String title,
        String body,
        String url,
        Instant published,
        String section,
        List<String> tags,
        String source,
        String language) {

    /**
     * Validates the id and copies the tags.
     *
     * @param id see {@link #id()}
     * @param title see {@link #title()}
     * @param body see {@link #body()}
     * @param url see {@link #url()}
     * @param published see {@link #published()}
     * @param section see {@link #section()}
     * @param tags see {@link #tags()}
     * @param source see {@link #source()}
     * @param language see {@link #language()}
     */
    public Article {
        Objects.requireNonNull(id, "article id must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank, was '" + id + "'");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * An article with only an id, a title and a body.
     *
     * @param id unique, non-blank identifier
     * @param title headline, or {@code null}
     * @param body article text, or {@code null}
     * @return the article
     */
    public static Article of(String id, String title, String body) {
        return new Article(id, title, body, null, null, null, List.of(), null, null);
    }
}
