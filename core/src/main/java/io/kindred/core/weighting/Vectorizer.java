package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.ArticleSource;
import io.kindred.core.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns a vector space from a corpus and maps the corpus into it. Implementations are immutable and thread-safe; each
 * call to {@link #fit} is independent.
 */
public interface Vectorizer {

    /**
     * Fits the model (vocabulary, document frequencies) on {@code articles} and returns it with the vectors of the
     * articles, one row per article in input order.
     *
     * @param articles the corpus
     * @param threads worker threads for analysis and weighting, at least 1
     * @return the model and the vectors
     * @throws IllegalArgumentException when the options cannot be satisfied by the corpus (e.g. an empty vocabulary, or
     *     {@code max_df} below {@code min_df})
     */
    default Vectorized fit(List<Article> articles, int threads) {
        return fit(articles, threads, Progress.NONE);
    }

    /**
     * Like {@link #fit(List, int)}, reporting the articles analysed so far.
     *
     * @param articles the corpus
     * @param threads worker threads for analysis and weighting, at least 1
     * @param progress receives (articles analysed, total)
     * @return the model and the vectors
     */
    Vectorized fit(List<Article> articles, int threads, Progress progress);

    /**
     * Fits on articles as they are read: an implementation may analyse the articles already read while the source reads
     * on (the source is then called from the worker threads, one at a time). The result is the same as
     * {@link #fit(List, int, Progress)} on the same articles. This default reads everything first.
     *
     * @param articles the corpus, in order
     * @param threads worker threads for reading, analysis and weighting, at least 1
     * @param progress receives (articles analysed, articles read so far)
     * @return the model and the vectors
     * @throws IOException the first failure of the source, as thrown
     */
    default Vectorized fit(ArticleSource articles, int threads, Progress progress) throws IOException {
        List<Article> all = new ArrayList<>();
        for (Article a = articles.next(); a != null; a = articles.next()) {
            all.add(a);
        }
        return fit(all, threads, progress);
    }

    /** @return a short description of all settings, for reports */
    String describe();
}
