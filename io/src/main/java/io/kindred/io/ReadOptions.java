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
 */
public record ReadOptions(
        InputFormat format,
        boolean skipInvalid,
        Consumer<InvalidRecordException> onSkipped,
        Progress progress,
        Set<String> extraFields) {

    /**
     * Validates. @throws IllegalArgumentException if an extra field is an article field (read it from the article)
     *
     * @param format see {@link #format()}
     * @param skipInvalid see {@link #skipInvalid()}
     * @param onSkipped see {@link #onSkipped()}
     * @param progress see {@link #progress()}
     * @param extraFields see {@link #extraFields()}
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
    }

    /** @return format from the file name, stop at the first invalid record, no progress, no extra fields */
    public static ReadOptions defaults() {
        return new ReadOptions(null, false, e -> {}, Progress.NONE, Set.of());
    }

    /**
     * @param format the input format, or null to take it from the file name
     * @return these options with that format
     */
    public ReadOptions withFormat(InputFormat format) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, extraFields);
    }

    /**
     * @param onSkipped receives each skipped record's error
     * @return these options, skipping invalid records
     */
    public ReadOptions skippingInvalid(Consumer<InvalidRecordException> onSkipped) {
        return new ReadOptions(format, true, onSkipped, progress, extraFields);
    }

    /**
     * @param progress receives (bytes read, file size)
     * @return these options with that progress callback
     */
    public ReadOptions withProgress(Progress progress) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, extraFields);
    }

    /**
     * @param names fields that are not article fields whose values are kept
     * @return these options, keeping those fields
     * @throws IllegalArgumentException if a name is an article field
     */
    public ReadOptions withExtraFields(Set<String> names) {
        return new ReadOptions(format, skipInvalid, onSkipped, progress, names);
    }
}
