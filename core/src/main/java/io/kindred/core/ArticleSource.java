package io.kindred.core;

import java.io.IOException;
import java.util.List;

/**
 * Articles in input order, one at a time, as a reader parses them: lets a corpus be analysed while the rest of it is
 * still being read. Callers call {@link #next} from one thread at a time (each call happens-before the next), so
 * implementations need not be thread-safe.
 */
@FunctionalInterface
public interface ArticleSource {

    /**
     * @return the next article, or null at the end
     * @throws IOException if reading fails
     */
    Article next() throws IOException;

    /**
     * @param articles a list, not changed while the source is read
     * @return its articles in order
     * @throws IllegalArgumentException from {@link #next}, naming the position of a null element
     */
    static ArticleSource of(List<Article> articles) {
        int[] next = {0};
        return () -> {
            if (next[0] == articles.size()) {
                return null;
            }
            Article a = articles.get(next[0]);
            if (a == null) {
                throw new IllegalArgumentException("article at position " + next[0] + " is null");
            }
            next[0]++;
            return a;
        };
    }
}
