package io.kindred.core.search;

import io.kindred.core.Article;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article ids to ordinals for an index derived by appending articles: the previous index's map, shared, under a small
 * map of the appended ids, so that appending an article does not copy every id. Immutable.
 */
final class Ordinals extends AbstractMap<String, Integer> {

    /** Appended ids kept above a shared map at most; beyond, the maps are flattened into one. */
    private static final int MAX_APPENDED = 4096;

    private final Map<String, Integer> below;
    private final Map<String, Integer> appended;

    private Ordinals(Map<String, Integer> below, Map<String, Integer> appended) {
        this.below = below;
        this.appended = appended;
    }

    /**
     * @param previous the ids of the previous index
     * @param articles the appended articles
     * @param first the ordinal of the first of them
     * @return the ids of both
     * @throws IllegalArgumentException if an appended id is already indexed
     */
    static Map<String, Integer> appended(Map<String, Integer> previous, List<Article> articles, int first) {
        Map<String, Integer> below = previous instanceof Ordinals o ? o.below : previous;
        Map<String, Integer> added = previous instanceof Ordinals o ? new HashMap<>(o.appended) : new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            Integer before = below.get(id);
            if (before == null) {
                before = added.putIfAbsent(id, first + i);
            }
            if (before != null) {
                throw new IllegalArgumentException(
                        "duplicate article id '" + id + "' at positions " + before + " and " + (first + i));
            }
        }
        return added.size() > MAX_APPENDED ? flat(new Ordinals(below, added)) : new Ordinals(below, added);
    }

    /** @return the map as one plain map */
    static Map<String, Integer> flat(Map<String, Integer> map) {
        if (!(map instanceof Ordinals o)) {
            return map;
        }
        Map<String, Integer> all = new HashMap<>(o.below);
        all.putAll(o.appended);
        return all;
    }

    @Override
    public Integer get(Object key) {
        Integer i = appended.get(key);
        return i != null ? i : below.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return below.size() + appended.size();
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return flat(this).entrySet();
    }
}
