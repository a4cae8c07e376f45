package io.kindred.io;

import java.util.Locale;

/**
 * A record longer than {@link ReadOptions#maxRecordSize()}, for example {@code huge.jsonl:3: the record is longer than
 * the limit of 16,777,216 characters (16 MiB)}. A JSON Lines line is skipped whole, so reading can go on; a CSV row or
 * a JSON object found too long before its end ends the file. Immutable.
 */
public final class RecordTooLargeException extends InvalidRecordException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /**
     * @param source the file name as given by the user
     * @param line line where the record starts (or where it grew past the limit), from 1
     * @param column column there, from 1; 0 when not meaningful
     * @param limit the limit, in characters
     * @param recoverable whether reading can go on with the next record
     */
    RecordTooLargeException(String source, long line, long column, long limit, boolean recoverable) {
        super(source, line, column, null, "the record is longer than the limit of " + describe(limit), recoverable);
        this.limit = limit;
    }

    /** @return the limit that the record exceeds, in characters */
    public long limit() {
        return limit;
    }

    /** "16,777,216 characters (16 MiB)"; the binary unit only when it is exact. */
    private static String describe(long chars) {
        String count = String.format(Locale.ROOT, "%,d character%s", chars, chars == 1 ? "" : "s");
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (10 * (3 - i));
            if (chars >= unit && chars % unit == 0) {
                return count + " (" + chars / unit + " " + units[i] + ")";
            }
        }
        return count;
    }
}
