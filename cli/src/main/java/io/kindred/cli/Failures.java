package io.kindred.cli;

import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.io.RecordTooLargeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How errors end a run: usage errors with exit code 2 and a hint, failures with exit code 1 and one line naming the
 * cause. Expected failures (bad data, I/O, options the corpus cannot satisfy) never print a stack trace; anything else
 * is a bug and prints one. Stateless.
 */
final class Failures {

    private Failures() {}

    /** Picocli's parameter exception handler: the message, suggestions, a pointer to the help; exit 2. */
    static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.print("kindred: " + e.getMessage() + "\n");
        UnmatchedArgumentException.printSuggestions(e, err);
        err.print("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Picocli's execution exception handler: one line on standard error, exit 1; but nothing and exit 0 when the reader
     * of standard output closed it (see {@link ListOutput.ClosedPipe}).
     */
    static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof ListOutput.ClosedPipe) {
            return cmd.getCommandSpec().exitCodeOnSuccess();
        }
        if (e instanceof ConflictingSettingsException c) {
            // options that contradict each other once the corpus is known: still a usage error, naming the options
            return usageError(
                    new ParameterException(cmd, VectorizerOptions.options(c) + ": " + c.getMessage(), c),
                    new String[0]);
        }
        PrintWriter err = cmd.getErr();
        err.print("kindred: " + describe(e) + "\n");
        if (!expected(e)) {
            e.printStackTrace(err);
        }
        err.flush();
        return cmd.getCommandSpec().exitCodeOnExecutionException();
    }

    private static boolean expected(Throwable e) {
        return e instanceof IOException
                || e instanceof UncheckedIOException
                || e instanceof IllegalArgumentException
                || e instanceof CommandFailure;
    }

    /**
     * @param e an exception
     * @return a one-line description for users
     */
    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u) {
            return describe(u.getCause());
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        if (e instanceof RecordTooLargeException r) {
            return r.getMessage() + "; raise the limit with --max-record-size, e.g. --max-record-size "
                    + Sizes.format(4 * Math.min(r.limit(), Long.MAX_VALUE / 4));
        }
        if (!expected(e) || e.getMessage() == null) {
            return "unexpected error: " + e;
        }
        return e.getMessage();
    }
}
