package io.kindred.server;

import io.kindred.core.Article;
import io.kindred.io.ArticleReader;
import io.kindred.io.InputFormat;
import io.kindred.io.InvalidRecordException;
import io.kindred.io.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * A request's body: read whole up to the size limit (413 past it, counted as it arrives, so a chunked body cannot pass
 * it either), its media type checked (415), and its articles read by io's reader, whose messages name the field and
 * line as the CLI's do (400).
 */
final class RequestBody {

    private static final Set<String> JSON = Set.of("application/json");
    private static final Set<String> JSON_LINES =
            Set.of("application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines");

    private RequestBody() {}

    /**
     * @return the one article of a JSON body
     * @throws ApiError 400 bad_json or bad_article, 413, 415
     */
    static Article article(Request request, long maxBytes) throws IOException {
        byte[] body = read(request, maxBytes, JSON, "application/json");
        ReadOptions options = ReadOptions.defaults().withFormat(InputFormat.JSON);
        try (ArticleReader reader = ArticleReader.open(new ByteArrayInputStream(body), "request body", options)) {
            List<Article> articles = reader.readAll();
            if (articles.size() != 1) {
                throw new ApiError(
                        400, "bad_json", "the body must hold one article (a JSON object), held " + articles.size());
            }
            return articles.get(0);
        } catch (InvalidRecordException e) {
            throw invalid(e);
        }
    }

    /**
     * Reads every line of a JSON Lines body; any invalid line refuses the whole body, naming each.
     *
     * @return the articles, in order
     * @throws ApiError 400 bad_articles with every bad line, 413, 415
     */
    static List<Article> articles(Request request, long maxBytes) throws IOException {
        byte[] body = read(request, maxBytes, JSON_LINES, "application/x-ndjson");
        List<ApiError.LineError> errors = new ArrayList<>();
        ReadOptions options =
                ReadOptions.defaults().withFormat(InputFormat.JSONL).skippingInvalid(e -> errors.add(line(e)));
        List<Article> articles;
        try (ArticleReader reader = ArticleReader.open(new ByteArrayInputStream(body), "request body", options)) {
            articles = reader.readAll();
        } catch (InvalidRecordException e) {
            errors.add(line(e));
            articles = List.of();
        }
        if (!errors.isEmpty()) {
            throw new ApiError(
                    400,
                    "bad_articles",
                    errors.size() + " invalid line" + (errors.size() == 1 ? "" : "s")
                            + " in the body; nothing was stored",
                    null,
                    errors);
        }
        return articles;
    }

    private static ApiError.LineError line(InvalidRecordException e) {
        return new ApiError.LineError(
                e.line(), e.field() == null ? "bad_json" : "bad_article", e.field(), e.getMessage());
    }

    private static ApiError invalid(InvalidRecordException e) {
        return new ApiError(400, e.field() == null ? "bad_json" : "bad_article", e.getMessage(), e.field(), List.of());
    }

    private static byte[] read(Request request, long maxBytes, Set<String> types, String expected) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!types.contains(media)) {
            throw new ApiError(
                    415,
                    "unsupported_media_type",
                    "Content-Type must be " + expected + ", was " + (type == null ? "absent" : "'" + type + "'"));
        }
        long length = request.getLength();
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length > 0 ? (int) length : 1024);
        byte[] buffer = new byte[8192];
        try (InputStream in = Request.asInputStream(request)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(413, "body_too_large", "the body is larger than the limit of " + maxBytes + " bytes");
    }
}
