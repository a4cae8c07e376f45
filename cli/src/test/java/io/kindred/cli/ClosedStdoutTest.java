package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kindred recommend | head -3}, end to end in a child JVM: the reader closes the pipe after three lines; the run
 * ends quietly with exit code 0.
 */
class ClosedStdoutTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aReaderThatStopsEarlyEndsTheRunQuietly() throws Exception {
        Path err = dir.resolve("err.txt");
        // megabytes of lists, so that most are written after the reader is gone
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Kindred.class.getName(),
                        "recommend",
                        "-k",
                        "100",
                        "--explain",
                        "20")
                .redirectError(err.toFile())
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                assertTrue(out.readLine().startsWith("{\"id\": "));
            }
            out.close();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES), "the run did not end");
            assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
            assertEquals(0, child.exitValue());
        } finally {
            child.destroyForcibly();
        }
    }
}
