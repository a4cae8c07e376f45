package io.kindred.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.kindred.core.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Test articles and their encodings in every input format, written independently of the readers (also used by the cli
 * tests). Stateless.
 */
public final class Fixtures {

    /** Articles with every field, quotes, commas, line breaks, non-ASCII text and a numeric id. */
    public static final List<Article> ARTICLES = List.of(
            new Article(
                    "a1",
                    "Court rules, again",
                    "Line one\nline \"two\", with commas",
                    "https://x.example/a1",
                    Instant.parse("2025-01-31T00:00:00Z"),
                    "courts",
                    List.of("icc", "the hague"),
                    "Wire",
                    "en"),
            new Article(
                    "a2",
                    "Café résumé — naïve",
                    "Zürich façade: ĞüŞİÖÇ ığüşöç 日本語 😀",
                    null,
                    Instant.parse("2025-02-01T08:30:00Z"),
                    null,
                    List.of(),
                    null,
                    null),
            new Article("17", "Numeric id", null, null, null, "sport", List.of("x y"), null, null),
            new Article(
                    "a4",
                    "Untitled",
                    "Body only",
                    "https://x.example/a4",
                    null,
                    "science",
                    List.of("one"),
                    "Desk",
                    "de"));

    private static final JsonFactory JSON = new JsonFactory();

    private Fixtures() {}

    /** @return the articles as JSON Lines */
    public static String jsonLines(List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) {
            sb.append(json(a)).append('\n');
        }
        return sb.toString();
    }

    /** @return the articles as a pretty-printed JSON array */
    public static String jsonArray(List<Article> articles) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < articles.size(); i++) {
            sb.append("  ").append(json(articles.get(i))).append(i + 1 < articles.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    /** @return the articles as CSV, with "\r\n" line ends and an unknown column */
    public static String csv(List<Article> articles) {
        StringBuilder sb = new StringBuilder("id,title,body,url,date,category,tags,source,language,extra\r\n");
        for (Article a : articles) {
            String[] fields = {
                a.id(),
                a.title(),
                a.body(),
                a.url(),
                a.published() == null ? null : a.published().toString(),
                a.section(),
                String.join("|", a.tags()),
                a.source(),
                a.language(),
                "ignored"
            };
            for (int i = 0; i < fields.length; i++) {
                sb.append(i > 0 ? "," : "").append(csvField(fields[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String csvField(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String json(Article a) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            if (a.id().chars().allMatch(Character::isDigit)) {
                g.writeNumberField("id", Long.parseLong(a.id()));
            } else {
                g.writeStringField("id", a.id());
            }
            g.writeStringField("title", a.title());
            g.writeStringField("body", a.body());
            if (a.url() != null) {
                g.writeStringField("url", a.url());
            }
            g.writeStringField(
                    "date", a.published() == null ? null : a.published().toString());
            g.writeStringField("section", a.section());
            g.writeArrayFieldStart("tags");
            for (String t : a.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeStringField("source", a.source());
            g.writeStringField("language", a.language());
            g.writeObjectFieldStart("extra");
            g.writeNumberField("ignored", 1);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes UTF-8 text, gzipped if the name ends with .gz. */
    public static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes, gzipped if the name ends with .gz. */
    public static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        if (name.endsWith(".gz")) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (OutputStream out = new GZIPOutputStream(gz)) {
                out.write(bytes);
            }
            bytes = gz.toByteArray();
        }
        Files.write(file, bytes);
        return file;
    }
}
