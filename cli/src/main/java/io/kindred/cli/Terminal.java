package io.kindred.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Whether standard error is an interactive terminal, to decide on progress bars. Stateless. */
final class Terminal {

  private Terminal() {}

  /**
   * On Linux, whether file descriptor 2 is a terminal device ({@code /dev/pts/*} or {@code /dev/tty*}); elsewhere,
   * whether the JVM has a console.
   *
   * @return true if standard error is a terminal
   */
  static boolean isStandardErrorTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    if (!linux || !Files.isSymbolicLink(fd)) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException e) {
      return false; // unreadable: treat as not a terminal, which only turns progress bars off
    }
  }
}
