package io.kindred.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The length of each Similar Articles list. (What a list may hold and in which order is {@link PolicyOptions}.)
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class ListOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = {"-k", "--top-k"},
            paramLabel = "K",
            description =
                    "Articles per list, at most. Default: 10; for lists read from an index (--index), the length of"
                            + " the lists it keeps.")
    private int k = 10;

    /**
     * @return these options
     * @throws ParameterException if an option is out of range
     */
    ListOptions validated() {
        if (k < 1) {
            throw new ParameterException(spec.commandLine(), "--top-k must be >= 1, was " + k);
        }
        return this;
    }

    /** @return the list length */
    int k() {
        return k;
    }

    /**
     * @param stored the length of the lists a stored index keeps
     * @return the list length given, else that one (a lookup)
     */
    int k(int stored) {
        return spec.commandLine().getParseResult().hasMatchedOption("--top-k") ? k : stored;
    }
}
