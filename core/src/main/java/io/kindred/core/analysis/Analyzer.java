package io.kindred.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into terms: the features of the vector space.
 *
 * <p>Implementations must be thread-safe: one analyzer serves all worker threads.
 *
 * @see SklearnAnalyzer
 * @see LuceneEnglishAnalyzer
 */
public interface Analyzer {

    /**
     * Feeds every term of {@code text} to {@code consumer}, in order.
     *
     * @param text the text; never {@code null}
     * @param consumer receives the terms
     */
    void analyze(CharSequence text, TermConsumer consumer);

    /**
     * The terms of {@code text} as strings, in order (convenient, not fast).
     *
     * @param text the text
     * @return its terms
     */
    default List<String> terms(CharSequence text) {
        List<String> out = new ArrayList<>();
        analyze(text, (b, o, n) -> out.add(new String(b, o, n)));
        return out;
    }

    /**
     * A short description of the settings, for logs and reports (e.g. {@code sklearn(lowercase, ngram=1..2)}).
     *
     * @return the description
     */
    String describe();
}
