package io.kindred.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a small JSON object whose values are strings and numbers (an editorial override, a judgment), kept with
 * their positions until {@link #build()} checks their types: a field outside the known names, or given twice, is an
 * error; null counts as absent. Not thread-safe: one per object.
 *
 * @param <T> the record
 */
abstract class ScalarFields<T> implements JsonObjectParser.Fields<T> {

    /** A value as read: its token, its text, a description for errors and where it is. */
    private record Value(JsonToken token, String text, String described, long line, long column) {}

    private final String file;
    private final long line;
    private final long column;
    private final List<String> names;
    private final Map<String, Value> values = new HashMap<>();

    /**
     * @param file the file name, for errors
     * @param line where the object starts
     * @param column where the object starts
     * @param names the field names the object may have
     */
    ScalarFields(String file, long line, long column, List<String> names) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.names = names;
    }

    @Override
    public final void read(String name, JsonParser p, JsonToken value, JsonObjectParser.Locator at) throws IOException {
        JsonLocation where = p.currentTokenLocation();
        if (!names.contains(name)) {
            throw error(
                    name,
                    "unknown field (expected " + String.join(", ", names) + ")",
                    at.line(where),
                    at.column(where));
        }
        if (values.containsKey(name)) {
            throw error(name, "appears twice in the object", at.line(where), at.column(where));
        }
        String text = value.isScalarValue() ? p.getText() : null;
        values.put(name, new Value(value, text, JsonObjectParser.describe(p, value), at.line(where), at.column(where)));
    }

    /**
     * @param name a field
     * @return true if the object has it (not null)
     */
    final boolean has(String name) {
        Value v = values.get(name);
        return v != null && v.token() != JsonToken.VALUE_NULL;
    }

    /**
     * An article id: a non-blank string, or an integer (its decimal digits), as in article files.
     *
     * @param name a field the object {@link #has}
     * @return the id
     * @throws InvalidRecordException for another type or a blank string
     */
    final String id(String name) throws InvalidRecordException {
        Value v = values.get(name);
        if (v.token() != JsonToken.VALUE_STRING && v.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(name, "expected an article id (a string or an integer), got " + v.described());
        }
        if (v.text().isBlank()) {
            throw error(name, "must not be blank, got " + ArticleFields.quote(v.text()));
        }
        return v.text();
    }

    /**
     * @param name a field the object {@link #has}
     * @return its value, a finite number
     * @throws InvalidRecordException for another type
     */
    final double number(String name) throws InvalidRecordException {
        Value v = values.get(name);
        if (v.token() != JsonToken.VALUE_NUMBER_INT && v.token() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(name, "expected a number, got " + v.described());
        }
        double d = Double.parseDouble(v.text());
        if (!Double.isFinite(d)) {
            throw error(name, "expected a finite number, got " + v.text());
        }
        return d;
    }

    /**
     * @param name a field the object {@link #has}
     * @return its value, an integer
     * @throws InvalidRecordException for another type or an integer beyond the int range
     */
    final int integer(String name) throws InvalidRecordException {
        Value v = values.get(name);
        if (v.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(name, "expected an integer, got " + v.described());
        }
        try {
            return Integer.parseInt(v.text());
        } catch (NumberFormatException e) {
            throw error(name, "expected an integer, got " + v.text());
        }
    }

    /**
     * @param name a field
     * @return the error "required but missing", at the object's start
     */
    final InvalidRecordException missing(String name) {
        return errorAtStart(name, "required but missing");
    }

    /**
     * @param field the field in error, or null for the whole object
     * @param reason what is wrong
     * @return the error, at the object's start
     */
    final InvalidRecordException errorAtStart(String field, String reason) {
        return error(field, reason, line, column);
    }

    /**
     * @param name a field the object {@link #has}
     * @param reason what is wrong with its value
     * @return the error, at the value
     */
    final InvalidRecordException error(String name, String reason) {
        Value v = values.get(name);
        return error(name, reason, v.line(), v.column());
    }

    /**
     * @param name a field the object {@link #has}
     * @return its article id, with where it is
     * @throws InvalidRecordException if it is not an id
     */
    final IdRef ref(String name) throws InvalidRecordException {
        Value v = values.get(name);
        return new IdRef(id(name), name, v.line(), v.column());
    }

    @Override
    public final InvalidRecordException error(String field, String reason, long line, long column) {
        return new InvalidRecordException(file, line, column, field, reason, true);
    }
}
