package io.kindred.core.weighting;

import java.util.Locale;

/**
 * A document-frequency limit as scikit-learn takes it for {@code min_df} and {@code max_df}: an integer is a number of
 * documents, a float a proportion of the corpus. Immutable.
 */
public sealed interface DfLimit {

    /**
     * The limit as a number of documents for a corpus of {@code documents} articles ({@code proportion * n} for a
     * proportion, not rounded, exactly as scikit-learn compares it).
     *
     * @param documents corpus size
     * @return the limit in documents
     */
    double documents(int documents);

    /**
     * Whether one limit is below another for every corpus size: both counts, or both proportions (a count and a
     * proportion compare only once the corpus's size is known).
     *
     * @param a a limit
     * @param b another
     * @return true if {@code a} is below {@code b} whatever the corpus
     */
    static boolean belowWhateverTheSize(DfLimit a, DfLimit b) {
        if (a instanceof Count x && b instanceof Count y) {
            return x.count() < y.count();
        }
        return a instanceof Proportion x && b instanceof Proportion y && x.fraction() < y.fraction();
    }

    /**
     * An absolute number of documents.
     *
     * @param count the number of documents, at least 0
     * @return the limit
     */
    static DfLimit count(int count) {
        return new Count(count);
    }

    /**
     * A proportion of the documents.
     *
     * @param fraction in [0, 1]
     * @return the limit
     */
    static DfLimit proportion(double fraction) {
        return new Proportion(fraction);
    }

    /**
     * Parses scikit-learn's convention: a value with a '.' or an exponent is a proportion ("0.5", "1.0", "1e-3"),
     * otherwise a count ("2").
     *
     * @param value the text
     * @return the limit
     * @throws IllegalArgumentException when the text is not a number or out of range
     */
    static DfLimit parse(String value) {
        String v = value.strip();
        try {
            if (v.contains(".") || v.toLowerCase(Locale.ROOT).contains("e")) {
                return proportion(Double.parseDouble(v));
            }
            return count(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "expected an integer count or a proportion in [0.0, 1.0], was '" + value + "'", e);
        }
    }

    /**
     * A number of documents.
     *
     * @param count at least 0
     */
    record Count(int count) implements DfLimit {
        /**
         * Checks the range.
         *
         * @param count see {@link #count()}
         */
        public Count {
            if (count < 0) {
                throw new IllegalArgumentException("a document count must be >= 0, was " + count);
            }
        }

        @Override
        public double documents(int documents) {
            return count;
        }

        @Override
        public String toString() {
            return Integer.toString(count);
        }
    }

    /**
     * A proportion of the documents.
     *
     * @param fraction in [0, 1]
     */
    record Proportion(double fraction) implements DfLimit {
        /**
         * Checks the range.
         *
         * @param fraction see {@link #fraction()}
         */
        public Proportion {
            if (!(fraction >= 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("a proportion of documents must be in [0.0, 1.0], was " + fraction);
            }
        }

        @Override
        public double documents(int documents) {
            return fraction * documents;
        }

        @Override
        public String toString() {
            return Double.toString(fraction);
        }
    }
}
