package io.kindred.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one JSON object field by field into a {@link Fields} that checks and keeps the values, for every JSON source
 * (articles, editorial overrides, judgments). The first value error is reported after the whole object is read, so the
 * parser ends at the object's end and the next record can be read. Invalid UTF-8 in the object takes precedence over
 * other errors and names the field it is in.
 *
 * <p>Not thread-safe: one per source.
 */
final class JsonObjectParser {

    /** Maps a parser's locations to positions in the file. */
    interface Locator {
        /** @return the line, from 1 */
        long line(JsonLocation location);

        /** @return the column in chars, from 1 */
        long column(JsonLocation location);

        /** @return the char offset in the whole input, as counted by {@link Utf8Input} */
        long offset(JsonLocation location);
    }

    /**
     * The fields of one object on their way to a record. Not thread-safe: one per object.
     *
     * @param <T> the record
     */
    interface Fields<T> {
        /**
         * Checks and keeps one field. The parser is at the value's first token; an object or array may be left unread
         * (it is skipped).
         *
         * @param name the field name
         * @param p the parser
         * @param value the value's first token
         * @param at where the parser's locations are
         * @throws InvalidRecordException for a bad value
         * @throws IOException if the input cannot be read
         */
        void read(String name, JsonParser p, JsonToken value, Locator at) throws IOException;

        /**
         * @return the record, once every field is read without error
         * @throws InvalidRecordException if a required field is missing or the fields contradict each other
         */
        T build() throws InvalidRecordException;

        /**
         * @param field the field in error, or null
         * @param reason what is wrong
         * @param line where
         * @param column where
         * @return a recoverable error in this record's file
         */
        InvalidRecordException error(String field, String reason, long line, long column);
    }

    /**
     * Creates the fields of each object.
     *
     * @param <T> the record
     */
    interface FieldsFactory<T> {
        /**
         * @param line where the object starts
         * @param column where the object starts
         * @return empty fields for the object
         */
        Fields<T> create(long line, long column);
    }

    private final String file;
    private final Utf8Input input;
    private final List<String> keys = new ArrayList<>();
    private long[] keyOffsets = new long[16];

    /**
     * @param file the file name, for errors
     * @param input the decoded input, for invalid UTF-8
     */
    JsonObjectParser(String file, Utf8Input input) {
        this.file = file;
        this.input = input;
    }

    /**
     * Reads the object whose START_OBJECT is the current token, up to its END_OBJECT.
     *
     * @param p the parser
     * @param at where the parser's locations are
     * @param factory creates the object's fields
     * @return the record
     * @throws InvalidRecordException (recoverable) for invalid values or invalid UTF-8
     * @throws JsonProcessingException for a JSON syntax error (the parser is then unusable)
     * @throws IOException if the input cannot be read
     */
    <T> T parse(JsonParser p, Locator at, FieldsFactory<T> factory) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        long startOffset = at.offset(start);
        Fields<T> fields = factory.create(at.line(start), at.column(start));
        keys.clear();
        InvalidRecordException error = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            remember(name, at.offset(p.currentTokenLocation()));
            JsonToken value = p.nextToken();
            try {
                fields.read(name, p, value, at);
            } catch (InvalidRecordException e) {
                error = error == null ? e : error;
            }
            p.skipChildren(); // no-op unless an object or array was left unread
        }
        Utf8Input.Malformed m = input.malformedIn(startOffset, at.offset(p.currentLocation()));
        if (m != null) {
            throw fields.error(fieldAt(m.offset()), m.reason(), m.line(), m.column());
        }
        if (error != null) {
            throw error;
        }
        return fields.build();
    }

    /**
     * The error for a JSON syntax error; invalid UTF-8 before it, in the same record, is reported instead.
     *
     * @param e the syntax error
     * @param current the parser's location, for an error without one (a broken constraint of the parser)
     * @param recordStart char offset where the record starts
     * @param at where the parser's locations are
     * @param recoverable whether the source can go on with the next record
     * @return the error
     */
    InvalidRecordException syntaxError(
            JsonProcessingException e, JsonLocation current, long recordStart, Locator at, boolean recoverable) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : current;
        long offset = at.offset(where);
        Utf8Input.Malformed m = input.malformedIn(recordStart, offset + 1);
        if (m != null) {
            return new InvalidRecordException(file, m.line(), m.column(), null, m.reason(), recoverable);
        }
        return new InvalidRecordException(
                file, at.line(where), at.column(where), null, "bad JSON: " + message(e), recoverable);
    }

    /** Jackson's message without its "(start marker at [Source: ...])", whose line would be wrong in JSON Lines. */
    private static String message(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int marker = m.indexOf(" (start marker at ");
        return marker < 0 ? m : m.substring(0, marker);
    }

    /**
     * @param p the parser
     * @param t the current token
     * @return a description of the current value, e.g. "an object", "a number (3)"
     * @throws IOException if the value cannot be read
     */
    static String describe(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string " + ArticleFields.quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number (" + p.getText() + ")";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean (" + p.getText() + ")";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private void remember(String key, long offset) {
        if (keys.size() == keyOffsets.length) {
            keyOffsets = Arrays.copyOf(keyOffsets, keyOffsets.length * 2);
        }
        keyOffsets[keys.size()] = offset;
        keys.add(key);
    }

    /** @return the key of the last field starting at or before the offset, or null */
    private String fieldAt(long offset) {
        String field = null;
        for (int i = 0; i < keys.size() && keyOffsets[i] <= offset; i++) {
            field = keys.get(i);
        }
        return field;
    }
}
