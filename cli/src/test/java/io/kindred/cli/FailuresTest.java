package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Failures end with exit code 1 and one line; only bugs print a stack trace; a closed pipe ends quietly with 0. */
class FailuresTest {

    /** @return what the failure prints on standard error, after checking its exit code */
    private static String fail(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine(err);
        assertEquals(1, Failures.failure(e, cl, null));
        return err.toString();
    }

    @Test
    void expectedFailuresAreOneLine() {
        assertEquals("kindred: no such file: a.jsonl\n", fail(new NoSuchFileException("a.jsonl")));
    }

    @Test
    void permissionDenied() {
        assertEquals(
                "kindred: permission denied: /x\n", fail(new UncheckedIOException(new AccessDeniedException("/x"))));
    }

    @Test
    void dataErrors() {
        assertEquals("kindred: empty vocabulary\n", fail(new IllegalArgumentException("empty vocabulary")));
        assertEquals("kindred: disk full\n", fail(new IOException("disk full")));
    }

    @Test
    void aClosedPipeIsQuietAndNoFailure() {
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine(err);
        assertEquals(0, Failures.failure(new ListOutput.ClosedPipe(), cl, null));
        assertEquals("", err.toString());
    }

    @Test
    void bugsShowTheirStackTrace() {
        String out = fail(new NullPointerException("oops"));
        assertTrue(out.startsWith("kindred: unexpected error: java.lang.NullPointerException: oops\n"), out);
        assertTrue(out.contains("\tat "), out);
    }

    /** @return the CLI, its standard error into {@code err} */
    private static CommandLine commandLine(StringWriter err) {
        return Kindred.commandLine(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                new ByteArrayInputStream(new byte[0]),
                false);
    }
}
