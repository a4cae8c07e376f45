package io.kindred.io;

import io.kindred.core.Progress;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an {@link ArticleReader} reads. Immutable and thread-safe (if the callbacks are).
 *
 * @param format the input format, or null to take it from the file name ({@link InputFormat#fromFileName})
 * @param skipInvalid false: the first invalid record stops reading with an {@link InvalidRecordException}; true:
 *     recoverable invalid records are passed to {@code onSkipped}, counted and skipped
 * @param onSkipped receives each skipped record's error (only when {@code skipInvalid})
 * @param progress receives (bytes read, file size) while reading a file whose size is known
 */
public record ReadOptions(
    InputFormat format, boolean skipInvalid, Consumer<InvalidRecordException> onSkipped, Progress progress) {

  /** Validates. */
  public ReadOptions {
    Objects.requireNonNull(onSkipped, "onSkipped");
    Objects.requireNonNull(progress, "progress");
  }

  /** @return format from the file name, stop at the first invalid record, no progress */
  public static ReadOptions defaults() {
    return new ReadOptions(null, false, e -> {}, Progress.NONE);
  }

  /**
   * @param format the input format, or null to take it from the file name
   * @return these options with that format
   */
  public ReadOptions withFormat(InputFormat format) {
    return new ReadOptions(format, skipInvalid, onSkipped, progress);
  }

  /**
   * @param onSkipped receives each skipped record's error
   * @return these options, skipping invalid records
   */
  public ReadOptions skippingInvalid(Consumer<InvalidRecordException> onSkipped) {
    return new ReadOptions(format, true, onSkipped, progress);
  }

  /**
   * @param progress receives (bytes read, file size)
   * @return these options with that progress callback
   */
  public ReadOptions withProgress(Progress progress) {
    return new ReadOptions(format, skipInvalid, onSkipped, progress);
  }
}
