package io.kindred.core.weighting;

import java.util.List;
import java.util.Locale;

/**
 * How a term's count in an article becomes its weight, before the row is normalised: a scheme owns its parameters,
 * their validation and its formulas. Adding a scheme is one record here and one entry of {@link #schemes()}.
 *
 * <p>A setting that belongs to another scheme is refused with a message that names it ({@code k1} of tf-idf, say), so
 * that options cannot be given where they do nothing. Implementations are immutable and thread-safe.
 */
public sealed interface Weighting permits TfIdf, Bm25 {

    /**
     * Every scheme, with its default parameters; {@link #named} looks them up by name. (A method, not a constant: a
     * constant of this interface would be initialised before the schemes that implement it.)
     *
     * @return the schemes
     */
    static List<Weighting> schemes() {
        return List.of(TfIdf.SKLEARN, Bm25.DEFAULTS);
    }

    /**
     * @param name a scheme's name ({@code tfidf}, {@code bm25}), any case
     * @return the scheme with its default parameters
     * @throws IllegalArgumentException for an unknown name
     */
    static Weighting named(String name) {
        for (Weighting w : schemes()) {
            if (w.name().equals(name.toLowerCase(Locale.ROOT))) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown weighting '" + name + "' (expected "
                + String.join(" or ", schemes().stream().map(Weighting::name).toList()) + ")");
    }

    /** @return the scheme's name as options give it, e.g. {@code tfidf} */
    String name();

    /** @return the scheme and its settings in words, for help texts and reports, e.g. {@code tfidf, sublinear tf} */
    String describe();

    /** @return whether counts are multiplied by the term's idf (else by 1) */
    boolean useIdf();

    /**
     * @param df the term's document frequency
     * @param documents the corpus's number of documents
     * @return the term's idf, or 1 without idf
     */
    double idf(int df, int documents);

    /**
     * A row's length term, computed once per row: BM25's {@code k1 · (1 − b + b · len / avglen)}; 0 for a scheme
     * without one.
     *
     * @param rowLength Σ tf over the row's entries
     * @param averageLength the corpus's mean row length
     * @return the row's length term
     */
    default double lengthFactor(double rowLength, double averageLength) {
        return 0;
    }

    /**
     * An entry's term frequency as the scheme weighs it, before idf and normalisation: {@code w = tf(count) · idf}.
     *
     * @param count the (weighted) count, 1 when counts are binary
     * @param lengthFactor the row's {@link #lengthFactor}
     * @return the weighted term frequency
     */
    double tf(double count, double lengthFactor);

    /**
     * @param useIdf whether to multiply by idf
     * @return this scheme with that setting
     */
    Weighting withUseIdf(boolean useIdf);

    /**
     * @param sublinearTf replace tf by 1 + ln(tf)
     * @return this scheme with that setting
     * @throws IllegalArgumentException if the scheme has no such setting
     */
    default Weighting withSublinearTf(boolean sublinearTf) {
        throw notHere("sublinear tf", "tfidf");
    }

    /**
     * @param smoothIdf add one document that holds every term
     * @return this scheme with that setting
     * @throws IllegalArgumentException if the scheme has no such setting
     */
    default Weighting withSmoothIdf(boolean smoothIdf) {
        throw notHere("smooth idf", "tfidf");
    }

    /**
     * @param k1 term-frequency saturation
     * @return this scheme with that setting
     * @throws IllegalArgumentException if the scheme has no such setting
     */
    default Weighting withK1(double k1) {
        throw notHere("k1", "bm25");
    }

    /**
     * @param b length normalisation
     * @return this scheme with that setting
     * @throws IllegalArgumentException if the scheme has no such setting
     */
    default Weighting withB(double b) {
        throw notHere("b", "bm25");
    }

    private IllegalArgumentException notHere(String setting, String owner) {
        return new IllegalArgumentException(
                setting + " is a setting of " + owner + " weighting, and the weighting is " + name());
    }
}
