package io.kindred.cli;

import io.kindred.core.concurrent.Workers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a run behaves: worker threads and chattiness.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads; the results do not depend on it. At most twice the cores (more only add"
                    + " overhead): a larger N is lowered, with a note. Default: all cores.")
    private int threads = Workers.availableCores();

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bars and no summary on standard error (skipped records are still reported).")
    private boolean quiet;

    /**
     * @return these options
     * @throws ParameterException if an option is out of range
     */
    RunOptions validated() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, was " + threads);
        }
        return this;
    }

    /** @return the number of worker threads: as given, at most twice the cores */
    int threads() {
        return Math.min(threads, maxThreads());
    }

    /**
     * Tells the user when {@code --threads} was lowered to {@link #threads()}; shown even with {@code --quiet}, as it
     * says that an option was not followed.
     *
     * @param console where to tell
     */
    void noteCap(Console console) {
        if (threads > maxThreads()) {
            console.warn("--threads " + threads + " is more than twice the " + Workers.availableCores()
                    + " cores: using " + maxThreads() + " threads");
        }
    }

    /** The CLI's cap; core runs any explicit count it is given. */
    private static int maxThreads() {
        return 2 * Workers.availableCores();
    }

    /** @return whether to stay quiet */
    boolean quiet() {
        return quiet;
    }
}
