package io.kindred.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The service's small JSON answers (lists are written by io's list writer), through Jackson. Thread-safe. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes fields of one object. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {}

    /**
     * @param body writes the object's fields
     * @return the object as text
     */
    static String object(Body body) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * @param e an error
     * @return its body, {@code {"error": {"status": ..., "code": ..., "message": ..., "field": ...}}}
     */
    static String error(ApiError e) {
        return error(e.status(), e.code(), e.getMessage(), e.field(), e);
    }

    static String error(int status, String code, String message, String field, ApiError lines) {
        return object(g -> {
            g.writeObjectFieldStart("error");
            g.writeNumberField("status", status);
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            if (field != null) {
                g.writeStringField("field", field);
            }
            if (lines != null && !lines.lines().isEmpty()) {
                g.writeArrayFieldStart("errors");
                for (ApiError.LineError l : lines.lines()) {
                    g.writeStartObject();
                    g.writeNumberField("line", l.line());
                    g.writeStringField("code", l.code());
                    if (l.field() != null) {
                        g.writeStringField("field", l.field());
                    }
                    g.writeStringField("message", l.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

    /** @return the code of a status answered by Jetty itself (a malformed request, a limit) */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }
}
