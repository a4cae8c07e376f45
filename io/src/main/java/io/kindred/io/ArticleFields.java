package io.kindred.io;

import io.kindred.core.Article;
import io.kindred.core.PublicationDate;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one record on their way to an {@link Article}, with the rules every format shares: the field names,
 * {@code category} as an alias of {@code section} (section wins when both are given), ids, dates. Other field names are
 * ignored, unless they are among the requested {@linkplain ReadOptions#extraFields() extra fields}, whose values are
 * kept as text.
 *
 * <p>Dates are read by {@link PublicationDate}'s rule: a date-only value is the start of that day in UTC; a blank date
 * counts as absent.
 *
 * <p>Not thread-safe: one instance per record.
 */
final class ArticleFields {

    /** Every field an article has, in the order of their bits for duplicate detection. */
    private static final List<String> NAMES =
            List.of("id", "title", "body", "url", "date", "section", "category", "tags", "source", "language");

    private static final int QUOTE_LIMIT = 60;

    private final String file;
    private final long line;
    private final long column;
    private final Set<String> extraNames;
    private Map<String, String> extra; // created for the first extra field
    private String id;
    private long idLine;
    private long idColumn;
    private String title;
    private String body;
    private String url;
    private Instant published;
    private String section;
    private String category;
    private List<String> tags = List.of();
    private String source;
    private String language;

    /**
     * @param file the file name, for errors
     * @param line where the record starts
     * @param column where the record starts (0 when not meaningful)
     * @param extraNames the other fields whose values are kept
     */
    ArticleFields(String file, long line, long column, Set<String> extraNames) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.extraNames = extraNames;
    }

    /**
     * @param name a field name
     * @return a distinct bit for each article field, 0 for names that are ignored
     */
    static int bit(String name) {
        int i = NAMES.indexOf(name);
        return i < 0 ? 0 : 1 << i;
    }

    /**
     * Sets a field given as a string: any article field except {@code tags}.
     *
     * @param name the field
     * @param value its value, not null
     * @param line where the value is
     * @param column where the value is
     * @throws InvalidRecordException for a blank id or a bad date
     */
    void set(String name, String value, long line, long column) throws InvalidRecordException {
        switch (name) {
            case "id" -> {
                if (value.isBlank()) {
                    throw error(name, "must not be blank, got " + quote(value), line, column);
                }
                id = value;
                idLine = line;
                idColumn = column;
            }
            case "title" -> title = value;
            case "body" -> body = value;
            case "url" -> url = value;
            case "date" -> published = date(value, line, column);
            case "section" -> section = value;
            case "category" -> category = value;
            case "source" -> source = value;
            case "language" -> language = value;
            default -> throw new IllegalArgumentException("not a string field: " + name);
        }
    }

    /** @param tags the article's tags */
    void tags(List<String> tags) {
        this.tags = tags;
    }

    /**
     * @param name a field name that is not an article field
     * @return true if its value is kept
     */
    boolean keeps(String name) {
        return extraNames.contains(name);
    }

    /**
     * Keeps the value of a requested extra field.
     *
     * @param name the field, one of {@link #keeps kept} names
     * @param value its value as text
     * @param line where the value is
     * @param column where the value is
     * @throws InvalidRecordException if the field was already given
     */
    void extra(String name, String value, long line, long column) throws InvalidRecordException {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        if (extra.putIfAbsent(name, value) != null) {
            throw error(name, "appears twice in the object", line, column);
        }
    }

    /**
     * @return the article, with the position of its id
     * @throws InvalidRecordException if the record has no id
     */
    SourceRecord build() throws InvalidRecordException {
        if (id == null) {
            throw error("id", "required but missing", line, column);
        }
        return new SourceRecord(
                new Article(
                        id, title, body, url, published, section != null ? section : category, tags, source, language),
                extra == null ? Map.of() : Collections.unmodifiableMap(extra),
                idLine,
                idColumn);
    }

    /**
     * @param field the field in error, or null
     * @param reason what is wrong
     * @param line where
     * @param column where (0 when not meaningful)
     * @return a recoverable error in this record's file
     */
    InvalidRecordException error(String field, String reason, long line, long column) {
        return new InvalidRecordException(file, line, column, field, reason, true);
    }

    private Instant date(String value, long line, long column) throws InvalidRecordException {
        try {
            return PublicationDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw error("date", e.getMessage() + ", got " + quote(value), line, column);
        }
    }

    /**
     * A value for an error message: in double quotes, control characters escaped, cut after 60 chars.
     *
     * @param value the value
     * @return the quoted value
     */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            if (i == QUOTE_LIMIT) {
                return sb.append("\"... (")
                        .append(value.length())
                        .append(" chars)")
                        .toString();
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
