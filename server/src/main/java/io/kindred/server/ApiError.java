package io.kindred.server;

import java.util.List;

/**
 * An answer other than success: its status, a stable code a client can test, a message for people and, when one
 * applies, the field or parameter at fault. Thrown by the routes, written by {@link ApiHandler} as {@code {"error":
 * {...}}}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One bad line of a bulk request. */
    record LineError(long line, String code, String field, String message) {}

    private final int status;
    private final String code;
    private final String field;
    private final transient List<LineError> lines;

    ApiError(int status, String code, String message, String field, List<LineError> lines) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.lines = List.copyOf(lines);
    }

    ApiError(int status, String code, String message) {
        this(status, code, message, null, List.of());
    }

    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, "bad_parameter", message, parameter, List.of());
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }

    List<LineError> lines() {
        return lines;
    }
}
