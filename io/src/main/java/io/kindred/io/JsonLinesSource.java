package io.kindred.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * JSON Lines: one object per line, blank lines ignored. Every error is recoverable: the next record is the next line (a
 * line longer than the record size limit is skipped without being kept). Not thread-safe.
 *
 * @param <T> the record each object becomes
 */
final class JsonLinesSource<T> implements RecordSource<T> {

    private final JsonFactory factory;
    private final Utf8Input input;
    private final String file;
    private final JsonObjectParser parser;
    private final JsonObjectParser.FieldsFactory<T> fields;
    private final long maxRecordSize;
    private long lineNumber;
    private long lineStart;

    private final JsonObjectParser.Locator at = new JsonObjectParser.Locator() {
        @Override
        public long line(JsonLocation location) {
            return lineNumber;
        }

        @Override
        public long column(JsonLocation location) {
            return location.getColumnNr();
        }

        @Override
        public long offset(JsonLocation location) {
            return lineStart + location.getCharOffset();
        }
    };

    /**
     * @param factory creates the parser of each line
     * @param input the decoded input
     * @param file the file name, for errors
     * @param fields reads each object
     * @param maxRecordSize the longest line read, in chars
     */
    JsonLinesSource(
            JsonFactory factory,
            Utf8Input input,
            String file,
            JsonObjectParser.FieldsFactory<T> fields,
            long maxRecordSize) {
        this.factory = factory;
        this.input = input;
        this.file = file;
        this.parser = new JsonObjectParser(file, input);
        this.fields = fields;
        this.maxRecordSize = maxRecordSize;
    }

    @Override
    public T next() throws IOException {
        do {
            lineStart = input.position();
            boolean more = input.nextLine(maxRecordSize);
            lineNumber++;
            if (!more) {
                return null;
            }
        } while (!input.lineTooLong() && isBlank(input.lineChars(), input.lineOffset(), input.lineLength()));
        if (input.lineTooLong()) {
            throw new RecordTooLargeException(file, lineNumber, 0, maxRecordSize, true);
        }
        // parsed in place from the decode buffer: no String per line
        JsonParser p = factory.createParser(input.lineChars(), input.lineOffset(), input.lineLength());
        try (p) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw notAnObject(p, "expected a JSON object, got " + JsonObjectParser.describe(p, t));
            }
            T record = parser.parse(p, at, fields);
            if (p.nextToken() != null) {
                throw notAnObject(p, "bad JSON: unexpected content after the object");
            }
            return record;
        } catch (JsonProcessingException e) {
            throw parser.syntaxError(e, p.currentLocation(), lineStart, at, true);
        }
    }

    /** Like {@link String#isBlank()}: only white space (no surrogate is white space). */
    private static boolean isBlank(char[] a, int from, int length) {
        for (int i = from, end = from + length; i < end; i++) {
            if (!Character.isWhitespace(a[i])) {
                return false;
            }
        }
        return true;
    }

    private InvalidRecordException notAnObject(JsonParser p, String reason) {
        Utf8Input.Malformed m = input.malformedIn(lineStart, input.position());
        if (m != null) {
            return new InvalidRecordException(file, m.line(), m.column(), null, m.reason(), true);
        }
        JsonLocation where = p.currentTokenLocation();
        return new InvalidRecordException(file, lineNumber, where.getColumnNr(), null, reason, true);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
