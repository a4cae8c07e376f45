package io.kindred.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Locates the read-only shared data ({@code corpora/}, {@code golden/}) that lives beside the repository.
 *
 * <p>The system property {@code kindred.shared} wins; otherwise the directory {@code shared} next to the repository
 * root is used, the root being found by walking up from the working directory to the first folder holding both
 * {@code pom.xml} and {@code bench/}. So the benchmarks work when started from the repository root and from
 * {@code bench/}. Stateless; thread-safe.
 */
public final class SharedCorpora {

    /** The three real corpora the benchmarks use, smallest last. */
    public static final List<String> REAL = List.of("20newsgroups-bydate", "doj-press-releases", "ag-news-test");

    private SharedCorpora() {}

    /**
     * @return the shared directory
     * @throws IllegalStateException if it cannot be found
     */
    public static Path root() {
        String prop = System.getProperty("kindred.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            if (!Files.isDirectory(p.resolve("corpora"))) {
                throw new IllegalStateException("-Dkindred.shared=" + prop + " has no corpora/ folder (" + p + ")");
            }
            return p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("bench"))) {
                Path p = dir.resolveSibling("shared").normalize();
                if (Files.isDirectory(p.resolve("corpora"))) {
                    return p;
                }
            }
        }
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        if (Files.isDirectory(p.resolve("corpora"))) {
            return p;
        }
        throw new IllegalStateException(
                "shared data not found: run from the repository root or bench/, or set -Dkindred.shared=DIR");
    }

    /**
     * @param corpus folder name under {@code corpora/}, e.g. "20newsgroups-bydate"
     * @return the path of its {@code articles.jsonl.gz}
     */
    public static Path articlesFile(String corpus) {
        Path p = root().resolve("corpora").resolve(corpus).resolve("articles.jsonl.gz");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("no corpus '" + corpus + "' at " + p);
        }
        return p;
    }

    /**
     * Reads a shared corpus.
     *
     * @param corpus folder name under {@code corpora/}
     * @return its articles with their categories, in file order
     */
    public static JsonLines.Corpus load(String corpus) {
        try {
            return JsonLines.read(articlesFile(corpus));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus, e);
        }
    }

    /**
     * @param corpus corpus folder name
     * @return the golden scikit-learn top-10 file of that corpus with default options, or null if absent
     */
    public static Path goldenTopK(String corpus) {
        Path p =
                root().resolve("golden").resolve(corpus + "__default-topk-only").resolve("topk.jsonl.gz");
        return Files.isRegularFile(p) ? p : null;
    }
}
