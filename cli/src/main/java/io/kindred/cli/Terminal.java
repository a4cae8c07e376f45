package io.kindred.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the standard streams are connected to: a terminal (progress bars are drawn only there) or a pipe (whose reader
 * may stop early, as {@code head} does). Stateless.
 */
final class Terminal {

    private Terminal() {}

    /**
     * On Linux, whether file descriptor 2 is a terminal device ({@code /dev/pts/*} or {@code /dev/tty*}); elsewhere,
     * whether the JVM has a console.
     *
     * @return true if standard error is a terminal
     */
    static boolean isStandardErrorTerminal() {
        String target = linuxDescriptor(2);
        if (target == null) {
            return System.console() != null;
        }
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }

    /** @return true if standard output is known to be a pipe (Linux only) */
    static boolean isStandardOutputPipe() {
        String target = linuxDescriptor(1);
        return target != null && target.startsWith("pipe:");
    }

    /** @return what {@code /proc/self/fd/N} links to, or null if that cannot be known (not Linux, no procfs) */
    private static String linuxDescriptor(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        boolean linux =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        if (!linux || !Files.isSymbolicLink(link)) {
            return null;
        }
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return null; // unknown: no progress bars, and the ordinary message for a failed write
        }
    }
}
