package io.kindred.core.analysis;

import java.util.Arrays;

/**
 * Word n-grams as scikit-learn builds them: from the tokens left after stop-word removal, all unigrams first (if
 * {@code minN == 1}), then every bigram, then every trigram..., each joined by one space. Mutable scratch; one per call
 * (not thread-safe).
 */
final class NGrams {

    /**
     * Checks a word n-gram range, with scikit-learn's words for its {@code ngram_range}.
     *
     * @param minN smallest n
     * @param maxN largest n
     * @throws IllegalArgumentException unless {@code 1 <= minN <= maxN}
     */
    static void checkRange(int minN, int maxN) {
        if (minN < 1) {
            throw new IllegalArgumentException("ngram_range lower bound must be >= 1, was " + minN);
        }
        if (maxN < minN) {
            throw new IllegalArgumentException("Invalid value for ngram_range=(" + minN + ", " + maxN
                    + ") lower boundary larger than the upper" + " boundary");
        }
    }

    private char[] gram = new char[64];

    /**
     * Emits the n-grams of the tokens {@code chars[spans[1 + 2t], spans[2 + 2t])}, {@code t < spans[0]}.
     *
     * @param chars the text
     * @param spans {@code [count, start0, end0, start1, end1, ...]}
     * @param minN smallest n
     * @param maxN largest n
     * @param wordWeight times each unigram is emitted (1 for scikit-learn)
     * @param consumer receives the terms
     */
    void emit(char[] chars, int[] spans, int minN, int maxN, int wordWeight, TermConsumer consumer) {
        int tokens = spans[0];
        if (minN == 1) {
            for (int t = 0; t < tokens; t++) {
                for (int r = 0; r < wordWeight; r++) {
                    consumer.term(chars, spans[1 + 2 * t], spans[2 + 2 * t] - spans[1 + 2 * t]);
                }
            }
        }
        for (int n = Math.max(2, minN); n <= Math.min(maxN, tokens); n++) {
            for (int first = 0; first + n <= tokens; first++) {
                int len = 0;
                for (int t = first; t < first + n; t++) {
                    int from = spans[1 + 2 * t];
                    int tokenLength = spans[2 + 2 * t] - from;
                    if (len + tokenLength + 1 > gram.length) {
                        gram = Arrays.copyOf(gram, Math.max(gram.length * 2, len + tokenLength + 1));
                    }
                    if (t > first) {
                        gram[len++] = ' ';
                    }
                    System.arraycopy(chars, from, gram, len, tokenLength);
                    len += tokenLength;
                }
                consumer.term(gram, 0, len);
            }
        }
    }

    /**
     * Appends a span to a span list, growing it.
     *
     * @param spans {@code [count, start0, end0, ...]}
     * @param start start of the token
     * @param end end of the token
     * @return the (possibly new) span list
     */
    static int[] add(int[] spans, int start, int end) {
        int count = spans[0];
        if (2 + 2 * count >= spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[1 + 2 * count] = start;
        spans[2 + 2 * count] = end;
        spans[0] = count + 1;
        return spans;
    }
}
