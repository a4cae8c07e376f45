package io.kindred.core.text;

import io.kindred.core.concurrent.Workers;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Orders strings by Unicode code point, as Python compares {@code str} (and scikit-learn sorts its vocabulary).
 *
 * <p>{@link String#compareTo} compares UTF-16 units instead, which puts astral characters (surrogate pairs, U+D800..)
 * before U+E000..U+FFFF. Stateless and thread-safe.
 */
public final class CodePointOrder implements Comparator<String> {

    /** The comparator. */
    public static final CodePointOrder INSTANCE = new CodePointOrder();

    /** Fewer items are sorted on one thread. */
    private static final int PARALLEL_MIN = 20_000;

    private CodePointOrder() {}

    @Override
    public int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // the first difference decides; only surrogates vs U+E000..U+FFFF disagree with UTF-16 order
                return Integer.compare(rank(x), rank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /**
     * Sorts items by a string key, by code point. Without surrogates UTF-16 order is code-point order, so
     * {@link String#compareTo} (an intrinsic, several times faster than this comparator) sorts them; with any surrogate
     * this comparator does. Stable.
     *
     * @param items the items, sorted in place
     * @param key the key of an item
     * @param <T> the item type
     */
    public static <T> void sort(T[] items, Function<T, String> key) {
        sort(items, key, 1);
    }

    /**
     * {@link #sort(Object[], Function)} on several threads: each sorts a part, then the parts are merged (a vocabulary
     * of a few hundred thousand terms takes a tenth of a second to sort on one). Stable; the result does not depend on
     * the thread count.
     *
     * @param items the items, sorted in place
     * @param key the key of an item
     * @param threads worker threads, at least 1
     * @param <T> the item type
     */
    public static <T> void sort(T[] items, Function<T, String> key, int threads) {
        Comparator<T> order = (x, y) -> key.apply(x).compareTo(key.apply(y));
        for (T item : items) {
            if (hasSurrogate(key.apply(item))) {
                order = (x, y) -> INSTANCE.compare(key.apply(x), key.apply(y));
                break;
            }
        }
        int parts = items.length < PARALLEL_MIN ? 1 : threads;
        if (parts == 1) {
            Arrays.sort(items, order);
            return;
        }
        int[] start = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            start[p] = (int) ((long) items.length * p / parts);
        }
        Comparator<T> comparator = order;
        Workers.run(threads, parts, "kindred-sort", (w, p) -> Arrays.sort(items, start[p], start[p + 1], comparator));
        T[] merged = items.clone();
        for (int width = 1; width < parts; width *= 2) { // merge neighbouring runs of parts, pairwise
            for (int p = 0; p + width < parts; p += 2 * width) {
                merge(items, start[p], start[p + width], start[Math.min(parts, p + 2 * width)], merged, comparator);
            }
        }
    }

    /** Merges the sorted runs items[from, mid) and items[mid, to) in place, through {@code buffer}; stable. */
    private static <T> void merge(T[] items, int from, int mid, int to, T[] buffer, Comparator<T> order) {
        System.arraycopy(items, from, buffer, from, to - from);
        int a = from;
        int b = mid;
        for (int out = from; out < to; out++) {
            items[out] = b == to || (a < mid && order.compare(buffer[a], buffer[b]) <= 0) ? buffer[a++] : buffer[b++];
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Maps a UTF-16 unit to a rank that sorts surrogates (astral code points) after every BMP character. */
    private static int rank(char c) {
        return Character.isSurrogate(c) ? c + 0x10000 : c;
    }
}
