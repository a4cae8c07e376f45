package io.kindred.io;

import io.kindred.core.Article;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
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
 * <p>Dates: an ISO-8601 date ({@code 2025-01-31}, the start of that day in UTC), a date-time with an offset or a zone
 * ({@code 2025-01-31T09:30:00Z}, {@code 2025-01-31T10:30:00+01:00}), or a local date-time (taken as UTC). A blank date
 * counts as absent.
 *
 * <p>Not thread-safe: one instance per record.
 */
final class ArticleFields {

    /** Every field an article has, in the order of their bits for duplicate detection. */
    private static final List<String> NAMES =
            List.of("id", "title", "body", "url", "date", "section", "category", "tags", "source", "language");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_DATE_TIME.withLocale(Locale.ROOT);
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
        if (value.isBlank()) {
            return null;
        }
        try {
            long day = plainDate(value);
            if (day != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(day * 86_400);
            }
            return parseDate(value);
        } catch (DateTimeException e) {
            throw error(
                    "date",
                    "expected an ISO-8601 date such as 2025-01-31 or date-time such as 2025-01-31T09:30:00Z, got "
                            + quote(value),
                    line,
                    column);
        }
    }

    /**
     * The epoch day of a date written exactly as {@code yyyy-mm-dd} (the common case, parsed without the formatter,
     * whose compiled code is among the costliest of a run), or {@link Long#MIN_VALUE} for any other form.
     *
     * @throws DateTimeException if it has that form but is no date (2025-02-30), as the formatter would
     */
    private static long plainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        return year < 0 || month < 0 || day < 0
                ? Long.MIN_VALUE
                : LocalDate.of(year, month, day).toEpochDay();
    }

    /** The decimal value of {@code v[from, to)}, or -1 unless all are ASCII digits. */
    private static int digits(String v, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Every accepted form, with the JDK's ISO formatters. */
    private static Instant parseDate(String value) {
        if (value.indexOf('T') < 0 && value.indexOf('t') < 0) {
            return LocalDate.parse(value, DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        TemporalAccessor t = DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
        return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
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
