package io.kindred.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A JSON array of article objects, or a single object, streamed. An element that is not an object or has invalid values
 * is a recoverable error, and so is an object longer than the record size limit; a syntax error is not (the rest of the
 * file cannot be trusted), nor an object found far beyond the limit before its end. An empty file has no articles. Not
 * thread-safe.
 */
final class JsonArraySource implements RecordSource<SourceRecord> {

    private enum State {
        START,
        IN_ARRAY,
        AFTER_SINGLE_OBJECT,
        DONE
    }

    private static final JsonObjectParser.Locator AT = new JsonObjectParser.Locator() {
        @Override
        public long line(JsonLocation location) {
            return location.getLineNr();
        }

        @Override
        public long column(JsonLocation location) {
            return location.getColumnNr();
        }

        @Override
        public long offset(JsonLocation location) {
            return location.getCharOffset();
        }
    };

    private final JsonParser p;
    private final Utf8Input input;
    private final String file;
    private final JsonObjectParser parser;
    private final JsonObjectParser.FieldsFactory<SourceRecord> fields;
    private final long maxRecordSize;
    private State state = State.START;

    /**
     * @param factory creates the parser
     * @param input the decoded input
     * @param file the file name, for errors
     * @param fields reads each object
     * @param maxRecordSize the longest object read, in chars
     * @throws IOException if the parser cannot be created
     */
    JsonArraySource(
            JsonFactory factory,
            Utf8Input input,
            String file,
            JsonObjectParser.FieldsFactory<SourceRecord> fields,
            long maxRecordSize)
            throws IOException {
        this.p = factory.createParser(input);
        this.input = input;
        this.maxRecordSize = maxRecordSize;
        this.file = file;
        this.parser = new JsonObjectParser(file, input);
        this.fields = fields;
    }

    @Override
    public SourceRecord next() throws IOException {
        long recordStart = p.currentLocation().getCharOffset();
        input.limitRecord(recordStart, maxRecordSize);
        try {
            return switch (state) {
                case START -> first();
                case IN_ARRAY -> element();
                case AFTER_SINGLE_OBJECT -> end();
                case DONE -> null;
            };
        } catch (JsonProcessingException e) {
            state = State.DONE;
            throw parser.syntaxError(e, p.currentLocation(), recordStart, AT, false);
        } catch (Utf8Input.RecordOverflow e) {
            state = State.DONE;
            JsonLocation where = p.currentTokenLocation();
            throw new RecordTooLargeException(file, AT.line(where), AT.column(where), maxRecordSize, false);
        }
    }

    private SourceRecord first() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            state = State.DONE;
            return null;
        }
        if (t == JsonToken.START_OBJECT) {
            state = State.AFTER_SINGLE_OBJECT;
            return object();
        }
        if (t != JsonToken.START_ARRAY) {
            state = State.DONE;
            throw error(
                    "expected a JSON array of article objects, or one object, got " + JsonObjectParser.describe(p, t),
                    false);
        }
        state = State.IN_ARRAY;
        return element();
    }

    private SourceRecord element() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return end();
        }
        if (t != JsonToken.START_OBJECT) {
            InvalidRecordException e = error("expected a JSON object, got " + JsonObjectParser.describe(p, t), true);
            p.skipChildren();
            throw e;
        }
        return object();
    }

    /** Reads the object whose START_OBJECT is the current token, and checks its length. */
    private SourceRecord object() throws IOException {
        JsonLocation start = p.currentTokenLocation();
        SourceRecord record = parser.parse(p, AT, fields);
        if (AT.offset(p.currentLocation()) - AT.offset(start) > maxRecordSize) {
            throw new RecordTooLargeException(file, AT.line(start), AT.column(start), maxRecordSize, true);
        }
        return record;
    }

    /** Checks that nothing follows the array or the single object. */
    private SourceRecord end() throws IOException {
        state = State.DONE;
        if (p.nextToken() != null) {
            throw error("bad JSON: unexpected content after the end of the document", false);
        }
        return null;
    }

    private InvalidRecordException error(String reason, boolean recoverable) {
        JsonLocation where = p.currentTokenLocation();
        return new InvalidRecordException(file, AT.line(where), AT.column(where), null, reason, recoverable);
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
