package io.kindred.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Timing and memory probes for the harness: wall clock, peak resident set size of this process (Linux
 * {@code /proc/self/status} VmHWM) and peak heap use (sum of the heap pools' peaks). Stateless; thread-safe.
 */
public final class Probe {

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

  /** Resets the peak usage of every heap pool (after a GC, so the baseline is live data). */
  public static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
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
    return seconds >= 1 ? String.format(Locale.ROOT, "%.2f s", seconds)
        : String.format(Locale.ROOT, "%.0f ms", seconds * 1e3);
  }
}
