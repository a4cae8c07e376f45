package io.kindred.core.live;

import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, endless sequence of changes (new articles, replacements, deletes of stored ids) that depends on its seed
 * alone, so that a test and a child JVM it kills agree on change number n, and on the articles in index order after the
 * first n changes. The number of articles stays between {@code low} and {@code high}. Not thread-safe.
 */
final class ChangeScript {

    private final LiveIndexDifferentialTest.Generator gen;
    private final Random random;
    private final int low;
    private final int high;
    /** The articles after the changes made so far, in index order (a replacement keeps its place). */
    private final Map<String, Article> state = new LinkedHashMap<>();

    private final List<Article> initial;
    private long made;

    ChangeScript(long seed, int initialArticles, int low, int high) {
        this.random = new Random(seed);
        this.gen = new LiveIndexDifferentialTest.Generator(new Random(seed ^ 0x5DEECE66DL));
        this.low = low;
        this.high = high;
        this.initial = gen.articles(initialArticles);
        initial.forEach(a -> state.put(a.id(), a));
    }

    /** @return the articles the index is created with */
    List<Article> initial() {
        return initial;
    }

    /** @return how many changes {@link #next} has made */
    long made() {
        return made;
    }

    /** @return the articles after the changes made so far, in index order */
    List<Article> articles() {
        return List.copyOf(state.values());
    }

    /** @return the next change, applied to {@link #articles()} */
    LiveIndex.Change next() {
        made++;
        int roll = random.nextInt(10);
        if (state.size() <= low || (roll < 4 && state.size() < high)) {
            Article a = gen.article();
            state.put(a.id(), a);
            return new LiveIndex.Change(a, null);
        }
        List<String> ids = new ArrayList<>(state.keySet());
        String id = ids.get(random.nextInt(ids.size()));
        if (roll < 7) {
            Article a = gen.article(id);
            state.put(id, a);
            return new LiveIndex.Change(a, null);
        }
        state.remove(id);
        return new LiveIndex.Change(null, id);
    }

    /**
     * Makes changes until {@code n} are made.
     *
     * @return this
     */
    ChangeScript skipTo(long n) {
        while (made < n) {
            next();
        }
        return this;
    }

    /** Applies a change to an index as a caller would. */
    static void apply(LiveIndex live, LiveIndex.Change c) throws java.io.IOException {
        if (c.article() != null) {
            live.upsert(c.article());
        } else if (!live.delete(c.id())) {
            throw new IllegalStateException("the script deleted " + c.id() + ", which the index does not hold");
        }
    }
}
