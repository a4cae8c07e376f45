package io.kindred.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * One file's records, in file order. Implementations are not thread-safe.
 *
 * @param <T> the record
 */
interface RecordSource<T> extends Closeable {

    /**
     * @return the next valid record, or null at the end of the input
     * @throws InvalidRecordException for an invalid record; when {@link InvalidRecordException#recoverable()}, the next
     *     call continues with the following record
     * @throws java.io.IOException if the input cannot be read
     */
    T next() throws IOException;
}
