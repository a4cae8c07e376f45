package io.kindred.bench.corpora;

import io.kindred.core.Article;
import io.kindred.core.testing.SharedData;
import io.kindred.io.ArticleReader;
import io.kindred.io.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real corpora of {@code ../shared} (located by {@link SharedData#find()}: {@code -Dkindred.shared=DIR}, else
 * {@code shared} beside the repository), read by kindred-io's reader as the CLI reads them. A corpus's categories are
 * its articles' sections (the reader takes {@code category} as the section). Stateless; thread-safe.
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
        return SharedData.find()
                .orElseThrow(() -> new IllegalStateException(
                        "shared data not found: run from the repository or set -Dkindred.shared=DIR"));
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
    public static Corpus load(String corpus) {
        return read(articlesFile(corpus));
    }

    /**
     * Reads articles with kindred-io's reader.
     *
     * @param file a JSON Lines, JSON or CSV file, gzipped or not
     * @return its articles, with their sections as categories
     */
    public static Corpus read(Path file) {
        try (ArticleReader reader = ArticleReader.open(file, ReadOptions.defaults())) {
            List<Article> articles = reader.readAll();
            List<String> categories = new ArrayList<>(articles.size());
            for (Article a : articles) {
                categories.add(a.section());
            }
            return new Corpus(articles, categories);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
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
