package io.kindred.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON types of an article's fields: {@code id} a string or an integer (then its decimal digits), {@code tags} an
 * array of strings, every other article field a string; null counts as absent (but a null id is an error); an article
 * field given twice is an error. A requested extra field may be a string, a number, a boolean (kept as their JSON text)
 * or an array of strings (kept joined by {@code |}, the separator of multiple labels).
 *
 * <p>Not thread-safe: one per object.
 */
final class JsonArticleFields implements JsonObjectParser.Fields<SourceRecord> {

    private final ArticleFields fields;
    private int seen;

    /** @param fields where the values go */
    private JsonArticleFields(ArticleFields fields) {
        this.fields = fields;
    }

    /**
     * @param file the file name, for errors
     * @param extraNames the other fields whose values are kept
     * @return the factory of each object's fields
     */
    static JsonObjectParser.FieldsFactory<SourceRecord> factory(String file, Set<String> extraNames) {
        return (line, column) -> new JsonArticleFields(new ArticleFields(file, line, column, extraNames));
    }

    @Override
    public void read(String name, JsonParser p, JsonToken value, JsonObjectParser.Locator at) throws IOException {
        JsonLocation where = p.currentTokenLocation();
        long line = at.line(where);
        long column = at.column(where);
        int bit = ArticleFields.bit(name);
        if (bit == 0) {
            if (fields.keeps(name)) {
                extra(name, p, value, at, line, column);
            }
            return;
        }
        if ((seen & bit) != 0) {
            throw fields.error(name, "appears twice in the object", line, column);
        }
        seen |= bit;
        if (name.equals("tags")) {
            fields.tags(strings(name, p, value, at));
        } else if (name.equals("id")) {
            if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
                throw fields.error(
                        name,
                        "expected a string or an integer, got " + JsonObjectParser.describe(p, value),
                        line,
                        column);
            }
            fields.set(name, p.getText(), line, column);
        } else if (value == JsonToken.VALUE_STRING) {
            fields.set(name, p.getText(), line, column);
        } else if (value != JsonToken.VALUE_NULL) {
            throw fields.error(name, "expected a string, got " + JsonObjectParser.describe(p, value), line, column);
        }
    }

    private void extra(String name, JsonParser p, JsonToken value, JsonObjectParser.Locator at, long line, long column)
            throws IOException {
        switch (value) {
            case VALUE_NULL -> {}
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                fields.extra(name, p.getText(), line, column);
            case START_ARRAY -> fields.extra(name, String.join("|", strings(name, p, value, at)), line, column);
            default ->
                throw fields.error(
                        name,
                        "expected a string, a number, a boolean or an array of strings, got "
                                + JsonObjectParser.describe(p, value),
                        line,
                        column);
        }
    }

    /** An array of strings (null: empty); the first bad element is reported after the array is read. */
    private List<String> strings(String name, JsonParser p, JsonToken value, JsonObjectParser.Locator at)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        JsonLocation where = p.currentTokenLocation();
        if (value != JsonToken.START_ARRAY) {
            throw fields.error(
                    name,
                    "expected an array of strings, got " + JsonObjectParser.describe(p, value),
                    at.line(where),
                    at.column(where));
        }
        List<String> strings = new ArrayList<>();
        InvalidRecordException error = null;
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            if (t == JsonToken.VALUE_STRING) {
                strings.add(p.getText());
            } else if (error == null) {
                JsonLocation e = p.currentTokenLocation();
                error = fields.error(
                        name,
                        "expected an array of strings, element " + i + " is " + JsonObjectParser.describe(p, t),
                        at.line(e),
                        at.column(e));
                p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
        if (error != null) {
            throw error;
        }
        return strings;
    }

    @Override
    public SourceRecord build() throws InvalidRecordException {
        return fields.build();
    }

    @Override
    public InvalidRecordException error(String field, String reason, long line, long column) {
        return fields.error(field, reason, line, column);
    }
}
