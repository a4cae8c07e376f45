package io.kindred.cli;

/**
 * scikit-learn's {@code ngram_range} as the command line gives it: {@code LO,HI}. Immutable.
 *
 * @param min smallest n
 * @param max largest n
 */
record NgramRange(int min, int max) {

    /** Unigrams only, scikit-learn's default. */
    static final NgramRange UNIGRAMS = new NgramRange(1, 1);

    /**
     * @param text {@code LO,HI}, e.g. {@code 1,2}
     * @return the range (checked by the analyzer, which names the rule)
     * @throws IllegalArgumentException if the text is not two integers separated by a comma
     */
    static NgramRange parse(String text) {
        String[] parts = text.split(",", -1);
        String message = "expected LO,HI such as 1,2, was '" + text + "'";
        if (parts.length != 2) {
            throw new IllegalArgumentException(message);
        }
        try {
            return new NgramRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(message, e);
        }
    }
}
