package io.kindred.core.rank;

import java.util.Map;
import java.util.Objects;

/**
 * Recency decay: multiplies a candidate's score by a factor that falls with the time between the list's article and the
 * candidate ({@code Δ} days, absolute):
 *
 * <pre>
 *   EXPONENTIAL:  f(Δ) = 0.5^(Δ / halfLife)
 *   GAUSSIAN:     f(Δ) = 0.5^((Δ / halfLife)²)        (flat near 0, steep later)
 * </pre>
 *
 * Both are 1 at Δ = 0 and 0.5 at Δ = halfLife. Undated articles (see {@link Undated}): by default an undated candidate
 * is not decayed and neither is the list of an undated article; with {@link Undated#DROP} undated candidates are never
 * recommended. Immutable.
 */
public final class Decay extends DateStep {

    /** The decay curve. */
    public enum Shape {
        /** 0.5^(Δ / half-life). */
        EXPONENTIAL,
        /** 0.5^((Δ / half-life)²). */
        GAUSSIAN
    }

    private final Shape shape;
    private final double halfLifeDays;

    /**
     * A decay; undated articles as {@link Undated#DEFAULT}.
     *
     * @param shape the curve
     * @param halfLifeDays days after which the factor is 0.5, finite and &gt; 0
     * @throws IllegalArgumentException otherwise
     */
    public Decay(Shape shape, double halfLifeDays) {
        this(shape, halfLifeDays, Undated.DEFAULT);
    }

    /**
     * @param shape the curve
     * @param halfLifeDays days after which the factor is 0.5, finite and &gt; 0
     * @param undated what to do with undated articles
     * @throws IllegalArgumentException for another half-life
     */
    public Decay(Shape shape, double halfLifeDays, Undated undated) {
        super(undated);
        this.shape = Objects.requireNonNull(shape, "decay shape");
        if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException(
                    "decay half-life must be a finite number of days > 0, was " + halfLifeDays);
        }
        this.halfLifeDays = halfLifeDays;
    }

    /**
     * @param halfLifeDays half-life in days
     * @return exponential decay
     */
    public static Decay exponential(double halfLifeDays) {
        return new Decay(Shape.EXPONENTIAL, halfLifeDays);
    }

    /**
     * @param halfLifeDays half-life in days
     * @return Gaussian decay
     */
    public static Decay gaussian(double halfLifeDays) {
        return new Decay(Shape.GAUSSIAN, halfLifeDays);
    }

    /** @return the curve */
    public Shape shape() {
        return shape;
    }

    /** @return the half-life in days */
    public double halfLifeDays() {
        return halfLifeDays;
    }

    @Override
    public Decay withUndated(Undated undated) {
        return new Decay(shape, halfLifeDays, undated);
    }

    /**
     * @param seconds time between the two articles, in seconds (either sign)
     * @return the factor in (0, 1]
     */
    public double factor(double seconds) {
        double x = Math.abs(seconds) / 86_400.0 / halfLifeDays;
        return switch (shape) {
            case EXPONENTIAL -> Math.pow(0.5, x);
            case GAUSSIAN -> Math.pow(0.5, x * x);
        };
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("shape", shape, "halfLifeDays", halfLifeDays, "undated", undated());
    }

    @Override
    Bound bind(RankingContext context) {
        Bound.Eligibility dated = undated() == Undated.DROP
                ? (queryId, queryDate, candidate) -> context.published(candidate) != RankingContext.NO_DATE
                : null;
        return new Bound.OnPool() {
            @Override
            public Eligibility eligibility() {
                return dated;
            }

            @Override
            public void apply(Pool pool) {
                long queryDate = pool.query().published();
                if (queryDate == RankingContext.NO_DATE) {
                    return;
                }
                for (int i = 0; i < pool.size(); i++) {
                    long date = context.published(pool.doc(i));
                    if (date != RankingContext.NO_DATE) {
                        pool.multiply(i, factor((double) date - queryDate));
                    }
                }
            }
        };
    }
}
