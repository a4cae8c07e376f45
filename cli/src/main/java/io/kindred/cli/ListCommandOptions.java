package io.kindred.cli;

import io.kindred.core.live.LiveIndex;
import io.kindred.core.preset.Preset;
import io.kindred.core.preset.PresetCodec;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.rank.Undated;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of a command that writes lists ({@code recommend}, {@code similar}): input (a corpus, or a stored index),
 * output, list length, vector space, ranking policies and run; and the steps such a command takes with them, in this
 * order: check every option (usage errors before any work; over a stored index, once it is open, as its settings are
 * the base), open the output, read and index the corpus, make the recommender.
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

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Read the lists from a live index (kindred index build) instead of fitting a corpus: no"
                    + " fit, the index's settings. Ranking options apply per request; options that change the fitted"
                    + " model (analysis, weighting, --preset, --latent-dims) are refused.")
    private Path index;

    /**
     * Checks every option and returns the run they describe.
     *
     * @param parent the main command, for the console and standard input
     * @param spec the subcommand, for its writers
     * @return the run
     * @throws picocli.CommandLine.ParameterException for an option out of range or options that contradict each other
     */
    Run start(Kindred parent, CommandSpec spec) {
        return start(parent, spec, lists.validated().k(), policies.apply(vectors.apply()));
    }

    /**
     * Checks every option for lists read from a stored index and returns the run they describe: the index's settings
     * with the ranking options applied.
     *
     * @param parent the main command
     * @param spec the subcommand
     * @param live the index, open
     * @return the run
     * @throws picocli.CommandLine.ParameterException for an option out of range, options that contradict each other, or
     *     options that would change the index's fitted model (naming them, and each setting's two values)
     */
    Run start(Kindred parent, CommandSpec spec, LiveIndex live) {
        Preset stored = live.preset();
        Preset requested = policies.apply(vectors.applyTo(stored));
        List<PresetCodec.Difference> changes = PresetCodec.modelDifferences(stored, requested);
        if (!changes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), modelChange(changes));
        }
        return start(parent, spec, lists.validated().k(live.k()), requested);
    }

    private Run start(Kindred parent, CommandSpec spec, int k, Preset settings) {
        int threads = run.validated().threads();
        int explain = output.explain();
        OutputFormat format = output.format();
        Console console = parent.console(spec.commandLine().getErr(), run.quiet());
        run.noteCap(console);
        return new Run(parent, spec, k, threads, explain, settings, format, console);
    }

    /** Names the options given that change the differing settings (any model option given, failing that). */
    private String modelChange(List<PresetCodec.Difference> changes) {
        List<String> given = new ArrayList<>(vectors.given());
        given.addAll(policies.givenModelOptions());
        Set<String> changing = new LinkedHashSet<>();
        for (PresetCodec.Difference d : changes) {
            changing.addAll(VectorizerOptions.optionsChanging(d.setting()));
        }
        changing.add("--preset");
        List<String> named = given.stream().filter(changing::contains).toList();
        return String.join(", ", named.isEmpty() ? given : named)
                + " would change the model the index " + index + " was fitted with ("
                + String.join(
                        "; ",
                        changes.stream().map(PresetCodec.Difference::toString).toList())
                + "): an index keeps the settings it was built with; leave the option out, or build another index"
                + " (kindred index build)";
    }

    /** @return whether the lists come from a stored index ({@code --index}) */
    boolean stored() {
        return index != null;
    }

    /**
     * Opens the stored index of {@code --index}.
     *
     * @return the index, open
     * @throws picocli.CommandLine.ParameterException if a corpus was given too
     * @throws IOException if the folder holds no index, a damaged file (named) or cannot be read
     */
    LiveIndex openIndex() throws IOException {
        input.refuseCorpus("--index");
        return IndexFolder.open(index, run.validated().threads());
    }

    /** @return the index folder, for messages */
    String describeIndex() {
        return "the index " + index;
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
        return new Recommender(index, policy(r, index), r.explain() > 0);
    }

    /**
     * @param r the run
     * @param index the articles (indexed corpus or stored index)
     * @return the run's policy, with the editors' overrides of {@code --editorial}; a date policy over articles without
     *     any date is warned about first
     * @throws IOException if the editorial file cannot be read or has an invalid line
     */
    RankingPolicy policy(Run r, SimilarityIndex index) throws IOException {
        RankingPolicy policy = r.settings().policy();
        if (!policy.dateSteps().isEmpty() && index.size() > 0 && Pipeline.undated(index) == index.size()) {
            r.console()
                    .warn(PolicyOptions.describe(policy.dateSteps()) + ": no article of " + describeSource()
                            + " has a date (field \"date\"), so "
                            + (policy.dateSteps().stream().anyMatch(s -> s.undated() == Undated.DROP)
                                    ? "every list is empty"
                                    : "no list changes"));
        }
        return policy.with(policies.editorial(index, input, r.console()));
    }

    /** @return where the articles come from, for messages: the input, or the index */
    String describeSource() {
        return stored() ? describeIndex() : input.describe();
    }
}
