package io.kindred.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    /** Items 0..count-1 from a source that is not thread-safe (the pipeline must serialise it). */
    private static OrderedPipeline.Source<Integer> counting(int count) {
        int[] next = {0};
        return () -> next[0] < count ? next[0]++ : null;
    }

    @Test
    void deliversEveryResultInSourceOrderWithinTheWindowForAnyThreadCount() throws IOException {
        long seed = Seeds.seed("deliversEveryResultInSourceOrder");
        for (int threads : new int[] {1, 2, 3, 7}) {
            for (int window : new int[] {1, 2, 5, 64}) {
                Random random = new Random(seed + 31L * threads + window);
                long[] delays = random.longs(500, 0, 200_000).toArray(); // uneven stage times reorder completions
                AtomicInteger taken = new AtomicInteger();
                AtomicInteger given = new AtomicInteger();
                AtomicInteger widest = new AtomicInteger();
                ConcurrentHashMap<String, Boolean> stageThreads = new ConcurrentHashMap<>();
                OrderedPipeline.Source<Integer> items = counting(delays.length);
                List<Integer> out = new ArrayList<>();
                OrderedPipeline.run(
                        threads,
                        "kindred-test",
                        window,
                        () -> {
                            Integer item = items.next();
                            if (item != null) {
                                widest.accumulateAndGet(taken.incrementAndGet() - given.get(), Math::max);
                            }
                            return item;
                        },
                        item -> {
                            stageThreads.put(Thread.currentThread().getName(), true);
                            LockSupport.parkNanos(delays[item]);
                            return item * 10;
                        },
                        result -> {
                            out.add(result);
                            given.incrementAndGet();
                        });
                assertEquals(delays.length, out.size(), "threads " + threads + ", window " + window);
                for (int i = 0; i < out.size(); i++) {
                    assertEquals(i * 10, out.get(i), "threads " + threads + ", window " + window);
                }
                assertTrue(widest.get() <= window, "at most " + window + " in flight, saw " + widest.get());
                if (threads > 1) {
                    assertTrue(
                            stageThreads.keySet().stream().allMatch(n -> n.startsWith("kindred-test-")),
                            stageThreads.toString());
                }
            }
        }
    }

    @Test
    void theFirstFailureOfAnyStepIsThrownAsItIsAndStopsThePipeline() {
        for (int threads : new int[] {1, 2, 4}) {
            IOException disk = new IOException("disk full");
            AtomicInteger sunk = new AtomicInteger();
            assertSame(
                    disk,
                    assertThrows(
                            IOException.class,
                            () -> OrderedPipeline.run(threads, "t", 8, counting(10_000), i -> i, r -> {
                                if (r == 100) {
                                    throw disk;
                                }
                                sunk.incrementAndGet();
                            })));
            assertEquals(100, sunk.get(), "nothing after the failed item reaches the sink");

            IllegalArgumentException bad = new IllegalArgumentException("bad item");
            assertSame(
                    bad,
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> OrderedPipeline.run(
                                    threads,
                                    "t",
                                    8,
                                    counting(10_000),
                                    i -> {
                                        if (i == 7) {
                                            throw bad;
                                        }
                                        return i;
                                    },
                                    r -> {})));

            IOException read = new IOException("cannot read");
            OrderedPipeline.Source<Integer> items = counting(10_000);
            assertSame(
                    read,
                    assertThrows(
                            IOException.class,
                            () -> OrderedPipeline.run(
                                    threads,
                                    "t",
                                    8,
                                    () -> {
                                        Integer i = items.next();
                                        if (i == 50) {
                                            throw read;
                                        }
                                        return i;
                                    },
                                    i -> i,
                                    r -> {})));

            assertTrue(assertThrows(
                            NullPointerException.class,
                            () -> OrderedPipeline.run(threads, "t", 8, counting(3), i -> null, r -> {}))
                    .getMessage()
                    .contains("null"));
        }
        assertEquals(
                "window must be >= 1, was 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> OrderedPipeline.run(2, "t", 0, counting(1), i -> i, r -> {}))
                        .getMessage());
    }
}
