package io.kindred.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes on the command line: a count with an optional binary suffix, {@code 64m} for 64 × 1024². Stateless. */
final class Sizes {

    private static final String SUFFIXES = "kmg";

    private Sizes() {}

    /** Picocli's converter for a size option. */
    static final class Converter implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return parse(text);
        }
    }

    /**
     * @param text digits, optionally followed by k, m or g (any case)
     * @return the size
     * @throws TypeConversionException if the text is not such a size, or not positive
     */
    static long parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int shift = t.isEmpty() ? 0 : 10 * (SUFFIXES.indexOf(t.charAt(t.length() - 1)) + 1);
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || !digits.chars().allMatch(Character::isDigit) || n > Long.MAX_VALUE >> shift) {
            throw new TypeConversionException(
                    "expected a positive size such as 1000000, 512k, 64m or 1g, was '" + text + "'");
        }
        return n << shift;
    }

    /**
     * @param size a size
     * @return it as {@link #parse} reads it, with the largest exact suffix: {@code 64m}, {@code 1500}
     */
    static String format(long size) {
        for (int i = SUFFIXES.length(); i > 0; i--) {
            long unit = 1L << (10 * i);
            if (size % unit == 0) {
                return size / unit + SUFFIXES.substring(i - 1, i);
            }
        }
        return Long.toString(size);
    }
}
