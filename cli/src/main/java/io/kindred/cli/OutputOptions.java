package io.kindred.cli;

import io.kindred.io.AtomicOutput;
import io.kindred.io.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where and how the lists are written.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = {
                "Write the lists to FILE, atomically: it appears complete or not at all, and an existing "
                        + "FILE stays as it"
                        + " was if the run fails. A name ending in .gz is compressed. Default: standard output."
            })
    private Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "jsonl (one object per line), json (an array) or csv (one row per pair). Default: from the"
                    + " output file's name, else jsonl.")
    private OutputFormat format;

    @Option(
            names = "--explain",
            paramLabel = "N",
            description =
                    "Add to each similar article why it is similar: its cosine with the article, the N shared terms"
                            + " that contribute most, each with its contribution, and the rest (terms + "
                            + "rest = cosine). JSON: an"
                            + " \"explain\" object; CSV: an explain column term:0.120000|term:0.050000. "
                            + "Default: 0 (none).")
    private int explain;

    /**
     * @return the number of terms in each explanation; 0 for none
     * @throws ParameterException if negative
     */
    int explain() {
        if (explain < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--explain must be >= 0 (terms per explanation), was " + explain);
        }
        return explain;
    }

    /** @return the output format: explicit, else the output file name's, else JSON Lines */
    OutputFormat format() {
        if (format != null) {
            return format;
        }
        return output == null
                ? OutputFormat.JSONL
                : OutputFormat.fromFileName(output.toString()).orElse(OutputFormat.JSONL);
    }

    /**
     * Opens the output; a file is created (as a temporary file) now, so that an unwritable destination fails before any
     * work.
     *
     * @param stdout standard output
     * @return the output
     * @throws IOException if the output file cannot be created
     */
    ListOutput open(PrintWriter stdout) throws IOException {
        return output == null ? ListOutput.of(stdout) : ListOutput.of(AtomicOutput.create(output));
    }
}
