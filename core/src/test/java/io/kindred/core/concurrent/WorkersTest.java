package io.kindred.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void runsEveryTaskOnceOnNamedThreads() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        ConcurrentHashMap<String, Boolean> names = new ConcurrentHashMap<>();
        Workers.run(4, 1000, "kindred-test", (w, t) -> {
            runs.incrementAndGet(t);
            names.put(Thread.currentThread().getName(), true);
            assertTrue(w >= 0 && w < 4);
        });
        for (int t = 0; t < 1000; t++) {
            assertEquals(1, runs.get(t));
        }
        assertTrue(names.keySet().stream().allMatch(n -> n.startsWith("kindred-test-")), names.toString());
    }

    @Test
    void propagatesTheFirstFailure() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(
                boom,
                assertThrows(
                        IllegalStateException.class,
                        () -> Workers.run(3, 100, "t", (w, t) -> {
                            if (t == 42) {
                                throw boom;
                            }
                        })));
        IllegalStateException wrapped = assertThrows(
                IllegalStateException.class,
                () -> Workers.run(2, 10, "t", (w, t) -> {
                    throw new IOException("disk");
                }));
        assertTrue(wrapped.getCause() instanceof IOException);
        assertEquals(
                "threads must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> Workers.run(0, 1, "t", (w, t) -> {}))
                        .getMessage());
    }

    @Test
    void runBlocksCoversEveryItemOnceInBlocksOfTheGivenSize() {
        for (int items : new int[] {0, 1, 63, 64, 65, 1000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, items));
            Workers.runBlocks(3, items, 64, "kindred-test", (w, from, to) -> {
                assertTrue(
                        from % 64 == 0 && to > from && to <= items && (to - from == 64 || to == items),
                        from + ".." + to);
                for (int i = from; i < to; i++) {
                    runs.incrementAndGet(i);
                }
            });
            for (int i = 0; i < items; i++) {
                assertEquals(1, runs.get(i), "item " + i + " of " + items);
            }
        }
        assertEquals(
                "block must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> Workers.runBlocks(2, 5, 0, "t", (w, f, t) -> {}))
                        .getMessage());
    }
}
