package io.kindred.core.weighting;

import java.util.List;
import java.util.Objects;

/**
 * The options of a {@link TfidfVectorizer}, with scikit-learn's {@code TfidfVectorizer} defaults and validation:
 * vocabulary pruning, binary counts, the {@link Weighting} scheme and the row normalisation.
 *
 * <p>Vocabulary pruning: terms with {@code df < minDf} or {@code df > maxDf} are dropped, then, if more than
 * {@code maxFeatures} remain, only the {@code maxFeatures} with the largest total count over the corpus are kept (see
 * {@link TfidfVectorizer} for the tie rule). Then each row is weighted by the scheme and divided by its norm. Immutable
 * and thread-safe; each {@code with} method returns a copy with one setting changed.
 *
 * <p><b>Soft limits.</b> By default the document-frequency limits are exact, as in scikit-learn, errors included (a
 * {@code maxDf} below {@code minDf} for the corpus's size, a vocabulary pruned to nothing). With
 * {@link #withDfLimitsFrom(int) dfLimitsFrom} = N they apply only to corpora of at least N articles, and a smaller
 * corpus keeps every term: a preset's limits tuned for an archive then do not break a corpus that has just started (a
 * live index of one article, a test of three). Soft limits that would leave no term keep every term too, and a corpus
 * without any term (only stop words) then has an empty vocabulary and empty lists instead of an error. Giving either
 * limit ({@link #withMinDf}, {@link #withMaxDf}) makes both exact again: limits that were asked for are applied as
 * asked.
 *
 * @param minDf minimum document frequency (default count 1)
 * @param maxDf maximum document frequency (default proportion 1.0)
 * @param dfLimitsFrom the smallest corpus, in articles, that {@code minDf} and {@code maxDf} apply to; a smaller one
 *     keeps every term (default 0: they always apply)
 * @param maxFeatures largest vocabulary size, at least 1 ({@link #ALL_FEATURES} = no limit, the default)
 * @param binary count each term once per document
 * @param weighting the weighting scheme (default {@link TfIdf#SKLEARN})
 * @param norm row normalisation (default L2)
 */
public record TfidfOptions(
        DfLimit minDf,
        DfLimit maxDf,
        int dfLimitsFrom,
        int maxFeatures,
        boolean binary,
        Weighting weighting,
        Norm norm) {

    /** No limit on the vocabulary size. */
    public static final int ALL_FEATURES = Integer.MAX_VALUE;

    private static final TfidfOptions SKLEARN =
            new TfidfOptions(DfLimit.count(1), DfLimit.proportion(1.0), 0, ALL_FEATURES, false, TfIdf.SKLEARN, Norm.L2);

    /**
     * Validates: a maximum document frequency below the minimum is refused here when both are counts or both
     * proportions, and when the fit knows the corpus's size otherwise.
     *
     * @param minDf see {@link #minDf()}
     * @param maxDf see {@link #maxDf()}
     * @param dfLimitsFrom see {@link #dfLimitsFrom()}
     * @param maxFeatures see {@link #maxFeatures()}
     * @param binary see {@link #binary()}
     * @param weighting see {@link #weighting()}
     * @param norm see {@link #norm()}
     */
    public TfidfOptions {
        Objects.requireNonNull(minDf, "minDf");
        Objects.requireNonNull(maxDf, "maxDf");
        Objects.requireNonNull(weighting, "weighting");
        Objects.requireNonNull(norm, "norm");
        if (dfLimitsFrom < 0) {
            throw new IllegalArgumentException(
                    "the corpus size from which df limits apply must be >= 0, was " + dfLimitsFrom);
        }
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("max_features must be >= 1, was " + maxFeatures);
        }
        if (DfLimit.belowWhateverTheSize(maxDf, minDf)) {
            throw new ConflictingSettingsException(
                    List.of("min_df", "max_df"), "max_df (" + maxDf + ") is below min_df (" + minDf + ")");
        }
    }

    /** @return scikit-learn's defaults */
    public static TfidfOptions defaults() {
        return SKLEARN;
    }

    /**
     * @param minDf {@code min_df}
     * @return these options with it, and both limits exact ({@link #dfLimitsFrom()} 0)
     */
    public TfidfOptions withMinDf(DfLimit minDf) {
        return new TfidfOptions(minDf, maxDf, 0, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param maxDf {@code max_df}
     * @return these options with it, and both limits exact ({@link #dfLimitsFrom()} 0)
     */
    public TfidfOptions withMaxDf(DfLimit maxDf) {
        return new TfidfOptions(minDf, maxDf, 0, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param articles the smallest corpus that the document-frequency limits apply to (0: always, exactly as
     *     scikit-learn)
     * @return these options with it
     */
    public TfidfOptions withDfLimitsFrom(int articles) {
        return new TfidfOptions(minDf, maxDf, articles, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param documents a corpus's size
     * @return true if the document-frequency limits apply to it; otherwise every term is kept
     */
    public boolean dfLimitsApply(int documents) {
        return documents >= dfLimitsFrom;
    }

    /**
     * @param maxFeatures {@code max_features}, at least 1
     * @return these options with it
     */
    public TfidfOptions withMaxFeatures(int maxFeatures) {
        return new TfidfOptions(minDf, maxDf, dfLimitsFrom, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param binary {@code binary}
     * @return these options with it
     */
    public TfidfOptions withBinary(boolean binary) {
        return new TfidfOptions(minDf, maxDf, dfLimitsFrom, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param weighting the weighting scheme
     * @return these options with it
     */
    public TfidfOptions withWeighting(Weighting weighting) {
        return new TfidfOptions(minDf, maxDf, dfLimitsFrom, maxFeatures, binary, weighting, norm);
    }

    /**
     * @param norm {@code norm}
     * @return these options with it
     */
    public TfidfOptions withNorm(Norm norm) {
        return new TfidfOptions(minDf, maxDf, dfLimitsFrom, maxFeatures, binary, weighting, norm);
    }
}
