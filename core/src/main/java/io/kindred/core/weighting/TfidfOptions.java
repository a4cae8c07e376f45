package io.kindred.core.weighting;

import java.util.Objects;

/**
 * Term weighting options: scikit-learn's {@code TfidfVectorizer} options with its defaults and validation, plus a
 * BM25-style alternative.
 *
 * <pre>
 *   tf(t, d)  = (weighted) count, or 1 if binary
 *   TFIDF:  w(t, d) = tf' · idf(t),   tf' = 1 + ln(tf) if sublinearTf else tf,
 *           idf(t)  = ln((n + s) / (df(t) + s)) + 1,   s = 1 if smoothIdf else 0   (1 when useIdf is false)
 *   BM25:   w(t, d) = tf · (k1 + 1) / (tf + k1 · (1 - b + b · len(d) / avglen)) · idf(t),
 *           idf(t)  = ln(1 + (n - df(t) + 0.5) / (df(t) + 0.5))                  (1 when useIdf is false)
 *           len(d)  = Σ_t tf(t, d) over the vocabulary; avglen = its corpus mean
 *   then each row is divided by its norm (L2, L1 or none)
 * </pre>
 *
 * Vocabulary pruning: terms with {@code df < minDf} or {@code df > maxDf} are dropped, then, if more than
 * {@code maxFeatures} remain, only the {@code maxFeatures} with the largest total count over the corpus are kept (see
 * {@link TfidfVectorizer} for the tie rule). Immutable and thread-safe.
 *
 * @param minDf minimum document frequency (default count 1)
 * @param maxDf maximum document frequency (default proportion 1.0)
 * @param maxFeatures largest vocabulary size, at least 1 ({@link Integer#MAX_VALUE} = no limit, the default)
 * @param binary count each term once per document
 * @param useIdf multiply by idf (default true)
 * @param smoothIdf add one document containing every term (default true)
 * @param sublinearTf replace tf by 1 + ln(tf)
 * @param norm row normalisation (default L2)
 * @param scheme TFIDF (default) or BM25
 * @param k1 BM25 term-frequency saturation, &gt; 0 (default 1.2)
 * @param b BM25 length normalisation in [0, 1] (default 0.75)
 */
public record TfidfOptions(
        DfLimit minDf,
        DfLimit maxDf,
        int maxFeatures,
        boolean binary,
        boolean useIdf,
        boolean smoothIdf,
        boolean sublinearTf,
        Norm norm,
        Scheme scheme,
        double k1,
        double b) {

    /** The weighting formula. */
    public enum Scheme {
        /** scikit-learn's tf-idf. */
        TFIDF,
        /** BM25-style saturated, length-normalised tf times BM25 idf. */
        BM25
    }

    /** No limit on the vocabulary size. */
    public static final int ALL_FEATURES = Integer.MAX_VALUE;

    /** Validates. */
    public TfidfOptions {
        Objects.requireNonNull(minDf, "minDf");
        Objects.requireNonNull(maxDf, "maxDf");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(scheme, "scheme");
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("max_features must be >= 1, was " + maxFeatures);
        }
        if (!(k1 > 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("k1 must be > 0, was " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be in [0, 1], was " + b);
        }
        if (scheme == Scheme.BM25 && sublinearTf) {
            throw new IllegalArgumentException("sublinear_tf does not apply to bm25, which saturates tf itself");
        }
    }

    /** @return scikit-learn's defaults */
    public static TfidfOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from scikit-learn's defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minDf = minDf;
        b.maxDf = maxDf;
        b.maxFeatures = maxFeatures;
        b.binary = binary;
        b.useIdf = useIdf;
        b.smoothIdf = smoothIdf;
        b.sublinearTf = sublinearTf;
        b.norm = norm;
        b.scheme = scheme;
        b.k1 = k1;
        b.b = this.b;
        return b;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private DfLimit minDf = DfLimit.count(1);
        private DfLimit maxDf = DfLimit.proportion(1.0);
        private int maxFeatures = ALL_FEATURES;
        private boolean binary;
        private boolean useIdf = true;
        private boolean smoothIdf = true;
        private boolean sublinearTf;
        private Norm norm = Norm.L2;
        private Scheme scheme = Scheme.TFIDF;
        private double k1 = 1.2;
        private double b = 0.75;

        private Builder() {}

        /**
         * @param scheme the weighting formula
         * @return this
         */
        public Builder scheme(Scheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * @param k1 BM25 saturation
         * @return this
         */
        public Builder k1(double k1) {
            this.k1 = k1;
            return this;
        }

        /**
         * @param b BM25 length normalisation
         * @return this
         */
        public Builder b(double b) {
            this.b = b;
            return this;
        }

        /**
         * @param minDf {@code min_df}
         * @return this
         */
        public Builder minDf(DfLimit minDf) {
            this.minDf = minDf;
            return this;
        }

        /**
         * @param maxDf {@code max_df}
         * @return this
         */
        public Builder maxDf(DfLimit maxDf) {
            this.maxDf = maxDf;
            return this;
        }

        /**
         * @param maxFeatures {@code max_features}, at least 1
         * @return this
         */
        public Builder maxFeatures(int maxFeatures) {
            this.maxFeatures = maxFeatures;
            return this;
        }

        /**
         * @param binary {@code binary}
         * @return this
         */
        public Builder binary(boolean binary) {
            this.binary = binary;
            return this;
        }

        /**
         * @param useIdf {@code use_idf}
         * @return this
         */
        public Builder useIdf(boolean useIdf) {
            this.useIdf = useIdf;
            return this;
        }

        /**
         * @param smoothIdf {@code smooth_idf}
         * @return this
         */
        public Builder smoothIdf(boolean smoothIdf) {
            this.smoothIdf = smoothIdf;
            return this;
        }

        /**
         * @param sublinearTf {@code sublinear_tf}
         * @return this
         */
        public Builder sublinearTf(boolean sublinearTf) {
            this.sublinearTf = sublinearTf;
            return this;
        }

        /**
         * @param norm {@code norm}
         * @return this
         */
        public Builder norm(Norm norm) {
            this.norm = norm;
            return this;
        }

        /** @return the options */
        public TfidfOptions build() {
            return new TfidfOptions(
                    minDf, maxDf, maxFeatures, binary, useIdf, smoothIdf, sublinearTf, norm, scheme, k1, b);
        }
    }
}
