package io.kindred.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * The valid records of a source: each record is read, then checked against the rest of the file or the corpus (a
 * duplicate id, an unknown article), and invalid records stop reading or are reported and skipped as
 * {@link ReadOptions} say. Not thread-safe.
 *
 * @param <T> the record
 */
final class CheckedRecords<T> implements Closeable {

    /**
     * A check of a syntactically valid record.
     *
     * @param <T> the record
     */
    interface Check<T> {
        /**
         * @param record a record
         * @throws InvalidRecordException (recoverable) if it is invalid
         */
        void check(T record) throws InvalidRecordException;
    }

    private final RecordSource<T> source;
    private final ReadOptions options;
    private final Check<T> check;
    private int skipped;

    /**
     * @param source the records
     * @param options whether to skip invalid records, and where to report them
     * @param check the check of each record
     */
    CheckedRecords(RecordSource<T> source, ReadOptions options, Check<T> check) {
        this.source = source;
        this.options = options;
        this.check = check;
    }

    /**
     * @return the next valid record, or null at the end of the input
     * @throws InvalidRecordException for an invalid record (unless it is skipped)
     * @throws IOException if the input cannot be read
     */
    T next() throws IOException {
        while (true) {
            try {
                T r = source.next();
                if (r != null) {
                    check.check(r);
                }
                return r;
            } catch (InvalidRecordException e) {
                if (!options.skipInvalid() || !e.recoverable()) {
                    throw e;
                }
                skipped++;
                options.onSkipped().accept(e);
            }
        }
    }

    /** @return the number of invalid records skipped so far */
    int skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
