package io.kindred.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Texts joined by newlines, {@code parts[0] + "\n" + parts[1] + ...}, without copying them: how an article's title and
 * body reach the analyzer. Analysing the parts one after the other with a newline between is the same as analysing the
 * joined string (the built-in analyzers see a newline as a break that nothing crosses), so they need not be
 * concatenated for every article. Immutable and thread-safe.
 */
public final class JoinedText implements CharSequence {

    private final String[] parts;
    private final int length;

    private JoinedText(String[] parts) {
        this.parts = parts;
        int total = parts.length - 1;
        for (String p : parts) {
            total += p.length();
        }
        this.length = total;
    }

    /**
     * @param parts the texts, at least one; a null part counts as ""
     * @return them joined by newlines
     */
    public static JoinedText of(CharSequence... parts) {
        return of(Arrays.asList(parts));
    }

    /**
     * @param parts the texts, at least one; a null part counts as ""
     * @return them joined by newlines
     */
    public static JoinedText of(List<? extends CharSequence> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no part to join");
        }
        String[] strings = new String[parts.size()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = Objects.toString(parts.get(i), "");
        }
        return new JoinedText(strings);
    }

    /** @return the number of parts */
    public int parts() {
        return parts.length;
    }

    /**
     * @param i a part number
     * @return that part
     */
    public String part(int i) {
        return parts[i];
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        Objects.checkIndex(index, length);
        int at = index;
        for (String p : parts) {
            if (at < p.length()) {
                return p.charAt(at);
            }
            if (at == p.length()) {
                return '\n';
            }
            at -= p.length() + 1;
        }
        throw new AssertionError(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    /** @return the joined text, a new string */
    @Override
    public String toString() {
        return String.join("\n", parts);
    }
}
