package io.kindred.core.text;

import java.util.Arrays;

/**
 * A hash table from terms to dense ids {@code 0, 1, 2, ...} in insertion order, looked up by a region of a char array
 * so that a term already present costs no allocation.
 *
 * <p>Layout for speed (it sits on the analysis hot path): the characters of all terms live in one pool, and each slot
 * of the open-addressing table is two adjacent longs, the term's 32-bit hash with its id, then its length with its
 * place in the pool, so a lookup costs one slot read (one cache line) and one comparison with the pool.
 *
 * <p>Mutable and not thread-safe; safe for concurrent {@link #find} calls once no thread adds any more (the
 * {@link Vocabulary} uses it that way).
 */
public final class TermTable {

    /**
     * Two longs per slot, linear probing: {@code (hash << 32) | (id + 1)} (0 for an empty slot), then {@code (length <<
     * 32) | start in the pool}.
     */
    private long[] slots;

    private char[] pool;
    private int poolSize;
    /** Start of each term in the pool; the term ends where the next one starts. */
    private int[] start;

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
        slots = new long[2 * capacity];
        start = new int[Math.max(16, expected) + 1];
        pool = new char[Math.max(64, expected * 8)];
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
        return new String(pool, start[id], start[id + 1] - start[id]);
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
        int mask = (slots.length >>> 1) - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[2 * i];
            if (slot == 0) {
                int where = poolSize;
                int id = append(buffer, offset, length);
                slots[2 * i] = ((long) h << 32) | (id + 1L);
                slots[2 * i + 1] = ((long) length << 32) | where;
                if (size * 4 > slots.length) {
                    rehash();
                }
                return id;
            }
            if ((int) (slot >>> 32) == h && equals(slots[2 * i + 1], buffer, offset, length)) {
                return (int) slot - 1;
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
        int mask = (slots.length >>> 1) - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[2 * i];
            if (slot == 0) {
                return -1;
            }
            if ((int) (slot >>> 32) == h && equals(slots[2 * i + 1], buffer, offset, length)) {
                return (int) slot - 1;
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

    /**
     * Adds every term of another table (without making strings).
     *
     * @param other a table
     * @return for each id of {@code other}, the term's id in this table
     */
    public int[] addAll(TermTable other) {
        int[] ids = new int[other.size];
        for (int id = 0; id < other.size; id++) {
            ids[id] = add(other.pool, other.start[id], other.start[id + 1] - other.start[id]);
        }
        return ids;
    }

    /** @return the terms in id order (new strings) */
    public String[] terms() {
        String[] out = new String[size];
        for (int id = 0; id < size; id++) {
            out[id] = new String(pool, start[id], start[id + 1] - start[id]);
        }
        return out;
    }

    private int append(char[] buffer, int offset, int length) {
        if (size + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(buffer, offset, pool, poolSize, length);
        poolSize += length;
        start[size + 1] = poolSize;
        return size++;
    }

    private void rehash() {
        long[] bigger = new long[slots.length * 2];
        int mask = (bigger.length >>> 1) - 1;
        for (int j = 0; j < slots.length; j += 2) {
            if (slots[j] != 0) {
                int i = (int) (slots[j] >>> 32) & mask;
                while (bigger[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[2 * i] = slots[j];
                bigger[2 * i + 1] = slots[j + 1];
            }
        }
        slots = bigger;
    }

    /** Whether the term at {@code where} (length and pool start, as in a slot) is {@code buffer[offset, +length)}. */
    private boolean equals(long where, char[] buffer, int offset, int length) {
        if ((int) (where >>> 32) != length) {
            return false;
        }
        int from = (int) where;
        // terms are short: a plain loop beats the vectorised Arrays.equals and its call overhead
        for (int i = 0; i < length; i++) {
            if (pool[from + i] != buffer[offset + i]) {
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
