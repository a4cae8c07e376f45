package io.kindred.core.preset;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code key = value} lines of a {@link PresetCodec} text, read once: each value is taken by its key, and every
 * error names the line and the key. Blank lines and lines that start with {@code #} are skipped. Not thread-safe (one
 * decoding).
 */
final class PresetLines {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    private record Line(int number, String value) {}

    /** An error that already names its line and key. */
    static final class TextError extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TextError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * @param text the whole text
     * @throws IllegalArgumentException for a line that is not {@code key = value}, or a key given twice
     */
    PresetLines(String text) {
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip();
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": expected 'key = value', was '" + abbreviated(line) + "'");
            }
            Line previous = lines.putIfAbsent(
                    key, new Line(i + 1, line.substring(eq + 1).strip()));
            if (previous != null) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ", key " + key + ": given twice (first on line " + previous.number() + ")");
            }
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /**
     * @param key a key
     * @return whether the text has a line for it
     */
    boolean has(String key) {
        return lines.containsKey(key);
    }

    /**
     * @param key a key
     * @return its value, as written
     * @throws IllegalArgumentException if no line has the key
     */
    String value(String key) {
        Line line = lines.get(key);
        if (line == null) {
            throw new TextError("missing line: key " + key, null);
        }
        taken.add(key);
        return line.value();
    }

    /**
     * @param key a key
     * @param parser reads the value, throwing {@link IllegalArgumentException} for a bad one
     * @param <T> the value's type
     * @return the value
     * @throws IllegalArgumentException naming the line and key, for a missing line or a bad value
     */
    <T> T value(String key, Function<String, T> parser) {
        String value = value(key);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw error(key, e);
        }
    }

    /**
     * @param key a key that has a line
     * @param cause what is wrong with it
     * @return an error naming the line and the key
     */
    TextError error(String key, IllegalArgumentException cause) {
        return new TextError("line " + lines.get(key).number() + ", key " + key + ": " + cause.getMessage(), cause);
    }

    /**
     * An error in settings that are valid one by one but not together (a stemmer with the scikit-learn analysis, say).
     *
     * @param prefix the keys of the settings, e.g. {@code analysis.}
     * @param cause what is wrong with them
     * @return an error naming the lines of those keys
     */
    TextError groupError(String prefix, IllegalArgumentException cause) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (Map.Entry<String, Line> e : lines.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                first = Math.min(first, e.getValue().number());
                last = Math.max(last, e.getValue().number());
            }
        }
        return new TextError("lines " + first + "-" + last + ", keys " + prefix + "*: " + cause.getMessage(), cause);
    }

    /** @throws IllegalArgumentException naming the first line whose key was not taken */
    void requireAllTaken() {
        for (Map.Entry<String, Line> e : lines.entrySet()) {
            if (!taken.contains(e.getKey())) {
                throw new IllegalArgumentException("line " + e.getValue().number() + ", key " + e.getKey()
                        + ": unknown key (or a setting of a step or scheme that the text does not choose)");
            }
        }
    }
}
