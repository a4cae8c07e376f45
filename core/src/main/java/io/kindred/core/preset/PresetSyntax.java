package io.kindred.core.preset;

import io.kindred.core.weighting.DfLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The values of {@link PresetCodec}'s text, each one way in and one way out: quoted strings, lists, numbers, booleans
 * and enum constants. Parsing errors say what was expected and what was found, not where: {@link PresetLines} adds the
 * line and key. Stateless.
 */
final class PresetSyntax {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

    private PresetSyntax() {}

    /**
     * A string in double quotes, with JSON's escapes for the quote, the backslash and control characters, and
     * {@code \}{@code uXXXX} for every other character that a line-based UTF-8 text cannot carry as itself (line
     * separators, unpaired surrogates); other characters are written as they are, so that the text stays readable.
     *
     * @param s any string
     * @return its quoted form, on one line
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (asItself(s, i)) {
                        out.append(c);
                    } else {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean asItself(String s, int i) {
        char c = s.charAt(i);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }

    /**
     * @param text one quoted string, as {@link #quote} writes it
     * @return the string
     */
    static String string(String text) {
        Cursor c = new Cursor(text);
        String s = c.quoted();
        c.end();
        return s;
    }

    /**
     * @param items items already in their text form
     * @return {@code [a, b]}
     */
    static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /**
     * @param text a list of quoted strings, {@code ["a", "b"]}
     * @return the strings
     */
    static List<String> strings(String text) {
        return items(text, true);
    }

    /**
     * @param text a list of bare words, {@code [a, b]}: no quotes, commas, brackets or spaces in a word
     * @return the words
     */
    static List<String> words(String text) {
        return items(text, false);
    }

    private static List<String> items(String text, boolean quoted) {
        Cursor c = new Cursor(text);
        c.expect('[');
        List<String> out = new ArrayList<>();
        c.spaces();
        if (!c.at(']')) {
            do {
                c.spaces();
                out.add(quoted ? c.quoted() : c.word());
                c.spaces();
            } while (c.skip(','));
        }
        c.expect(']');
        c.end();
        return out;
    }

    /**
     * @param text a decimal integer
     * @return it
     */
    static int integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("expected an integer, was '" + text + "'");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("integer out of range: " + text, e);
        }
    }

    /**
     * @param text a decimal number, e.g. {@code 0.5}, {@code 2}, {@code 1.0E-5}
     * @return it
     */
    static double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("expected a decimal number such as 0.5, was '" + text + "'");
        }
        return Double.parseDouble(text);
    }

    /**
     * @param value a number
     * @return its shortest text that reads back as exactly it ({@link Double#toString})
     */
    static String decimal(double value) {
        return Double.toString(value);
    }

    /**
     * @param text {@code true} or {@code false}
     * @return it
     */
    static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, was '" + text + "'");
        };
    }

    /**
     * @param constant an enum constant
     * @return its name in lower case, e.g. {@code l2}
     */
    static String choice(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text a constant's name in lower case
     * @param type the enum
     * @param <E> its type
     * @return the constant
     */
    static <E extends Enum<E>> E choice(String text, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (choice(e).equals(text)) {
                return e;
            }
            names.add(choice(e));
        }
        throw new IllegalArgumentException("expected one of " + String.join(", ", names) + ", was '" + text + "'");
    }

    /**
     * @param limit a document-frequency limit
     * @return a count as an integer ({@code 2}), a proportion as a decimal with a point ({@code 0.5}, {@code 1.0})
     */
    static String dfLimit(DfLimit limit) {
        return limit instanceof DfLimit.Count c
                ? Integer.toString(c.count())
                : decimal(((DfLimit.Proportion) limit).fraction());
    }

    /**
     * @param text as {@link #dfLimit(DfLimit)} writes it: a decimal point or an exponent makes a proportion
     * @return the limit
     */
    static DfLimit dfLimit(String text) {
        return text.contains(".") || text.contains("e") || text.contains("E")
                ? DfLimit.proportion(decimal(text))
                : DfLimit.count(integer(text));
    }

    /** Reads a value from left to right. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        boolean at(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        boolean skip(char c) {
            if (at(c)) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!skip(c)) {
                throw unexpected("'" + c + "'");
            }
        }

        void spaces() {
            while (at(' ')) {
                at++;
            }
        }

        void end() {
            if (at < text.length()) {
                throw unexpected("the end of the value");
            }
        }

        String word() {
            int from = at;
            while (at < text.length() && " ,[]\"".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (at == from) {
                throw unexpected("a word");
            }
            return text.substring(from, at);
        }

        String quoted() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (!at('"')) {
                if (at >= text.length()) {
                    throw unexpected("a closing '\"'");
                }
                char c = text.charAt(at++);
                out.append(c == '\\' ? escaped() : c);
            }
            at++;
            return out.toString();
        }

        private char escaped() {
            if (at >= text.length()) {
                throw unexpected("an escape after '\\'");
            }
            char c = text.charAt(at++);
            return switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> {
                    at -= 2;
                    throw unexpected("one of \\\" \\\\ \\n \\r \\t \\uXXXX");
                }
            };
        }

        private char unicode() {
            if (at + 4 > text.length() || !text.substring(at, at + 4).matches("[0-9a-fA-F]{4}")) {
                at -= 2;
                throw unexpected("\\u and four hexadecimal digits");
            }
            at += 4;
            return (char) Integer.parseInt(text.substring(at - 4, at), 16);
        }

        private IllegalArgumentException unexpected(String expected) {
            String rest = text.substring(at);
            String found = rest.isEmpty()
                    ? "the end"
                    : "'" + (rest.length() > 40 ? rest.substring(0, 40) + "..." : rest) + "'";
            return new IllegalArgumentException(
                    "expected " + expected + " at character " + (at + 1) + " of the value, found " + found);
        }
    }
}
