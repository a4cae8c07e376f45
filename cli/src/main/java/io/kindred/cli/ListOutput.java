package io.kindred.cli;

import io.kindred.io.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** The destination of the lists: an {@link AtomicOutput} file, or standard output. Not thread-safe. */
final class ListOutput implements AutoCloseable {

    /**
     * Standard output is a pipe whose reader stopped reading, as in {@code kindred recommend | head}: the reader has
     * what it wanted, so the run stops writing and ends quietly with exit code 0 (a reader that failed reports it with
     * its own exit code). Immutable.
     */
    static final class ClosedPipe extends IOException {
        private static final long serialVersionUID = 1L;

        ClosedPipe() {
            super("standard output was closed before all lists were written");
        }
    }

    private final AtomicOutput file;
    private final PrintWriter stdout;

    private ListOutput(AtomicOutput file, PrintWriter stdout) {
        this.file = file;
        this.stdout = stdout;
    }

    /** @return an output to the file */
    static ListOutput of(AtomicOutput file) {
        return new ListOutput(file, null);
    }

    /** @return an output to standard output */
    static ListOutput of(PrintWriter stdout) {
        return new ListOutput(null, stdout);
    }

    /** @return where to write */
    Writer writer() {
        return file != null ? file.writer() : stdout;
    }

    /**
     * Stops a run whose standard output can no longer be written, so that it does not render lists nobody reads.
     *
     * @throws IOException if standard output has failed ({@link ClosedPipe} for a closed pipe)
     */
    void checkWritable() throws IOException {
        if (stdout != null && stdout.checkError()) {
            throw stdoutFailure();
        }
    }

    private static IOException stdoutFailure() {
        return Terminal.isStandardOutputPipe() ? new ClosedPipe() : new IOException("cannot write to standard output");
    }

    /**
     * Makes the output final: renames the file into place, or flushes standard output.
     *
     * @throws IOException if that fails (standard output closed early, disk full, ...)
     */
    void commit() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            stdout.flush();
            if (stdout.checkError()) {
                throw stdoutFailure();
            }
        }
    }

    /** @return the output file, or "standard output" */
    String describe() {
        return file != null ? file.target().toString() : "standard output";
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
