package io.kindred.core.analysis;

/**
 * A reusable, growable char buffer holding one text at a time: {@code chars[0, length)}. Analysis reuses one per
 * thread so that a corpus is lowercased and tokenised without allocating per article. Not thread-safe.
 */
final class CharScratch {

  char[] chars = new char[256];
  int length;

  /** Makes room for at least {@code capacity} chars, discarding the content; returns the buffer. */
  char[] reserve(int capacity) {
    if (chars.length < capacity) {
      chars = new char[Math.max(capacity, chars.length + (chars.length >> 1))];
    }
    length = 0;
    return chars;
  }

  /** Grows the buffer to at least {@code capacity} chars, keeping its first {@code keep}; returns the buffer. */
  char[] grow(int keep, int capacity) {
    if (chars.length < capacity) {
      char[] grown = new char[Math.max(capacity, chars.length + (chars.length >> 1))];
      System.arraycopy(chars, 0, grown, 0, keep);
      chars = grown;
    }
    return chars;
  }
}
