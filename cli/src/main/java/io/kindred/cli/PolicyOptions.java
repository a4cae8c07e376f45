package io.kindred.cli;

import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Blocks;
import io.kindred.core.rank.Boosts;
import io.kindred.core.rank.DateStep;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.Pins;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.rank.TimeWindow;
import io.kindred.core.rank.Undated;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.EditorialFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose what a Similar Articles list may hold and how it is ordered beyond raw similarity: each
 * option given adds, changes or removes one step of the preset's {@link RankingPolicy} through core, which validates
 * it. The order in which the steps apply is {@link RankingPolicy#ORDER}; {@link #order()} tells it in options.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class PolicyOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--exclude-ids",
            paramLabel = "ID",
            split = ",",
            description = "Never recommend these articles (they still get lists).")
    private Set<String> excludeIds = Set.of();

    @Option(
            names = "--exclude-sections",
            paramLabel = "SECTION",
            split = ",",
            description = "Never recommend articles of these sections (exact names, e.g. opinion,obituaries).")
    private Set<String> excludeSections = Set.of();

    @Option(
            names = "--past-only",
            description = "Recommend only articles published strictly before the article (a date without a time is"
                    + " the start of that day, UTC: two articles of one day are not before each other).")
    private boolean pastOnly;

    @Option(
            names = "--window-days",
            paramLabel = "DAYS",
            description = "Recommend only articles published within DAYS days before or after the article.")
    private Double windowDays;

    @Option(
            names = "--decay-half-life-days",
            paramLabel = "DAYS",
            description =
                    "Recency decay: multiply scores by a factor that halves every DAYS days between the articles.")
    private Double halfLife;

    @Option(
            names = "--decay",
            paramLabel = "SHAPE",
            description = "exponential (default) or gaussian (flat near the article's date, steep later); needs"
                    + " --decay-half-life-days.")
    private Decay.Shape decay;

    @Option(
            names = "--undated",
            paramLabel = "keep|drop",
            description = "Articles without a date under --past-only, --window-days or --decay-half-life-days (needs"
                    + " one): keep (the default: they pass and are not decayed; an undated article's list ignores the"
                    + " date rule) or drop (never recommended; an undated article's list is empty under --past-only"
                    + " or --window-days).")
    private Undated undated;

    @Option(
            names = "--min-score",
            paramLabel = "SCORE",
            description =
                    "Cut each finished list where its score falls below SCORE (a pure filter, applied last): lists get"
                            + " shorter, never backfilled. Default: 0.")
    private Double minScore;

    @Option(
            names = "--dedup-threshold",
            paramLabel = "COSINE",
            description = "Drop a candidate whose cosine with the article, or with an article higher in the list, is at"
                    + " least COSINE (wire copies, reprints: about 0.9). Default: off.")
    private Double dedupThreshold;

    @Option(
            names = "--mmr-lambda",
            paramLabel = "LAMBDA",
            description =
                    "Diversity (maximal marginal relevance): choose by LAMBDA x score - (1 - LAMBDA) x the highest"
                            + " cosine with the articles already chosen; 1 = relevance only (default), "
                            + "0.7 = some diversity.")
    private Double mmrLambda;

    @Option(
            names = "--editorial",
            paramLabel = "FILE",
            description = "Editors' pins, boosts and blocks, JSON Lines, one per line: {\"article\": \"ID\" or \"*\","
                    + " \"pin\": \"ID\", \"position\": 1}, {\"article\": ..., \"boost\": \"ID\", \"factor\": 1.5}"
                    + " (below 1 buries), {\"article\": ..., \"block\": \"ID\"}.")
    private Path editorial;

    @Option(
            names = "--feedback",
            paramLabel = "M1,M2|none",
            description = "Pseudo-relevance feedback: in each round, re-rank the candidates by their cosine with the"
                    + " article plus its current top M neighbours; none turns it off. Default: the preset's.")
    private FeedbackRounds feedback;

    @Option(
            names = "--feedback-weight",
            paramLabel = "BETA",
            description = "Weight of the neighbours in the expanded article, > 0. Default: the preset's (for a preset"
                    + " without feedback, the news preset's).")
    private Double feedbackWeight;

    @Option(
            names = "--feedback-pool",
            paramLabel = "N",
            description = "Candidates re-ranked by feedback, >= 1. Default: as --feedback-weight.")
    private Integer feedbackPool;

    @Option(
            names = "--latent-dims",
            paramLabel = "N",
            description =
                    "Latent-topic (LSA) re-ranking after feedback, in N dimensions fitted on the corpus; 0 turns it"
                            + " off. Default: the preset's (news: 100).")
    private Integer latentDims;

    @Option(
            names = "--latent-weight",
            paramLabel = "W",
            description = "Weight of the latent cosine added to the ranking score, > 0. Default: the preset's (for a"
                    + " preset without it, the news preset's).")
    private Double latentWeight;

    /**
     * @param preset the preset with the other options applied
     * @return it with every policy option given applied (all but the editorial file, which needs the corpus)
     * @throws ParameterException naming the option, for a value core refuses
     */
    Preset apply(Preset preset) {
        Overrides o = new Overrides(spec);
        RankingPolicy p = preset.policy();
        p = o.apply(p, "--exclude-ids", excludeIds.isEmpty() ? null : excludeIds, (x, v) -> x.with(new ExcludeIds(v)));
        p = o.apply(
                p,
                "--exclude-sections",
                excludeSections.isEmpty() ? null : excludeSections,
                (x, v) -> x.with(new ExcludeSections(v)));
        p = o.apply(p, "--past-only", pastOnly ? Boolean.TRUE : null, (x, v) -> x.with(new PastOnly()));
        p = o.apply(p, "--window-days", windowDays, (x, v) -> x.with(new TimeWindow(v)));
        if (decay != null && halfLife == null) {
            throw o.usage("--decay needs --decay-half-life-days");
        }
        p = o.apply(
                p,
                "--decay-half-life-days",
                halfLife,
                (x, v) -> x.with(new Decay(decay == null ? Decay.Shape.EXPONENTIAL : decay, v)));
        p = o.apply(
                p,
                "--undated",
                undated,
                RankingPolicy::withUndated,
                "give --past-only, --window-days or --decay-half-life-days too");
        p = o.apply(p, "--min-score", minScore, (x, v) -> v == 0 ? x.without(MinScore.class) : x.with(new MinScore(v)));
        p = o.apply(p, "--dedup-threshold", dedupThreshold, (x, v) -> x.with(new NearDuplicates(v)));
        p = o.apply(p, "--mmr-lambda", mmrLambda, (x, v) -> v == 1 ? x.without(Mmr.class) : x.with(new Mmr(v)));
        p = o.apply(
                p,
                "--feedback",
                feedback,
                (x, v) -> v.rounds().isEmpty()
                        ? x.without(Feedback.class)
                        : x.with(x.step(Feedback.class)
                                .map(f -> f.withRounds(v.rounds()))
                                .orElse(Feedback.rounds(v.rounds()))));
        String feedbackOff = "give --feedback M1,M2 too";
        p = o.apply(
                p,
                "--feedback-weight",
                feedbackWeight,
                (x, v) -> x.update(Feedback.class, f -> f.withWeight(v)),
                feedbackOff);
        p = o.apply(
                p,
                "--feedback-pool",
                feedbackPool,
                (x, v) -> x.update(Feedback.class, f -> f.withPool(v)),
                feedbackOff);
        p = o.apply(
                p,
                "--latent-dims",
                latentDims,
                (x, v) -> v == 0
                        ? x.without(Latent.class)
                        : x.with(x.step(Latent.class)
                                .map(l -> l.withDims(v))
                                .orElse(new Latent(v, Latent.DEFAULT_WEIGHT))));
        p = o.apply(
                p,
                "--latent-weight",
                latentWeight,
                (x, v) -> x.update(Latent.class, l -> l.withWeight(v)),
                "give --latent-dims N too");
        return preset.withPolicy(p);
    }

    /** @return the options given that change a fitted model rather than a request: {@code --latent-dims} */
    List<String> givenModelOptions() {
        return latentDims == null ? List.of() : List.of("--latent-dims");
    }

    /**
     * Refuses {@code --editorial}, for a command that stores its policy: the editors' overrides are not settings.
     *
     * @param hint where they are given instead
     * @throws ParameterException if it was given
     */
    void refuseEditorial(String hint) {
        if (editorial != null) {
            throw new Overrides(spec).usage("--editorial: an index does not store the editors' overrides; " + hint);
        }
    }

    /**
     * The editors' overrides of {@code --editorial}, as ranking steps; the file's ids are checked against the corpus.
     *
     * @param index the corpus
     * @param input how strictly files are read ({@code --skip-invalid})
     * @param console where skipped overrides are reported
     * @return the steps (none without the option)
     * @throws IOException if the file cannot be read or has an invalid line
     */
    List<RankingStep> editorial(SimilarityIndex index, InputOptions input, Console console) throws IOException {
        if (editorial == null) {
            return List.of();
        }
        EditorialFile.Loaded loaded =
                EditorialFile.read(editorial, id -> index.ordinal(id) >= 0, input.readOptions(console));
        InputOptions.reportSkipped(console, loaded.skipped(), "override", editorial.toString());
        return loaded.editorial().steps();
    }

    /**
     * @param step a step class of {@link RankingPolicy#ORDER}
     * @return the option that adds it, for the help text's account of the order
     */
    static String optionOf(Class<? extends RankingStep> step) {
        return OPTIONS.get(step);
    }

    /**
     * @param dated the date steps of a policy
     * @return the options that add them, e.g. {@code --past-only, --decay-half-life-days with --undated drop}
     */
    static String describe(List<DateStep> dated) {
        String options = String.join(
                ", ", dated.stream().map(s -> optionOf(s.getClass())).toList());
        return dated.stream().anyMatch(s -> s.undated() == Undated.DROP) ? options + " with --undated drop" : options;
    }

    private static final Map<Class<? extends RankingStep>, String> OPTIONS = Map.ofEntries(
            Map.entry(ExcludeIds.class, "--exclude-ids"),
            Map.entry(ExcludeSections.class, "--exclude-sections"),
            Map.entry(PastOnly.class, "--past-only"),
            Map.entry(TimeWindow.class, "--window-days"),
            Map.entry(Blocks.class, "--editorial blocks"),
            Map.entry(Feedback.class, "--feedback"),
            Map.entry(Latent.class, "--latent-dims"),
            Map.entry(Decay.class, "--decay-half-life-days"),
            Map.entry(Boosts.class, "--editorial boosts"),
            Map.entry(MinScore.class, "--min-score"),
            Map.entry(NearDuplicates.class, "--dedup-threshold"),
            Map.entry(Mmr.class, "--mmr-lambda"),
            Map.entry(Pins.class, "--editorial pins"));

    /**
     * The order in which the ranking options apply, from {@link RankingPolicy#ORDER}, for help texts.
     *
     * @return e.g. {@code --exclude-ids, --exclude-sections, ...}
     */
    static String order() {
        return String.join(
                ", ", RankingPolicy.ORDER.stream().map(PolicyOptions::optionOf).toList());
    }
}
