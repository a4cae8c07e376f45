package io.kindred.core.concurrent;

import java.io.IOException;

/**
 * A three-stage pipeline on explicit worker threads: items are taken from a sequential {@link Source} one at a time,
 * transformed by a {@link Stage} in parallel, and handed to a {@link Sink} one at a time in the source's order. Reading
 * a file while other lines are parsed, or writing lists while others are rendered, keeps every core busy without a
 * dedicated reader or writer thread: whichever worker delivers the next item in order drains the ready results to the
 * sink while the others go on transforming.
 *
 * <p>At most {@code window} items are taken but not yet given to the sink, which bounds the memory held by results that
 * wait for an earlier one. The source and the sink are never called concurrently with themselves (each call
 * happens-before the next), so they need not be thread-safe; the stage must be.
 *
 * <p>Stateless; thread-safe.
 */
public final class OrderedPipeline {

    /**
     * Gives items in order.
     *
     * @param <T> the item type
     */
    @FunctionalInterface
    public interface Source<T> {
        /**
         * @return the next item, or null at the end
         * @throws IOException if reading fails
         */
        T next() throws IOException;
    }

    /**
     * Transforms one item; called on several threads at once.
     *
     * @param <T> the item type
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Stage<T, R> {
        /**
         * @param item an item of the source
         * @return its result, never null
         * @throws IOException if the item is bad
         */
        R apply(T item) throws IOException;
    }

    /**
     * Receives the results in the source's order.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * @param result the result of the next item
         * @throws IOException if writing fails
         */
        void accept(R result) throws IOException;
    }

    private OrderedPipeline() {}

    /**
     * Runs the pipeline to the end of the source, or to the first failure. With one thread everything runs in the
     * calling thread, item by item.
     *
     * @param threads worker threads, at least 1
     * @param name thread name prefix
     * @param window most items taken but not yet given to the sink, at least 1 (a few per thread is plenty)
     * @param source the items
     * @param stage the parallel transformation
     * @param sink receives the results in order
     * @param <T> the item type
     * @param <R> the result type
     * @throws IOException the first failure of the source, a stage or the sink, as thrown (unchecked exceptions and
     *     errors too); the items after it are not processed
     */
    public static <T, R> void run(
            int threads, String name, int window, Source<T> source, Stage<T, R> stage, Sink<R> sink)
            throws IOException {
        Workers.checkThreads(threads);
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        if (threads == 1) {
            for (long sequence = 0; ; sequence++) {
                T item = source.next();
                if (item == null) {
                    return;
                }
                sink.accept(checked(stage.apply(item), sequence));
            }
        }
        new Run<>(window, source, stage, sink).execute(threads, name);
    }

    private static <R> R checked(R result, long sequence) {
        if (result == null) {
            throw new NullPointerException("the stage returned null for item " + sequence);
        }
        return result;
    }

    private static final class Run<T, R> {
        private final Source<T> source;
        private final Stage<T, R> stage;
        private final Sink<R> sink;
        private final int window;
        /** Guards the source, {@link #taken} and {@link #exhausted}. */
        private final Object takeLock = new Object();
        /** Guards {@link #ready}, {@link #written} and {@link #draining}; signalled when {@link #written} grows. */
        private final Object giveLock = new Object();
        /** Results waiting for the sink, at slot {@code sequence % window}. */
        private final Object[] ready;

        private long taken;
        private boolean exhausted;
        private long written;
        private boolean draining;
        private volatile Throwable failure;

        Run(int window, Source<T> source, Stage<T, R> stage, Sink<R> sink) {
            this.window = window;
            this.source = source;
            this.stage = stage;
            this.sink = sink;
            this.ready = new Object[window];
        }

        void execute(int threads, String name) throws IOException {
            Workers.run(threads, threads, name, (w, t) -> work());
            Throwable e = failure;
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException("pipeline failed: " + e, e);
            }
        }

        /** One worker: take, transform, deliver, until the source ends or anything fails. */
        private void work() {
            try {
                while (failure == null) {
                    T item;
                    long sequence;
                    synchronized (takeLock) {
                        if (exhausted || !awaitRoom()) {
                            return;
                        }
                        item = source.next();
                        if (item == null) {
                            exhausted = true;
                            return;
                        }
                        sequence = taken++;
                    }
                    deliver(sequence, checked(stage.apply(item), sequence));
                }
            } catch (Throwable e) {
                synchronized (giveLock) {
                    if (failure == null) {
                        failure = e;
                    }
                    giveLock.notifyAll();
                }
            }
        }

        /** Waits (holding the take lock) until the window has room; false if the run failed meanwhile. */
        private boolean awaitRoom() throws InterruptedException {
            synchronized (giveLock) {
                while (taken - written >= window && failure == null) {
                    giveLock.wait();
                }
            }
            return failure == null;
        }

        /** Parks a result; the worker whose result is next in order drains every ready result to the sink. */
        private void deliver(long sequence, R result) throws IOException {
            synchronized (giveLock) {
                ready[(int) (sequence % window)] = result;
                if (draining || sequence != written) {
                    return;
                }
                draining = true;
            }
            while (true) {
                R next;
                synchronized (giveLock) {
                    int slot = (int) (written % window);
                    @SuppressWarnings("unchecked")
                    R r = (R) ready[slot];
                    if (r == null || failure != null) {
                        draining = false;
                        return;
                    }
                    ready[slot] = null;
                    next = r;
                }
                sink.accept(next); // outside the lock: the other workers keep delivering meanwhile
                synchronized (giveLock) {
                    written++;
                    giveLock.notifyAll();
                }
            }
        }
    }
}
