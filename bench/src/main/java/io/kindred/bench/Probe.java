package io.kindred.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Timing and memory probes for the harness: wall clock, peak resident set size of this process (Linux
 * {@code /proc/self/status} VmHWM), peak heap use (sum of the heap pools' peaks) and the largest heap in use right
 * after a garbage collection. Thread-safe.
 *
 * <p>The pools' peaks count garbage a collector has not reclaimed yet: G1 lets the young generation grow into a large
 * heap, so that figure reaches the heap's size whatever the live data. The heap after a collection is the figure that
 * tells whether data fits: a program whose live data exceeds the heap fails, whatever the collector.
 */
public final class Probe {

    /** The largest heap in use after a collection since the last {@link #resetPeakHeap()}, in bytes. */
    private static final AtomicLong HEAP_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (notification, handback) -> {
                            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    notification.getType())) {
                                GcInfo info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData())
                                        .getGcInfo();
                                long used = 0;
                                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                                    MemoryUsage after =
                                            info.getMemoryUsageAfterGc().get(pool.getName());
                                    if (pool.getType() == MemoryType.HEAP && after != null) {
                                        used += after.getUsed();
                                    }
                                }
                                HEAP_AFTER_GC.accumulateAndGet(used, Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
    }

    private Probe() {}

    /** @return monotonic time in nanoseconds */
    public static long now() {
        return System.nanoTime();
    }

    /**
     * @param startNanos a value of {@link #now()}
     * @return seconds since then
     */
    public static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Peak resident set size of a process, from {@code /proc/PID/status}.
     *
     * @param pid a process id, or "self"
     * @return VmHWM in MiB, or -1 where unavailable
     */
    public static double peakRssMiB(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    /** @return peak heap used since the last {@link #resetPeakHeap()}, in MiB (sum of the pools' peaks) */
    public static double peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024.0 * 1024.0);
    }

    /**
     * The largest heap in use right after a collection (notifications arrive shortly after each one: call after the
     * measured phase has ended and a moment has passed, e.g. after {@link #liveHeapMiB()}).
     *
     * @return MiB since the last {@link #resetPeakHeap()}
     */
    public static double peakHeapAfterGcMiB() {
        return HEAP_AFTER_GC.get() / (1024.0 * 1024.0);
    }

    /**
     * Resets the peak usage of every heap pool and the peak after collections (after a GC: the baseline is live data).
     */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        HEAP_AFTER_GC.set(0);
    }

    /** @return heap in use right now after a GC, in MiB */
    public static double liveHeapMiB() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
    }

    /**
     * @param values samples (not modified)
     * @return their median (mean of the middle two for an even count), NaN if empty
     */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /**
     * @param seconds a duration
     * @return it formatted for tables, e.g. "2.61 s" or "37 ms"
     */
    public static String fmt(double seconds) {
        return seconds >= 1
                ? String.format(Locale.ROOT, "%.2f s", seconds)
                : String.format(Locale.ROOT, "%.0f ms", seconds * 1e3);
    }
}
