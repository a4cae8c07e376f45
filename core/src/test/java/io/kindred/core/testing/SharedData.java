package io.kindred.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kindred.core.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Access to {@code ../shared} (corpora and golden files, never copied into the repository): the folder the system
 * property {@code kindred.shared} names, else {@code shared} beside the repository. The one locator of the build: tests
 * skip without it, except under {@code CI=true}, where its absence fails them; the benchmarks stop with a message.
 */
public final class SharedData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedData() {}

    /**
     * Finds the shared folder: {@code -Dkindred.shared=DIR}, else the folder {@code shared} beside the repository's
     * root (the first folder above the working directory that holds {@code pom.xml} and {@code core/}).
     *
     * @return the folder, if it holds {@code corpora/} and {@code golden/}
     */
    public static Optional<Path> find() {
        String prop = System.getProperty("kindred.shared");
        if (prop != null && !prop.isBlank()) {
            return present(Path.of(prop).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("core"))) {
                return present(dir.resolveSibling("shared").normalize());
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> present(Path p) {
        return Files.isDirectory(p.resolve("corpora")) && Files.isDirectory(p.resolve("golden"))
                ? Optional.of(p)
                : Optional.empty();
    }

    /** @return the shared folder; skips (or fails under CI=true) the calling test when it is missing */
    public static Path root() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String where = System.getProperty("kindred.shared", "../shared");
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the shared data is missing at " + where + " (set -Dkindred.shared)");
            }
            assumeTrue(false, "shared data not found at " + where + "; test skipped");
        }
        return found.get();
    }

    /**
     * @param corpus folder name under corpora/
     * @return the corpus file
     */
    public static Path corpus(String corpus) {
        Path p = root().resolve("corpora").resolve(corpus).resolve("articles.jsonl.gz");
        if (!Files.isRegularFile(p)) {
            fail("missing corpus " + p);
        }
        return p;
    }

    /**
     * Reads a corpus as articles (id, title, body, category as section).
     *
     * @param corpus folder name under corpora/
     * @return the articles in file order
     */
    public static List<Article> articles(String corpus) {
        List<Article> out = new ArrayList<>();
        for (JsonNode o : jsonLines(corpus(corpus))) {
            out.add(new Article(
                    o.get("id").asText(),
                    text(o, "title"),
                    text(o, "body"),
                    text(o, "url"),
                    null,
                    text(o, "category"),
                    List.of(),
                    text(o, "source"),
                    null));
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Reads a JSON Lines file (gzipped if it ends in .gz).
     *
     * @param file the file
     * @return one node per non-blank line
     */
    public static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = reader(file)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * @param file a text file, gzipped if it ends in .gz
     * @return a UTF-8 reader
     * @throws IOException if it cannot be opened
     */
    public static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * @param file a JSON file
     * @return its tree
     */
    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
