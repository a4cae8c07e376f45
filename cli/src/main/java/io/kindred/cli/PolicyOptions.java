package io.kindred.cli;

import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.io.EditorialFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose what a Similar Articles list may hold and how it is ordered beyond raw similarity, and the
 * one place where they become a {@link RankingPolicy}: the preset's policy (its pseudo-relevance feedback), with each
 * option given overriding one setting. The order in which the policies apply is {@link RankingPolicy}'s.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class PolicyOptions {

    /** The recency decay curves. */
    enum DecayShape {
        /** 0.5^(Δ / half-life). */
        EXPONENTIAL,
        /** 0.5^((Δ / half-life)²). */
        GAUSSIAN
    }

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

    @Option(names = "--past-only", description = "Recommend only articles published before the article.")
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
    private DecayShape decay;

    @Option(
            names = "--min-score",
            paramLabel = "SCORE",
            description =
                    "Drop similar articles that score below SCORE: lists get shorter, never backfilled. Default: 0.")
    private double minScore;

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
     * Checks the options that need no corpus, so that a usage error comes before any work.
     *
     * @param preset the preset chosen
     * @return these options
     * @throws ParameterException if an option is out of range or needs another
     */
    PolicyOptions validated(Preset preset) {
        if (windowDays != null && !(windowDays >= 0 && windowDays < Double.POSITIVE_INFINITY)) {
            throw usage("--window-days must be a finite number >= 0, was " + windowDays);
        }
        if (halfLife != null && !(halfLife > 0 && halfLife < Double.POSITIVE_INFINITY)) {
            throw usage("--decay-half-life-days must be a finite number > 0, was " + halfLife);
        }
        if (decay != null && halfLife == null) {
            throw usage("--decay needs --decay-half-life-days");
        }
        if (!(minScore >= 0) || Double.isInfinite(minScore)) {
            throw usage("--min-score must be a finite number >= 0, was " + minScore);
        }
        if (dedupThreshold != null && !(dedupThreshold > 0 && dedupThreshold <= 1)) {
            throw usage("--dedup-threshold must be a cosine in (0, 1], was " + dedupThreshold);
        }
        if (mmrLambda != null && !(mmrLambda >= 0 && mmrLambda <= 1)) {
            throw usage("--mmr-lambda must be in [0, 1], was " + mmrLambda);
        }
        if (feedbackWeight != null && !(feedbackWeight > 0 && feedbackWeight < Double.POSITIVE_INFINITY)) {
            throw usage("--feedback-weight must be a finite number > 0, was " + feedbackWeight);
        }
        if (feedbackPool != null && feedbackPool < 1) {
            throw usage("--feedback-pool must be >= 1, was " + feedbackPool);
        }
        if (latentDims != null && latentDims < 0) {
            throw usage("--latent-dims must be >= 0, was " + latentDims);
        }
        if (latentWeight != null && !(latentWeight > 0 && latentWeight < Double.POSITIVE_INFINITY)) {
            throw usage("--latent-weight must be a finite number > 0, was " + latentWeight);
        }
        feedback(preset.feedback());
        latent(preset.latent());
        return this;
    }

    /**
     * The policy: the preset's, with the options given. Call {@link #validated(Preset)} first.
     *
     * @param preset the preset chosen
     * @param index the corpus, against which the editorial file's ids are checked
     * @param input how strictly files are read ({@code --skip-invalid})
     * @param console where skipped overrides are reported
     * @return the policy
     * @throws IOException if the editorial file cannot be read or has an invalid line
     */
    RankingPolicy policy(Preset preset, SimilarityIndex index, InputOptions input, Console console) throws IOException {
        RankingPolicy.Builder policy = preset.policy().toBuilder()
                .feedback(feedback(preset.feedback()))
                .latent(latent(preset.latent()))
                .excludeIds(excludeIds)
                .excludeSections(excludeSections)
                .pastOnly(pastOnly)
                .minScore(minScore);
        if (windowDays != null) {
            policy.windowDays(windowDays);
        }
        if (halfLife != null) {
            policy.decay(decay == DecayShape.GAUSSIAN ? Decay.gaussian(halfLife) : Decay.exponential(halfLife));
        }
        if (dedupThreshold != null) {
            policy.dedupThreshold(dedupThreshold);
        }
        if (mmrLambda != null) {
            policy.mmrLambda(mmrLambda);
        }
        if (editorial != null) {
            EditorialFile.Loaded loaded =
                    EditorialFile.read(editorial, id -> index.ordinal(id) >= 0, input.readOptions(console));
            InputOptions.reportSkipped(console, loaded.skipped(), "override", editorial.toString());
            policy.editorial(loaded.editorial());
        }
        return policy.build();
    }

    /**
     * The preset's feedback with the options given; a preset without feedback takes its weight and pool from the news
     * preset's.
     */
    private Feedback feedback(Feedback preset) {
        List<Integer> rounds = feedback != null ? feedback.rounds() : preset.rounds();
        Feedback defaults = preset.enabled() ? preset : Preset.NEWS.feedback();
        if (rounds.isEmpty()) {
            if (feedbackWeight != null || feedbackPool != null) {
                throw usage((feedbackWeight != null ? "--feedback-weight" : "--feedback-pool")
                        + " has no effect without feedback rounds: give --feedback M1,M2 too");
            }
            return Feedback.NONE;
        }
        return new Feedback(
                rounds,
                feedbackWeight != null ? feedbackWeight : defaults.weight(),
                feedbackPool != null ? feedbackPool : defaults.pool());
    }

    /** The preset's latent re-ranking with the options given (weight from the news preset if the preset has none). */
    private Latent latent(Latent preset) {
        int dims = latentDims != null ? latentDims : preset.dims();
        if (dims == 0) {
            if (latentWeight != null) {
                throw usage("--latent-weight has no effect without latent dimensions: give --latent-dims N too");
            }
            return Latent.NONE;
        }
        double defaultWeight =
                preset.enabled() ? preset.weight() : Preset.NEWS.latent().weight();
        return new Latent(dims, latentWeight != null ? latentWeight : defaultWeight);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
