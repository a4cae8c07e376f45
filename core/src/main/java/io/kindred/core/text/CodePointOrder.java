package io.kindred.core.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Orders strings by Unicode code point, as Python compares {@code str} (and scikit-learn sorts its vocabulary).
 *
 * <p>{@link String#compareTo} compares UTF-16 units instead, which puts astral characters (surrogate pairs,
 * U+D800..) before U+E000..U+FFFF. Stateless and thread-safe.
 */
public final class CodePointOrder implements Comparator<String> {

  /** The comparator. */
  public static final CodePointOrder INSTANCE = new CodePointOrder();

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
   * {@link String#compareTo} (an intrinsic, several times faster than this comparator) sorts them; with any
   * surrogate this comparator does. Stable.
   *
   * @param items the items, sorted in place
   * @param key the key of an item
   * @param <T> the item type
   */
  public static <T> void sort(T[] items, Function<T, String> key) {
    for (T item : items) {
      String s = key.apply(item);
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          Arrays.sort(items, (x, y) -> INSTANCE.compare(key.apply(x), key.apply(y)));
          return;
        }
      }
    }
    Arrays.sort(items, (x, y) -> key.apply(x).compareTo(key.apply(y)));
  }

  /** Maps a UTF-16 unit to a rank that sorts surrogates (astral code points) after every BMP character. */
  private static int rank(char c) {
    return Character.isSurrogate(c) ? c + 0x10000 : c;
  }
}
