package io.kindred.core.analysis;

/**
 * A reusable, growable char buffer holding one text at a time: {@code chars[0, length)}. Analysis reuses one per thread
 * so that a corpus is lowercased and tokenised without allocating per article. Not thread-safe.
 */
final class CharScratch {

    char[] chars = new char[256];
    int length;

    /** Makes room for {@code more} chars after the first {@code length}, keeping those; returns the buffer. */
    char[] room(int more) {
        int capacity = length + more;
        if (chars.length < capacity) {
            char[] grown = new char[Math.max(capacity, chars.length + (chars.length >> 1))];
            System.arraycopy(chars, 0, grown, 0, length);
            chars = grown;
        }
        return chars;
    }

    /** Appends the chars of {@code s}. */
    void append(String s) {
        s.getChars(0, s.length(), room(s.length()), length);
        length += s.length();
    }
}
