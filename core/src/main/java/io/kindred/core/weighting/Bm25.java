package io.kindred.core.weighting;

/**
 * BM25's saturated, length-normalised term frequency times BM25's idf:
 *
 * <pre>
 *   w(t, d) = tf · (k1 + 1) / (tf + k1 · (1 - b + b · len(d) / avglen)) · idf(t)
 *   idf(t)  = ln(1 + (n - df(t) + 0.5) / (df(t) + 0.5))           (1 when idf is off)
 *   len(d)  = Σ_t tf(t, d) over the vocabulary; avglen = its corpus mean
 * </pre>
 *
 * It saturates tf itself, so it has no sublinear tf. Immutable.
 *
 * @param k1 term-frequency saturation, &gt; 0
 * @param b length normalisation, in [0, 1]
 * @param useIdf multiply by idf
 */
public record Bm25(double k1, double b, boolean useIdf) implements Weighting {

    /** The usual parameters: k1 = 1.2, b = 0.75, with idf. */
    public static final Bm25 DEFAULTS = new Bm25(1.2, 0.75, true);

    /**
     * Validates.
     *
     * @param k1 see {@link #k1()}
     * @param b see {@link #b()}
     * @param useIdf see {@link #useIdf()}
     */
    public Bm25 {
        if (!(k1 > 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("k1 must be a finite number > 0, was " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be in [0, 1], was " + b);
        }
    }

    @Override
    public String name() {
        return "bm25";
    }

    @Override
    public String describe() {
        return "bm25 (k1 " + k1 + ", b " + b + ")" + (useIdf ? "" : ", no idf");
    }

    @Override
    public double idf(int df, int documents) {
        return useIdf ? StrictMath.log(1 + (documents - df + 0.5) / (df + 0.5)) : 1.0;
    }

    @Override
    public double lengthFactor(double rowLength, double averageLength) {
        return k1 * (1 - b + b * (averageLength > 0 ? rowLength / averageLength : 0));
    }

    @Override
    public double tf(double count, double lengthFactor) {
        return count * (k1 + 1) / (count + lengthFactor);
    }

    @Override
    public Bm25 withUseIdf(boolean useIdf) {
        return new Bm25(k1, b, useIdf);
    }

    @Override
    public Bm25 withK1(double k1) {
        return new Bm25(k1, b, useIdf);
    }

    @Override
    public Bm25 withB(double b) {
        return new Bm25(k1, b, useIdf);
    }
}
