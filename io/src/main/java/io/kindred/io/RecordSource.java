package io.kindred.io;

import java.io.Closeable;
import java.io.IOException;

/** One input format's records, in file order. Implementations are not thread-safe. */
interface RecordSource extends Closeable {

  /**
   * @return the next valid record, or null at the end of the input
   * @throws InvalidRecordException for an invalid record; when {@link InvalidRecordException#recoverable()}, the
   *     next call continues with the following record
   * @throws java.io.IOException if the input cannot be read
   */
  SourceRecord next() throws IOException;
}
