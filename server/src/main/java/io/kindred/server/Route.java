package io.kindred.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service's routes and how a request's path and method find one. An id in a path is one percent-decoded segment
 * (UTF-8, {@code %2F} allowed): data, never a file path.
 */
enum Route {
    SIMILAR("/v1/articles/{id}/similar", Set.of("GET"), Access.READ),
    SIMILAR_NEW("/v1/similar", Set.of("POST"), Access.READ),
    ARTICLE("/v1/articles/{id}", Set.of("GET", "PUT", "DELETE"), Access.READ),
    ARTICLES("/v1/articles", Set.of("POST"), Access.WRITE),
    REFIT("/v1/refit", Set.of("POST"), Access.WRITE),
    INDEX("/v1/index", Set.of("GET"), Access.READ),
    HEALTH("/healthz", Set.of("GET"), Access.OPEN),
    READY("/readyz", Set.of("GET"), Access.OPEN),
    METRICS("/metrics", Set.of("GET"), Access.READ),
    /** No route: the metrics label of unknown paths. */
    NONE("other", Set.of(), Access.OPEN);

    /** Who may call a route. */
    enum Access {
        OPEN,
        READ,
        WRITE
    }

    /** A route and the id in its path (or null). */
    record Match(Route route, String id) {}

    private final String template;
    private final Set<String> methods;
    private final Access access;

    Route(String template, Set<String> methods, Access access) {
        this.template = template;
        this.methods = methods;
        this.access = access;
    }

    /** @return the path template, also the route's metrics label */
    String template() {
        return template;
    }

    /** @return the methods it answers */
    Set<String> methods() {
        return methods;
    }

    /**
     * @param method the request's method
     * @return who may call it with that method (writes to an article need the write token)
     */
    Access access(String method) {
        return this == ARTICLE && (method.equals("PUT") || method.equals("DELETE")) ? Access.WRITE : access;
    }

    /**
     * @param rawPath the request's path, still percent-encoded
     * @return its route and id
     * @throws ApiError 404 for no route, 400 for a segment that is not percent-encoded UTF-8
     */
    static Match match(String rawPath) {
        List<String> s = segments(rawPath);
        int n = s.size();
        if (n == 1) {
            switch (s.get(0)) {
                case "healthz":
                    return new Match(HEALTH, null);
                case "readyz":
                    return new Match(READY, null);
                case "metrics":
                    return new Match(METRICS, null);
                default:
                    break;
            }
        } else if (n >= 2 && s.get(0).equals("v1")) {
            if (n == 2) {
                switch (s.get(1)) {
                    case "similar":
                        return new Match(SIMILAR_NEW, null);
                    case "articles":
                        return new Match(ARTICLES, null);
                    case "refit":
                        return new Match(REFIT, null);
                    case "index":
                        return new Match(INDEX, null);
                    default:
                        break;
                }
            } else if (s.get(1).equals("articles") && n == 3) {
                return new Match(ARTICLE, id(s.get(2)));
            } else if (s.get(1).equals("articles") && n == 4 && s.get(3).equals("similar")) {
                return new Match(SIMILAR, id(s.get(2)));
            }
        }
        throw ApiError.notFound("no such route: " + rawPath);
    }

    private static String id(String segment) {
        String id = decode(segment);
        if (id.isBlank()) {
            throw ApiError.notFound("an article id must not be blank");
        }
        return id;
    }

    /** The segments of a path between slashes, still encoded; a trailing slash is ignored. */
    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>(4);
        int start = rawPath.startsWith("/") ? 1 : 0;
        int end = rawPath.endsWith("/") && rawPath.length() > 1 ? rawPath.length() - 1 : rawPath.length();
        while (start <= end) {
            int slash = rawPath.indexOf('/', start);
            if (slash < 0 || slash > end) {
                slash = end;
            }
            out.add(rawPath.substring(start, slash));
            start = slash + 1;
        }
        return out;
    }

    /** Percent-decodes one segment as UTF-8 ({@code +} stays a plus: it is not a form). */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
                if (lo < 0) {
                    throw ApiError.badParameter("id", "bad percent-encoding in the path: " + segment);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badParameter("id", "the id in the path is not UTF-8: " + segment);
        }
    }
}
