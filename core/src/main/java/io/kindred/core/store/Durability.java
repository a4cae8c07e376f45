package io.kindred.core.store;

import java.time.Duration;
import java.util.Objects;

/**
 * When a {@link WriteAheadLog} forces its appends to disk. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #PER_CHANGE}: each {@link WriteAheadLog#append} forces the log before it returns. One fsync per change:
 *       the lowest latency for a single writer, the lowest throughput for many.
 *   <li>{@link #grouped(Duration)}: group commit. Appends from many threads share one fsync, done at most once per
 *       window; each append still returns only once an fsync has covered its record. So in both modes an acknowledged
 *       change is a durable change; grouping trades a single writer's latency (up to one window) for the throughput of
 *       many.
 *   <li>{@link #NONE}: appends are written to the operating system but forced only by {@link WriteAheadLog#close()}.
 *       <b>Not crash-safe</b>: a power loss (not a process crash) can lose acknowledged changes. For tests and bulk
 *       builds that are redone from their input after a failure.
 * </ul>
 */
public final class Durability {

    /** An fsync before each append returns. */
    public static final Durability PER_CHANGE = new Durability("per-change", Duration.ZERO);

    /** An fsync only on close: not crash-safe. */
    public static final Durability NONE = new Durability("none", null);

    private final String name;
    private final Duration window;

    private Durability(String name, Duration window) {
        this.name = name;
        this.window = window;
    }

    /**
     * Group commit: appends share one fsync, done at most once per {@code window}; each append returns once its record
     * is forced.
     *
     * @param window the least time between two fsyncs, at least zero (zero: the next fsync starts as soon as the
     *     previous one ends, with whatever was appended meanwhile)
     * @return the policy
     * @throws IllegalArgumentException if the window is negative
     */
    public static Durability grouped(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("a group commit window must not be negative, got " + window);
        }
        return new Durability("grouped(" + window + ")", window);
    }

    /** @return whether each append returns only once its record is forced to disk ({@link #NONE}: not) */
    public boolean isDurable() {
        return window != null;
    }

    /** @return the least time between two fsyncs: zero for {@link #PER_CHANGE}, {@code null} for {@link #NONE} */
    public Duration window() {
        return window;
    }

    /** @return whether each append forces the log itself, sharing no fsync */
    boolean perChange() {
        return equals(PER_CHANGE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Durability d && d.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
