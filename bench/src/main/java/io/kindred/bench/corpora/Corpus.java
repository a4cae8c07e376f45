package io.kindred.bench.corpora;

import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A corpus as read: articles in file order and their categories (null where absent). Immutable.
 *
 * @param articles the articles
 * @param categories parallel to articles; an element may be null
 */
public record Corpus(List<Article> articles, List<String> categories) {
    /**
     * Copies.
     *
     * @param articles see {@link #articles()}
     * @param categories see {@link #categories()}
     */
    public Corpus {
        articles = List.copyOf(articles);
        categories = Collections.unmodifiableList(new ArrayList<>(categories));
    }

    /** @return the number of articles */
    public int size() {
        return articles.size();
    }

    /**
     * @param n how many
     * @return the first n articles (all if fewer)
     */
    public Corpus head(int n) {
        int m = Math.min(n, size());
        return new Corpus(articles.subList(0, m), categories.subList(0, m));
    }
}
