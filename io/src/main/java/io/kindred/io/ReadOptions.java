package io.kindred.io;

import io.kindred.core.Progress;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How an {@link ArticleReader} reads. Immutable and thread-safe (if the callbacks are).
 *
 * @param format the input format, or null to take it from the file name ({@link InputFormat#fromFileName})
 * @param skipInvalid false: the first invalid record stops reading with an {@link InvalidRecordException}; true:
 *     recoverable invalid records are passed to {@code onSkipped}, counted and skipped
 * @param onSkipped receives each skipped record's error (only when {@code skipInvalid})
 * @param progress receives (bytes read, file size) while reading a file whose size is known
 * @param extraFields names of fields that are not article fields whose values {@link ArticleReader#nextRecord()} keeps
 *     (e.g. a label such as {@code story}); a JSON value must then be a string, a number, a boolean or an array of
 *     strings, and may not be given twice
 * @param maxRecordSize the largest record read, in characters: a JSON Lines line, a CSV row, an object of a JSON array
 *     (a longer one is a {@link RecordTooLargeException}); it bounds the memory one record takes
 */
public record ReadOptions(
        InputFormat format,
        boolean skipInvalid,
        Consumer<InvalidRecordException> onSkipped,
        Progress progress,
        Set<String> extraFields,
        long maxRecordSize) {

    /** The default {@link #maxRecordSize()}: 16 MiB of characters, far above any article, far below the heap. */
    public static final long DEFAULT_MAX_RECORD_SIZE = 16L << 20;

    /**
     * Validates. @throws IllegalArgumentException if an extra field is an article field (read it from the article), or
     * if the record size limit is not positive
     *
     * @param format see {@link #format()}
     * @param skipInvalid see {@link #skipInvalid()}
     * @param onSkipped see {@link #onSkipped()}
     * @param progress see {@link #progress()}
     * @param extraFields see {@link #extraFields()}
     * @param maxRecordSize see {@link #maxRecordSize()}
     */
    public ReadOptions {
        Objects.requireNonNull(onSkipped, "onSkipped");
        Objects.requireNonNull(progress, "progress");
        extraFields = Set.copyOf(extraFields);
        for (String name : extraFields) {
            if (ArticleFields.bit(name) != 0) {
                throw new IllegalArgumentException(
                        "'" + name + "' is an article field, not an extra field: read it from the article");
            }
        }
        if (maxRecordSize < 1) {
            throw new IllegalArgumentException("the record size limit must be >= 1 character, was " + maxRecordSize);
        }
    }

    /**
     * @return format from the file name, stop at the first invalid record, no progress, no extra fields, records up to
     *     {@link #DEFAULT_MAX_RECORD_SIZE}
     */
    public static ReadOptions defaults() {
        return new ReadOptions(null, false, e -> {}, Progress.NONE, Set.of(), DEFAULT_MAX_RECORD_SIZE);
    }

    /**
     * @param format the input format, or null to take it from the file name
     * @return these options with that format
     */
    public ReadOptions withFormat(InputFormat format) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, extraFields, maxRecordSize);
    }

    /**
     * @param onSkipped receives each skipped record's error
     * @return these options, skipping invalid records
     */
    public ReadOptions skippingInvalid(Consumer<InvalidRecordException> onSkipped) {
        return new ReadOptions(format, true, onSkipped, progress, extraFields, maxRecordSize);
    }

    /**
     * @param progress receives (bytes read, file size)
     * @return these options with that progress callback
     */
    public ReadOptions withProgress(Progress progress) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, extraFields, maxRecordSize);
    }

    /**
     * @param names fields that are not article fields whose values are kept
     * @return these options, keeping those fields
     * @throws IllegalArgumentException if a name is an article field
     */
    public ReadOptions withExtraFields(Set<String> names) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, names, maxRecordSize);
    }

    /**
     * @param maxChars the largest record read, in characters
     * @return these options with that limit
     * @throws IllegalArgumentException if not positive
     */
    public ReadOptions withMaxRecordSize(long maxChars) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, extraFields, maxChars);
    }
}
