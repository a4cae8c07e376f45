package io.kindred.core.weighting;

import java.util.Objects;

/**
 * The weighting options of scikit-learn's {@code TfidfVectorizer}, with its defaults and its validation.
 *
 * <pre>
 *   tf(t, d)  = count, or 1 if binary, then 1 + ln(tf) if sublinearTf
 *   idf(t)    = ln((n + s) / (df(t) + s)) + 1,   s = 1 if smoothIdf else 0   (1 when useIdf is false)
 *   w(t, d)   = tf(t, d) * idf(t), then the row divided by its norm (L2, L1 or none)
 * </pre>
 *
 * Vocabulary pruning: terms with {@code df < minDf} or {@code df > maxDf} are dropped, then, if more than
 * {@code maxFeatures} remain, only the {@code maxFeatures} with the largest total count over the corpus are kept
 * (see {@link TfidfVectorizer} for the tie rule). Immutable and thread-safe.
 *
 * @param minDf minimum document frequency (default count 1)
 * @param maxDf maximum document frequency (default proportion 1.0)
 * @param maxFeatures largest vocabulary size, at least 1 ({@link Integer#MAX_VALUE} = no limit, the default)
 * @param binary count each term once per document
 * @param useIdf multiply by idf (default true)
 * @param smoothIdf add one document containing every term (default true)
 * @param sublinearTf replace tf by 1 + ln(tf)
 * @param norm row normalisation (default L2)
 */
public record TfidfOptions(
    DfLimit minDf,
    DfLimit maxDf,
    int maxFeatures,
    boolean binary,
    boolean useIdf,
    boolean smoothIdf,
    boolean sublinearTf,
    Norm norm) {

  /** No limit on the vocabulary size. */
  public static final int ALL_FEATURES = Integer.MAX_VALUE;

  /** Validates. */
  public TfidfOptions {
    Objects.requireNonNull(minDf, "minDf");
    Objects.requireNonNull(maxDf, "maxDf");
    Objects.requireNonNull(norm, "norm");
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("max_features must be >= 1, was " + maxFeatures);
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

    private Builder() {}

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
      return new TfidfOptions(minDf, maxDf, maxFeatures, binary, useIdf, smoothIdf, sublinearTf, norm);
    }
  }
}
