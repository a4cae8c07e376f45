package io.kindred.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a run tells the user on standard error: progress bars (only on a terminal and without {@code --quiet}),
 * warnings (always) and a closing summary (unless {@code --quiet}). Thread-safe: progress bars are updated from
 * worker threads.
 */
final class Console {

  private final PrintWriter err;
  private final boolean progress;
  private final boolean quiet;

  /**
   * @param err standard error
   * @param progress show progress bars
   * @param quiet no summary
   */
  Console(PrintWriter err, boolean progress, boolean quiet) {
    this.err = err;
    this.progress = progress;
    this.quiet = quiet;
  }

  /**
   * A progress bar for a phase; close it when the phase ends.
   *
   * @param label the phase, e.g. "fitting"
   * @param unit what is counted
   * @return the bar (silent when bars are off)
   */
  ProgressBar bar(String label, ProgressBar.Unit unit) {
    return new ProgressBar(progress ? err : null, label, unit, System::nanoTime);
  }

  /**
   * A line that is always shown, e.g. a skipped record.
   *
   * @param message the message
   */
  synchronized void warn(String message) {
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
