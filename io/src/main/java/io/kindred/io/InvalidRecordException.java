package io.kindred.io;

import java.io.IOException;
import java.util.Objects;

/**
 * A record of an input file that is not a valid article: bad JSON or CSV, a missing, blank or duplicate id, a value of
 * the wrong type, a bad date, invalid UTF-8. The message names the place and the cause, for example
 * {@code articles.jsonl:17:23: field "title": expected a string, got an object}.
 *
 * <p>A {@linkplain #recoverable() recoverable} error ends with the reader positioned at the next record, so a reader
 * that skips invalid records can go on; an unrecoverable one (a JSON syntax error inside a JSON array, an unterminated
 * CSV quote, a bad CSV header) ends the file. Immutable.
 */
public sealed class InvalidRecordException extends IOException permits RecordTooLargeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String field;
    private final String reason;
    private final boolean recoverable;

    /**
     * @param source the file name as given by the user
     * @param line line of the error, from 1
     * @param column column of the error in chars, from 1; 0 when not meaningful
     * @param field the field in error, or null for the whole record
     * @param reason what is wrong, naming the value
     * @param recoverable whether reading can go on with the next record
     */
    InvalidRecordException(String source, long line, long column, String field, String reason, boolean recoverable) {
        super(format(source, line, column, field, reason));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.recoverable = recoverable;
    }

    private static String format(String source, long line, long column, String field, String reason) {
        return source + ":" + line + (column > 0 ? ":" + column : "") + ": "
                + (field == null ? "" : "field \"" + field + "\": ") + reason;
    }

    /** @return the file name as given by the user */
    public String source() {
        return source;
    }

    /** @return the line of the error, from 1 */
    public long line() {
        return line;
    }

    /** @return the column of the error in chars, from 1, or 0 when the error concerns a whole CSV row */
    public long column() {
        return column;
    }

    /** @return the field in error, or null when the error concerns the whole record */
    public String field() {
        return field;
    }

    /** @return what is wrong, without the position */
    public String reason() {
        return reason;
    }

    /** @return true if the reader is positioned at the next record and can go on */
    public boolean recoverable() {
        return recoverable;
    }
}
