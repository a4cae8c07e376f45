package io.kindred.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What a run tells the user on standard error: progress bars (only on a terminal and without {@code --quiet}), warnings
 * (always; they erase the current bar, which reappears on its next update) and a closing summary (unless
 * {@code --quiet}). Thread-safe: progress bars are updated from worker threads.
 */
final class Console {

    private final PrintWriter err;
    private final boolean progress;
    private final boolean quiet;
    private final LongSupplier clock;
    private ProgressBar bar;

    /**
     * @param err standard error
     * @param progress show progress bars
     * @param quiet no summary
     */
    Console(PrintWriter err, boolean progress, boolean quiet) {
        this(err, progress, quiet, System::nanoTime);
    }

    /**
     * @param err standard error
     * @param progress show progress bars
     * @param quiet no summary
     * @param clock nanoseconds, for the bars
     */
    Console(PrintWriter err, boolean progress, boolean quiet, LongSupplier clock) {
        this.err = err;
        this.progress = progress;
        this.quiet = quiet;
        this.clock = clock;
    }

    /**
     * A progress bar for a phase; close it when the phase ends.
     *
     * @param label the phase, e.g. "fitting"
     * @param unit what is counted
     * @return the bar (silent when bars are off)
     */
    synchronized ProgressBar bar(String label, ProgressBar.Unit unit) {
        bar = new ProgressBar(progress ? err : null, label, unit, clock);
        return bar;
    }

    /**
     * A line that is always shown, e.g. a skipped record.
     *
     * @param message the message
     */
    synchronized void warn(String message) {
        if (bar != null) {
            bar.close(); // redrawn by its next update
        }
        err.print("kindred: " + message + "\n");
        err.flush();
    }

    /**
     * The closing summary line, unless quiet.
     *
     * @param format a {@link String#format} pattern, formatted in {@link Locale#ROOT}
     * @param args its arguments
     */
    synchronized void summary(String format, Object... args) {
        if (!quiet) {
            err.print("kindred: " + String.format(Locale.ROOT, format, args) + "\n");
            err.flush();
        }
    }
}
