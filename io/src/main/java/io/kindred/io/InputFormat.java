package io.kindred.io;

import java.util.Locale;
import java.util.Optional;

/** The file formats articles are read from. Each may be gzip-compressed. Immutable and thread-safe. */
public enum InputFormat {
    /** JSON Lines: one JSON object per line ({@code .jsonl}, {@code .ndjson}); blank lines are ignored. */
    JSONL,
    /** A JSON array of objects, or a single object ({@code .json}). */
    JSON,
    /** Comma-separated values with a header row, RFC 4180 quoting ({@code .csv}). */
    CSV;

    /**
     * The format a file name announces: {@code .jsonl}, {@code .ndjson}, {@code .json} or {@code .csv}, each optionally
     * followed by {@code .gz} (any case).
     *
     * @param fileName a file name or path
     * @return the format
     * @throws IllegalArgumentException if the extension is none of these
     */
    public static InputFormat fromFileName(String fileName) {
        return byExtension(fileName)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of '" + fileName + "' from its name: expected .jsonl, .ndjson, .json"
                                + " or .csv, optionally followed by .gz; or give the format explicitly"));
    }

    /**
     * Like {@link #fromFileName}, without failing.
     *
     * @param fileName a file name or path
     * @return the format its extension announces, ignoring a final {@code .gz}; empty for any other extension
     */
    public static Optional<InputFormat> byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return name.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
    }
}
