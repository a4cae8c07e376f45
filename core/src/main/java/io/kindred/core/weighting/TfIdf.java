package io.kindred.core.weighting;

/**
 * scikit-learn's tf-idf: {@code w(t, d) = tf' · idf(t)}, {@code tf' = 1 + ln(tf)} with sublinear tf, else tf;
 * {@code idf(t) = ln((n + s) / (df(t) + s)) + 1} with {@code s = 1} when smoothing (scikit-learn adds one document that
 * holds every term), else 0; idf is 1 when it is off. Immutable.
 *
 * @param sublinearTf replace tf by 1 + ln(tf)
 * @param useIdf multiply by idf
 * @param smoothIdf smooth the idf
 */
public record TfIdf(boolean sublinearTf, boolean useIdf, boolean smoothIdf) implements Weighting {

    /** scikit-learn's defaults: raw tf, smoothed idf. */
    public static final TfIdf SKLEARN = new TfIdf(false, true, true);

    @Override
    public String name() {
        return "tfidf";
    }

    @Override
    public String describe() {
        return "tfidf" + (sublinearTf ? ", sublinear tf" : "") + (useIdf ? "" : ", no idf")
                + (smoothIdf || !useIdf ? "" : ", no smooth idf");
    }

    @Override
    public double idf(int df, int documents) {
        if (!useIdf) {
            return 1.0;
        }
        int s = smoothIdf ? 1 : 0;
        return StrictMath.log((double) (documents + s) / (df + s)) + 1.0;
    }

    @Override
    public double tf(double count, double lengthFactor) {
        return sublinearTf ? StrictMath.log(count) + 1 : count;
    }

    @Override
    public TfIdf withUseIdf(boolean useIdf) {
        return new TfIdf(sublinearTf, useIdf, smoothIdf);
    }

    @Override
    public TfIdf withSublinearTf(boolean sublinearTf) {
        return new TfIdf(sublinearTf, useIdf, smoothIdf);
    }

    @Override
    public TfIdf withSmoothIdf(boolean smoothIdf) {
        return new TfIdf(sublinearTf, useIdf, smoothIdf);
    }
}
