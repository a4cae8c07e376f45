package io.kindred.core.text;

import java.util.Arrays;

/**
 * A hash table from terms to dense ids {@code 0, 1, 2, ...} in insertion order, looked up by a region of a char
 * array so that a term already present costs no allocation.
 *
 * <p>Mutable and not thread-safe; safe for concurrent {@link #find} calls once no thread adds any more (the
 * {@link Vocabulary} uses it that way).
 */
public final class TermTable {

  private String[] terms;
  private int[] hashes;
  /** Open addressing, linear probing: id + 1, or 0 for an empty slot. */
  private int[] slots;

  private int size;

  /** An empty table. */
  public TermTable() {
    this(16);
  }

  /**
   * An empty table sized for {@code expected} terms.
   *
   * @param expected expected number of terms
   */
  public TermTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[capacity];
    terms = new String[Math.max(16, expected)];
    hashes = new int[terms.length];
  }

  /** @return the number of distinct terms */
  public int size() {
    return size;
  }

  /**
   * @param id a term id
   * @return the term
   */
  public String term(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("term id " + id + " out of range [0, " + size + ")");
    }
    return terms[id];
  }

  /**
   * Returns the id of a term, adding it if new.
   *
   * @param buffer chars
   * @param offset start of the term
   * @param length length of the term
   * @return its id
   */
  public int add(char[] buffer, int offset, int length) {
    int h = hash(buffer, offset, length);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        int id = append(new String(buffer, offset, length), h);
        slots[i] = id + 1;
        if (size * 2 > slots.length) {
          rehash();
        }
        return id;
      }
      if (hashes[slot - 1] == h && equals(terms[slot - 1], buffer, offset, length)) {
        return slot - 1;
      }
    }
  }

  /**
   * Returns the id of a term, adding it if new.
   *
   * @param term the term
   * @return its id
   */
  public int add(String term) {
    return add(term.toCharArray(), 0, term.length());
  }

  /**
   * Looks a term up.
   *
   * @param buffer chars
   * @param offset start of the term
   * @param length length of the term
   * @return its id, or -1 if absent
   */
  public int find(char[] buffer, int offset, int length) {
    int h = hash(buffer, offset, length);
    int mask = slots.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if (hashes[slot - 1] == h && equals(terms[slot - 1], buffer, offset, length)) {
        return slot - 1;
      }
    }
  }

  /**
   * Looks a term up.
   *
   * @param term the term
   * @return its id, or -1 if absent
   */
  public int find(String term) {
    return find(term.toCharArray(), 0, term.length());
  }

  /** @return the terms in id order (a copy) */
  public String[] terms() {
    return Arrays.copyOf(terms, size);
  }

  private int append(String term, int h) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    terms[size] = term;
    hashes[size] = h;
    return size++;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int i = hashes[id] & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  private static boolean equals(String term, char[] buffer, int offset, int length) {
    if (term.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (term.charAt(i) != buffer[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] buffer, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + buffer[i];
    }
    // murmur3 finalizer: spreads the low bits used by the mask
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
