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
 * <p>{@link #of} makes an article of an id, a title and a body; {@link #builder} sets any field by name:
 *
 * <pre>{@code
 * Article a = Article.builder("2026-0417")
 *         .title("ICC judges face US sanctions")
 *         .body("THE HAGUE - ...")
 *         .url("https://example.org/2026/04/17/icc")
 *         .date("2026-04-17T09:30:00Z") // or .published(Instant)
 *         .section("world")
 *         .tags(List.of("icc", "sanctions"))
 *         .source("Wire")
 *         .build();
 * }</pre>
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

    /**
     * @param id unique, non-blank identifier (checked by {@link Builder#build()})
     * @return a builder of an article with that id and no other field
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Sets an {@link Article}'s fields by name; every field but the id is optional ({@code null}, tags empty). Each
     * setter replaces the field's value. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final String id;
        private String title;
        private String body;
        private String url;
        private Instant published;
        private String section;
        private List<String> tags = List.of();
        private String source;
        private String language;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param title see {@link Article#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param body see {@link Article#body()}
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * @param url see {@link Article#url()}
         * @return this builder
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * @param published see {@link Article#published()}
         * @return this builder
         */
        public Builder published(Instant published) {
            this.published = published;
            return this;
        }

        /**
         * Sets the publication instant from text, by the rule the input readers use ({@link PublicationDate}): an
         * ISO-8601 date ({@code 2026-04-17}, the start of that day in UTC) or date-time; blank means no date.
         *
         * @param date the date or date-time
         * @return this builder
         * @throws IllegalArgumentException if the text is no such date, naming the article and the value
         */
        public Builder date(String date) {
            try {
                this.published = PublicationDate.parse(date);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "date of article '" + id + "': " + e.getMessage() + ", got '" + date + "'", e);
            }
            return this;
        }

        /**
         * @param section see {@link Article#section()}
         * @return this builder
         */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        /**
         * @param tags see {@link Article#tags()}; {@code null} for none
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * @param source see {@link Article#source()}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * @param language see {@link Article#language()}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * @return the article
         * @throws NullPointerException if the id is null or a tag is
         * @throws IllegalArgumentException if the id is blank
         */
        public Article build() {
            return new Article(id, title, body, url, published, section, tags, source, language);
        }
    }
}
