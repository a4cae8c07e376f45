package io.kindred.core.rank;

/**
 * Recency decay: multiplies a candidate's score by a factor that falls with the time between the query article and the
 * candidate ({@code Δ} days, absolute):
 *
 * <pre>
 *   EXPONENTIAL:  f(Δ) = 0.5^(Δ / halfLife)
 *   GAUSSIAN:     f(Δ) = 0.5^((Δ / halfLife)²)        (flat near 0, steep later)
 * </pre>
 *
 * Both are 1 at Δ = 0 and 0.5 at Δ = halfLife. Articles without a date are not decayed. Immutable.
 *
 * @param shape the curve
 * @param halfLifeDays days after which the factor is 0.5, &gt; 0
 */
public record Decay(Shape shape, double halfLifeDays) {

    /** No decay. */
    public static final Decay NONE = new Decay(Shape.NONE, 1);

    /** The decay curve. */
    public enum Shape {
        /** No decay. */
        NONE,
        /** Exponential. */
        EXPONENTIAL,
        /** Gaussian. */
        GAUSSIAN
    }

    /** Validates. */
    public Decay {
        if (shape == null) {
            throw new IllegalArgumentException("decay shape must not be null");
        }
        if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException("decay half-life must be > 0 days, was " + halfLifeDays);
        }
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

    /**
     * @param seconds time between the two articles, in seconds (either sign)
     * @return the factor in (0, 1]
     */
    public double factor(double seconds) {
        double x = Math.abs(seconds) / 86_400.0 / halfLifeDays;
        return switch (shape) {
            case NONE -> 1;
            case EXPONENTIAL -> Math.pow(0.5, x);
            case GAUSSIAN -> Math.pow(0.5, x * x);
        };
    }
}
