package io.kindred.cli;

import io.kindred.io.AtomicOutput;
import io.kindred.io.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where and how the lists are written.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class OutputOptions {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = {
        "Write the lists to FILE, atomically: it appears complete or not at all, and an existing FILE stays as it"
            + " was if the run fails. A name ending in .gz is compressed. Default: standard output."
      })
  private Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl (one object per line), json (an array) or csv (one row per pair). Default: from the"
          + " output file's name, else jsonl.")
  private OutputFormat format;

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
   * Opens the output; a file is created (as a temporary file) now, so that an unwritable destination fails
   * before any work.
   *
   * @param stdout standard output
   * @return the output
   * @throws IOException if the output file cannot be created
   */
  ListOutput open(PrintWriter stdout) throws IOException {
    return output == null ? ListOutput.of(stdout) : ListOutput.of(AtomicOutput.create(output));
  }
}
