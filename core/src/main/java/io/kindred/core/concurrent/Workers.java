package io.kindred.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered tasks on an explicit number of named platform threads; no executor, no common pool.
 *
 * <p>Tasks {@code 0 .. tasks-1} are handed out in increasing order to whichever worker is free, so callers must write
 * results by task number (never by completion order) to stay deterministic. With one thread everything runs in the
 * calling thread. The first failure stops the hand-out and is rethrown to the caller. Stateless; thread-safe.
 */
public final class Workers {

    private Workers() {}

    /** The body of a task. */
    @FunctionalInterface
    public interface Task {
        /**
         * Runs one task.
         *
         * @param worker index of the worker running it, {@code 0 .. threads-1}: use it to pick per-worker scratch
         * @param task the task number
         * @throws Exception to abort the run
         */
        void run(int worker, int task) throws Exception;
    }

    /** @return the number of cores the JVM may use */
    public static int availableCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a thread count.
     *
     * @param threads requested thread count
     * @return {@code threads}
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static int checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        return threads;
    }

    /** A task over a range of items. */
    @FunctionalInterface
    public interface RangeTask {
        /**
         * @param worker the worker's number, in [0, threads)
         * @param from first item
         * @param to end item (exclusive)
         * @throws Exception on failure
         */
        void run(int worker, int from, int to) throws Exception;
    }

    /**
     * Runs items {@code [0, items)} in consecutive blocks of {@code block} items on at most {@code threads} threads and
     * waits for all of them (see {@link #run}).
     *
     * @param threads number of worker threads, at least 1
     * @param items number of items
     * @param block items per task, at least 1
     * @param name thread name prefix
     * @param task the body of one block
     * @throws RuntimeException the first failure of a task (checked exceptions wrapped)
     */
    public static void runBlocks(int threads, int items, int block, String name, RangeTask task) {
        if (block < 1) {
            throw new IllegalArgumentException("block must be >= 1, was " + block);
        }
        run(
                threads,
                (items + block - 1) / block,
                name,
                (w, b) -> task.run(w, b * block, Math.min(items, b * block + block)));
    }

    /**
     * Runs {@code tasks} tasks on at most {@code threads} threads and waits for all of them.
     *
     * @param threads number of worker threads, at least 1 (capped at {@code tasks})
     * @param tasks number of tasks
     * @param name thread name prefix, e.g. {@code "kindred-search"}
     * @param task the task body
     * @throws RuntimeException the first failure of a task (checked exceptions wrapped)
     */
    public static void run(int threads, int tasks, String name, Task task) {
        checkThreads(threads);
        int n = Math.min(threads, tasks);
        if (n <= 1) {
            for (int t = 0; t < tasks; t++) {
                runOne(task, 0, t);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>(n);
        for (int w = 0; w < n; w++) {
            int worker = w;
            Thread thread = new Thread(
                    () -> {
                        try {
                            for (int t; failure.get() == null && (t = next.getAndIncrement()) < tasks; ) {
                                task.run(worker, t);
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    },
                    name + "-" + w);
            thread.setDaemon(true);
            started.add(thread);
            thread.start();
        }
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e != null) {
            throw rethrow(e);
        }
    }

    private static void runOne(Task task, int worker, int t) {
        try {
            task.run(worker, t);
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) {
            return r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("worker task failed: " + e, e);
    }
}
