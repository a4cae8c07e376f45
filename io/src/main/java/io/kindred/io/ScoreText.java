package io.kindred.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The text of a score, as {@link SimilarListWriter#formatScore} defines it. Stateless. */
final class ScoreText {

    /** The smallest nonzero score printed with 6, 7, ... 10 decimals (below the last, 11). */
    private static final double[] LOWEST_WITH = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5};

    /** 10^0 ... 10^11, exact in a double. */
    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11};

    private ScoreText() {}

    /**
     * Appends {@link SimilarListWriter#formatScore formatScore(score)} to {@code sb} without creating a string (except
     * on the rare {@link BigDecimal} paths).
     *
     * @param sb where to append
     * @param score a finite score
     * @return {@code sb}
     */
    static StringBuilder append(StringBuilder sb, double score) {
        double magnitude = Math.abs(score);
        if (magnitude != 0 && magnitude < 1e-6) {
            return appendExponent(sb, score);
        }
        int decimals = 6;
        while (magnitude != 0 && decimals < 11 && magnitude < LOWEST_WITH[decimals - 6]) {
            decimals++;
        }
        double scaled = magnitude * POWERS_OF_TEN[decimals];
        if (!(scaled < 1e15)) {
            return sb.append(
                    new BigDecimal(score).setScale(6, RoundingMode.HALF_EVEN).toPlainString());
        }
        long units = Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6
                ? new BigDecimal(magnitude)
                        .setScale(decimals, RoundingMode.HALF_EVEN)
                        .unscaledValue()
                        .longValueExact()
                : Math.round(scaled);
        if (decimals > 6 && units == 1_000_000) { // rounded up to the next decade: one decimal fewer
            units = 100_000;
            decimals--;
        }
        if (score < 0 && units != 0) {
            sb.append('-');
        }
        long unit = (long) POWERS_OF_TEN[decimals];
        sb.append(units / unit).append('.');
        long fraction = units % unit;
        for (long digit = unit / 10; digit > 0; digit /= 10) {
            sb.append((char) ('0' + fraction / digit % 10));
        }
        return sb;
    }

    /** {@code 1.23457e-9}: six significant digits, half-even. */
    private static StringBuilder appendExponent(StringBuilder sb, double score) {
        BigDecimal rounded = new BigDecimal(score).round(new MathContext(6, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (score < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0)).append('.').append(digits, 1, digits.length());
        for (int pad = digits.length(); pad < 6; pad++) {
            sb.append('0');
        }
        return sb.append('e').append(exponent);
    }
}
