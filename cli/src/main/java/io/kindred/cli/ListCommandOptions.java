package io.kindred.cli;

import io.kindred.core.preset.Preset;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.rank.Undated;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options of a command that writes lists ({@code recommend}, {@code similar}): input, output, list length, vector
 * space, ranking policies and run; and the steps such a command takes with them, in this order: check every option
 * (usage errors before any work), open the output, read and index the corpus, make the recommender.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class ListCommandOptions {

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    ListOptions lists;

    @Mixin
    VectorizerOptions vectors;

    @Mixin
    PolicyOptions policies;

    @Mixin
    RunOptions run;

    /**
     * Checks every option and returns the run they describe.
     *
     * @param parent the main command, for the console and standard input
     * @param spec the subcommand, for its writers
     * @return the run
     * @throws picocli.CommandLine.ParameterException for an option out of range or options that contradict each other
     */
    Run start(Kindred parent, CommandSpec spec) {
        int k = lists.validated().k();
        int threads = run.validated().threads();
        int explain = output.explain();
        Preset settings = policies.apply(vectors.apply());
        OutputFormat format = output.format();
        Console console = parent.console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        return new Run(parent, spec, k, threads, explain, settings, format, console);
    }

    /**
     * A run of a list command, its options checked.
     *
     * @param parent the main command
     * @param spec the subcommand
     * @param k list length
     * @param threads worker threads
     * @param explain terms per explanation, 0 for none
     * @param settings the preset with every option applied (the editorial file aside)
     * @param format the output format
     * @param console where progress, warnings and the summary go
     */
    record Run(
            Kindred parent,
            CommandSpec spec,
            int k,
            int threads,
            int explain,
            Preset settings,
            OutputFormat format,
            Console console) {}

    /**
     * @param r the run
     * @return the output, created now so that an unwritable destination fails before any work
     * @throws IOException if the output file cannot be created
     */
    ListOutput open(Run r) throws IOException {
        return output.open(r.spec().commandLine().getOut());
    }

    /**
     * Reads the corpus and indexes it while it is read.
     *
     * @param r the run
     * @return the index, and when the last article was read
     * @throws IOException if the input cannot be read or has an invalid record
     */
    InputOptions.Indexed index(Run r) throws IOException {
        InputStream stdin = r.parent().stdin();
        return input.index(r.console(), stdin, r.settings().vectorizer(), r.threads());
    }

    /**
     * @param r the run
     * @param index the indexed corpus
     * @return the recommender of the run's policy, with the editors' overrides of {@code --editorial}; a date policy
     *     over a corpus without any date is warned about first; its entries record each step's contribution to their
     *     scores when the run explains
     * @throws IOException if the editorial file cannot be read or has an invalid line
     */
    Recommender recommender(Run r, SimilarityIndex index) throws IOException {
        RankingPolicy policy = r.settings().policy();
        if (!policy.dateSteps().isEmpty() && index.size() > 0 && Pipeline.undated(index) == index.size()) {
            r.console()
                    .warn(PolicyOptions.describe(policy.dateSteps()) + ": no article of " + input.describe()
                            + " has a date (field \"date\"), so "
                            + (policy.dateSteps().stream().anyMatch(s -> s.undated() == Undated.DROP)
                                    ? "every list is empty"
                                    : "no list changes"));
        }
        return new Recommender(index, policy.with(policies.editorial(index, input, r.console())), r.explain() > 0);
    }
}
