package io.kindred.core.analysis;

/**
 * Receives the terms of a text, one call per term, in text order.
 *
 * <p>The buffer is owned by the caller and reused: copy what you keep. Avoiding a {@code String} per term keeps
 * vectorising allocation-free for terms already in the vocabulary.
 */
@FunctionalInterface
public interface TermConsumer {

    /**
     * Called for each term.
     *
     * @param buffer characters of the term (UTF-16)
     * @param offset start of the term in {@code buffer}
     * @param length number of chars of the term
     */
    void term(char[] buffer, int offset, int length);
}
