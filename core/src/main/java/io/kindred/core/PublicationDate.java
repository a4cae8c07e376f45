package io.kindred.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one rule by which kindred reads an article's publication date from text, shared by the readers of every input
 * format and by {@link Article.Builder#date(String)}:
 *
 * <ul>
 *   <li>an ISO-8601 date, {@code 2025-01-31}: the start of that day in UTC, so two articles dated the same day have the
 *       same instant, and a date-only article is earlier than one published later that day with a time;
 *   <li>a date-time with an offset or a zone, {@code 2025-01-31T09:30:00Z}, {@code 2025-01-31T10:30:00+01:00},
 *       {@code 2025-07-31T11:30:00+02:00[Europe/Paris]}: that instant;
 *   <li>a local date-time, {@code 2025-01-31T09:30:00}: taken as UTC;
 *   <li>a blank text: no date.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class PublicationDate {

    /** What {@link #parse} accepts, for error messages: "expected " + this. */
    public static final String EXPECTED =
            "an ISO-8601 date such as 2025-01-31 or date-time such as 2025-01-31T09:30:00Z";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withLocale(Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_DATE_TIME.withLocale(Locale.ROOT);

    private PublicationDate() {}

    /**
     * @param value a date or date-time as the class describes
     * @return its instant, or {@code null} for a blank value
     * @throws IllegalArgumentException if the value is neither blank nor one of the accepted forms; the message is
     *     {@code "expected " + }{@link #EXPECTED}, without the value: callers say where it was
     */
    public static Instant parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            long day = plainDate(value);
            if (day != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(day * 86_400);
            }
            return parseWithFormatter(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expected " + EXPECTED, e);
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
    private static Instant parseWithFormatter(String value) {
        if (value.indexOf('T') < 0 && value.indexOf('t') < 0) {
            return LocalDate.parse(value, DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        TemporalAccessor t = DATE_TIME.parseBest(value, ZonedDateTime::from, LocalDateTime::from);
        return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    }
}
