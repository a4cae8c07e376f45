package io.kindred.cli;

import io.kindred.core.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for a long phase: drawn only once the phase has run for half a second,
 * redrawn at most ten times a second, erased when closed (and drawn again if updated after that).
 *
 * <pre>  fitting  [##############----------------]  47%  8,861/18,846 articles</pre>
 *
 * <p>Thread-safe: {@link #update} is called from worker threads.
 */
final class ProgressBar implements Progress, AutoCloseable {

    /** What a bar counts. */
    enum Unit {
        /** Articles. */
        ARTICLES,
        /** Bytes, shown in MB. */
        BYTES
    }

    private static final long DELAY = 500_000_000L;
    private static final long INTERVAL = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final Unit unit;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnLength;

    /**
     * @param err where to draw, or null for a silent bar
     * @param label the phase
     * @param unit what is counted
     * @param clock nanoseconds
     */
    ProgressBar(PrintWriter err, String label, Unit unit, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void update(long done, long total) {
        if (err == null || total <= 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY || (drawnLength > 0 && now - lastDraw < INTERVAL)) {
            return;
        }
        lastDraw = now;
        String line = render(Math.min(done, total), total);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        err.flush();
        drawnLength = line.length();
    }

    /**
     * @param done units done
     * @param total units in all
     * @return the bar's text
     */
    String render(long done, long total) {
        int filled = (int) (WIDTH * done / total);
        String counts = unit == Unit.BYTES
                ? String.format(Locale.ROOT, "%.1f/%.1f MB", done / 1e6, total / 1e6)
                : String.format(Locale.ROOT, "%,d/%,d articles", done, total);
        return String.format(
                Locale.ROOT,
                "  %-8s [%s%s] %3d%%  %s",
                label,
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                100 * done / total,
                counts);
    }

    /** Erases the bar, if it was drawn. */
    @Override
    public synchronized void close() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
