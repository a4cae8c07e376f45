package io.kindred.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kindred.core.Article;
import io.kindred.core.live.Drift;
import io.kindred.core.live.IndexInfo;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.Snapshot;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of the API over a {@link LiveIndex}: each parses its request, calls the index and writes JSON. It adds no
 * rule of its own: core validates, io reads articles and writes lists. Thread-safe.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final LiveIndex index;
    private final ServerConfig config;
    private final Metrics metrics;
    private final Lists lists = new Lists();
    private final byte[] writeToken;
    private final byte[] readToken;
    private volatile boolean ready;

    ApiHandler(LiveIndex index, ServerConfig config, Metrics metrics) {
        this.index = index;
        this.config = config;
        this.metrics = metrics;
        this.writeToken = bytes(config.writeToken());
        this.readToken = bytes(config.readToken());
    }

    private static byte[] bytes(String token) {
        return token == null ? null : token.getBytes(StandardCharsets.US_ASCII);
    }

    /** @param ready whether {@code /readyz} answers ready */
    void ready(boolean ready) {
        this.ready = ready;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String method = request.getMethod();
        Route route = Route.NONE;
        int status;
        try {
            Route.Match match = Route.match(request.getHttpURI().getPath());
            route = match.route();
            if (!route.methods().contains(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", new TreeSet<>(route.methods())));
                throw new ApiError(405, "method_not_allowed", method + " is not allowed on " + route.template());
            }
            authorize(request, response, route.access(method));
            status = dispatch(match, method, request, response, callback);
        } catch (ApiError e) {
            status = fail(response, callback, e);
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", method, request.getHttpURI().getPath(), e);
            status = fail(
                    response,
                    callback,
                    new ApiError(
                            500, "internal", "internal error: " + e.getMessage() + " (details in the server log)"));
        }
        metrics.request(route, method, status, System.nanoTime() - start);
        return true;
    }

    private int dispatch(Route.Match match, String method, Request request, Response response, Callback callback)
            throws IOException {
        return switch (match.route()) {
            case SIMILAR -> similar(match.id(), request, response, callback);
            case SIMILAR_NEW -> similarNew(request, response, callback);
            case ARTICLE ->
                switch (method) {
                    case "PUT" -> put(match.id(), request, response, callback);
                    case "DELETE" -> delete(match.id(), response, callback);
                    default -> article(match.id(), response, callback);
                };
            case ARTICLES -> bulk(request, response, callback);
            case REFIT -> refit(response, callback);
            case INDEX -> info(response, callback);
            case HEALTH -> send(response, callback, 200, Json.object(g -> g.writeStringField("status", "ok")));
            case READY -> ready(response, callback);
            case METRICS -> metrics(response, callback);
            case NONE -> throw ApiError.notFound("no such route");
        };
    }

    private int similar(String id, Request request, Response response, Callback callback) {
        Snapshot s = index.snapshot();
        if (s.article(id).isEmpty()) {
            throw ApiError.notFound("no article with id '" + id + "'");
        }
        String etag = etag(s);
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, config.cacheControl());
        if (matches(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            callback.succeeded();
            return 304;
        }
        Fields query = query(request);
        if (query.getSize() == 0) {
            return send(response, callback, 200, lists.kept(s, id));
        }
        ListRequest r = ListRequest.of(query, s.policy(), s.k(), config.maxK());
        List<SimilarArticle> list = s.similar(id, r.k(), r.policy(), r.explain() > 0);
        return send(response, callback, 200, lists.render(s, id, null, list, r.explain()));
    }

    private int similarNew(Request request, Response response, Callback callback) throws IOException {
        Snapshot s = index.snapshot();
        ListRequest r = ListRequest.of(query(request), s.policy(), s.k(), config.maxK());
        Article a = RequestBody.article(request, config.maxBodyBytes());
        List<SimilarArticle> list = s.similar(a, r.k(), r.policy(), r.explain() > 0);
        return send(response, callback, 200, lists.render(s, a.id(), a, list, r.explain()));
    }

    private int put(String id, Request request, Response response, Callback callback) throws IOException {
        Article a = RequestBody.article(request, config.maxBodyBytes());
        if (!a.id().equals(id)) {
            throw new ApiError(
                    409,
                    "id_mismatch",
                    "the body's id '" + a.id() + "' is not the path's '" + id + "'",
                    "id",
                    List.of());
        }
        LiveIndex.Upsert done = index.upsert(a);
        boolean added = done == LiveIndex.Upsert.ADDED;
        long generation = index.snapshot().generation();
        if (added) {
            response.getHeaders().put(HttpHeader.LOCATION, request.getHttpURI().getPath());
        }
        return send(response, callback, added ? 201 : 200, Json.object(g -> {
            g.writeStringField("id", id);
            g.writeStringField("result", added ? "added" : "replaced");
            g.writeNumberField("generation", generation);
        }));
    }

    private int delete(String id, Response response, Callback callback) throws IOException {
        if (!index.delete(id)) {
            throw ApiError.notFound("no article with id '" + id + "'");
        }
        response.setStatus(204);
        callback.succeeded();
        return 204;
    }

    private int article(String id, Response response, Callback callback) {
        Article a =
                index.snapshot().article(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
        return send(response, callback, 200, Json.object(g -> article(g, a)));
    }

    private static void article(JsonGenerator g, Article a) throws IOException {
        g.writeStringField("id", a.id());
        field(g, "title", a.title());
        field(g, "body", a.body());
        field(g, "url", a.url());
        field(g, "published", a.published() == null ? null : a.published().toString());
        field(g, "section", a.section());
        if (!a.tags().isEmpty()) {
            g.writeArrayFieldStart("tags");
            for (String t : a.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        field(g, "source", a.source());
        field(g, "language", a.language());
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private int bulk(Request request, Response response, Callback callback) throws IOException {
        List<Article> articles = RequestBody.articles(request, config.maxBodyBytes());
        Snapshot before = index.snapshot();
        Set<String> seen = new HashSet<>();
        int added = 0;
        for (Article a : articles) {
            if (before.article(a.id()).isEmpty() && seen.add(a.id())) {
                added++;
            }
        }
        index.upsertAll(articles);
        int received = articles.size();
        int replaced = received - added;
        long generation = index.snapshot().generation();
        int addedCount = added;
        return send(response, callback, 200, Json.object(g -> {
            g.writeNumberField("received", received);
            g.writeNumberField("added", addedCount);
            g.writeNumberField("replaced", replaced);
            g.writeNumberField("generation", generation);
        }));
    }

    private int refit(Response response, Callback callback) throws IOException {
        long start = System.nanoTime();
        index.refit();
        long nanos = System.nanoTime() - start;
        metrics.refit(nanos);
        IndexInfo i = index.info();
        return send(response, callback, 200, Json.object(g -> {
            g.writeNumberField("generation", i.generation());
            g.writeNumberField("articles", i.articles());
            g.writeNumberField("terms", i.terms());
            g.writeNumberField("seconds", nanos / 1e9);
        }));
    }

    private int info(Response response, Callback callback) throws IOException {
        IndexInfo i = index.info();
        Drift d = i.drift();
        return send(response, callback, 200, Json.object(g -> {
            g.writeNumberField("articles", i.articles());
            g.writeNumberField("terms", i.terms());
            g.writeNumberField("k", index.k());
            g.writeNumberField("generation", i.generation());
            g.writeNumberField("committed_generation", i.committedGeneration());
            g.writeStringField("fitted_at", i.fittedAt().toString());
            g.writeNumberField("fits", i.fits());
            g.writeNumberField("bytes", i.bytes());
            g.writeObjectFieldStart("drift");
            g.writeNumberField("changes_since_fit", d.changesSinceFit());
            g.writeNumberField("terms_since_fit", d.termsSinceFit());
            g.writeNumberField("unknown_term_share", d.unknownTermShare());
            g.writeNumberField("max_idf_change", d.maxIdfChange());
            g.writeNumberField("fitted_articles", d.fittedArticles());
            g.writeEndObject();
            g.writeStringField("last_refit_failure", i.lastRefitFailure());
            g.writeStringField("last_commit_failure", i.lastCommitFailure());
        }));
    }

    private int ready(Response response, Callback callback) {
        if (!ready) {
            throw new ApiError(503, "unavailable", "the index is not open");
        }
        Snapshot s = index.snapshot();
        return send(response, callback, 200, Json.object(g -> {
            g.writeStringField("status", "ready");
            g.writeNumberField("articles", s.size());
            g.writeNumberField("generation", s.generation());
        }));
    }

    private int metrics(Response response, Callback callback) throws IOException {
        byte[] body = metrics.scrape();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, metrics.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return 200;
    }

    /** Checks the bearer token a route needs. */
    private void authorize(Request request, Response response, Route.Access access) {
        byte[] needed = access == Route.Access.WRITE ? writeToken : access == Route.Access.READ ? readToken : null;
        if (needed == null) {
            return;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.US_ASCII)
                : null;
        // constant-time comparisons: a mismatch takes as long wherever it lies
        boolean ok = given != null
                && (MessageDigest.isEqual(given, needed)
                        | (access == Route.Access.READ
                                && writeToken != null
                                && MessageDigest.isEqual(given, writeToken)));
        if (!ok) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"kindred\"");
            throw new ApiError(
                    401,
                    "unauthorized",
                    header == null
                            ? "this route needs Authorization: Bearer <token>"
                            : "the bearer token is not accepted for this route");
        }
    }

    private static Fields query(Request request) {
        try {
            return Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw ApiError.badParameter(null, "malformed query string: " + e.getMessage());
        }
    }

    /** The entity tag of every list of a snapshot: its generation and its fit time. */
    static String etag(Snapshot s) {
        return "\"" + s.generation() + "-" + Long.toHexString(s.fittedAt().getEpochSecond()) + "."
                + Integer.toHexString(s.fittedAt().getNano()) + "\"";
    }

    /** Whether an If-None-Match header names the tag (weak comparison, as RFC 9110 asks for If-None-Match). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static int fail(Response response, Callback callback, ApiError e) {
        return send(response, callback, e.status(), Json.error(e));
    }

    private static int send(Response response, Callback callback, int status, String body) {
        return send(response, callback, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int send(Response response, Callback callback, int status, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return status;
    }
}
