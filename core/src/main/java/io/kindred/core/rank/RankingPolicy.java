package io.kindred.core.rank;

import java.util.Objects;
import java.util.Set;

/**
 * What a "Similar Articles" list may contain and how it is ordered beyond raw similarity. Applied by
 * {@link Recommender} in this order:
 *
 * <ol>
 *   <li><b>eligibility</b>, inside the search (lists are filled with the best eligible articles): never the article
 *       itself; not {@code excludeIds}; not in {@code excludeSections}; with {@code pastOnly}, only articles published
 *       before the query article; with {@code windowDays}, only articles published within ± that many days of it; not
 *       blocked by the {@link Editorial} overrides. Undated articles pass the date rules (nothing is known against
 *       them);
 *   <li><b>feedback</b> re-ranking of the candidate pool ({@link Feedback}): it changes the order only; the score a
 *       list shows stays the cosine with the query article, so that thresholds keep their meaning;
 *   <li><b>latent</b> re-ranking ({@link Latent}): the latent cosine, times its weight, added to the ranking score
 *       after feedback; again the order only;
 *   <li><b>adjustment</b>: order and score × recency {@link Decay} × editorial boost;
 *   <li><b>minimum score</b>: candidates whose adjusted cosine is below {@code minScore} are dropped; lists are never
 *       padded to k with weaker articles;
 *   <li><b>near-duplicates</b>: going down the list, a candidate is dropped if its cosine with the query article, or
 *       with a candidate already kept, is at least {@code dedupThreshold} (wire copies, reprints);
 *   <li><b>diversity</b> (MMR, Carbonell and Goldstein 1998): with {@code mmrLambda} &lt; 1 the list is chosen greedily
 *       by {@code λ · score − (1 − λ) · max cosine with the articles already chosen};
 *   <li>the first k; then editorial <b>pins</b> are put at their positions (shifting the others down) and the list is
 *       cut to k again.
 * </ol>
 *
 * Immutable and thread-safe.
 *
 * @param excludeIds ids never recommended
 * @param excludeSections sections never recommended (exact match)
 * @param pastOnly only articles published before the query article
 * @param windowDays only articles within ± this many days ({@link Double#POSITIVE_INFINITY} = no window)
 * @param decay recency decay
 * @param minScore minimum adjusted score, &gt;= 0 (0 = keep every positive score)
 * @param dedupThreshold cosine at or above which two articles are the same story ({@link #NO_DEDUP} = off)
 * @param mmrLambda relevance/diversity trade-off in [0, 1] (1 = relevance only)
 * @param feedback pseudo-relevance feedback
 * @param latent latent-topic re-ranking, after feedback
 * @param editorial editors' overrides
 */
public record RankingPolicy(
        Set<String> excludeIds,
        Set<String> excludeSections,
        boolean pastOnly,
        double windowDays,
        Decay decay,
        double minScore,
        double dedupThreshold,
        double mmrLambda,
        Feedback feedback,
        Latent latent,
        Editorial editorial) {

    /** Value of {@code dedupThreshold} that turns near-duplicate suppression off. */
    public static final double NO_DEDUP = Double.POSITIVE_INFINITY;

    /** Plain similarity: no filter, no re-ranking. */
    public static final RankingPolicy NONE = builder().build();

    /** Validates. */
    public RankingPolicy {
        excludeIds = Set.copyOf(excludeIds);
        excludeSections = Set.copyOf(excludeSections);
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(latent, "latent");
        Objects.requireNonNull(editorial, "editorial");
        if (!(windowDays >= 0)) {
            throw new IllegalArgumentException("window must be >= 0 days, was " + windowDays);
        }
        if (!(minScore >= 0) || Double.isInfinite(minScore)) {
            throw new IllegalArgumentException("min score must be >= 0, was " + minScore);
        }
        if (!(dedupThreshold > 0)) {
            throw new IllegalArgumentException("dedup threshold must be > 0, was " + dedupThreshold);
        }
        if (!(mmrLambda >= 0 && mmrLambda <= 1)) {
            throw new IllegalArgumentException("MMR lambda must be in [0, 1], was " + mmrLambda);
        }
    }

    /** @return a builder with no policy at all */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this policy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.excludeIds = excludeIds;
        b.excludeSections = excludeSections;
        b.pastOnly = pastOnly;
        b.windowDays = windowDays;
        b.decay = decay;
        b.minScore = minScore;
        b.dedupThreshold = dedupThreshold;
        b.mmrLambda = mmrLambda;
        b.feedback = feedback;
        b.latent = latent;
        b.editorial = editorial;
        return b;
    }

    /** @return true if some eligibility rule can exclude a candidate */
    boolean filters() {
        return !excludeIds.isEmpty()
                || !excludeSections.isEmpty()
                || pastOnly
                || windowDays != Double.POSITIVE_INFINITY
                || editorial.hasBlocks();
    }

    /** @return true if the order of a list can differ from the order of raw similarity */
    boolean reranks() {
        return feedback.enabled()
                || latent.enabled()
                || decay.shape() != Decay.Shape.NONE
                || !editorial.isEmpty()
                || dedupThreshold != NO_DEDUP
                || mmrLambda < 1
                || minScore > 0;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private Set<String> excludeIds = Set.of();
        private Set<String> excludeSections = Set.of();
        private boolean pastOnly;
        private double windowDays = Double.POSITIVE_INFINITY;
        private Decay decay = Decay.NONE;
        private double minScore;
        private double dedupThreshold = NO_DEDUP;
        private double mmrLambda = 1;
        private Feedback feedback = Feedback.NONE;
        private Latent latent = Latent.NONE;
        private Editorial editorial = Editorial.NONE;

        private Builder() {}

        /** @param ids ids never recommended @return this */
        public Builder excludeIds(Set<String> ids) {
            this.excludeIds = ids;
            return this;
        }

        /** @param sections sections never recommended @return this */
        public Builder excludeSections(Set<String> sections) {
            this.excludeSections = sections;
            return this;
        }

        /** @param pastOnly only earlier articles @return this */
        public Builder pastOnly(boolean pastOnly) {
            this.pastOnly = pastOnly;
            return this;
        }

        /** @param days time window, ± days @return this */
        public Builder windowDays(double days) {
            this.windowDays = days;
            return this;
        }

        /** @param decay recency decay @return this */
        public Builder decay(Decay decay) {
            this.decay = decay;
            return this;
        }

        /** @param minScore minimum adjusted score @return this */
        public Builder minScore(double minScore) {
            this.minScore = minScore;
            return this;
        }

        /** @param threshold near-duplicate cosine threshold @return this */
        public Builder dedupThreshold(double threshold) {
            this.dedupThreshold = threshold;
            return this;
        }

        /** @param lambda MMR trade-off @return this */
        public Builder mmrLambda(double lambda) {
            this.mmrLambda = lambda;
            return this;
        }

        /** @param latent latent-topic re-ranking @return this */
        public Builder latent(Latent latent) {
            this.latent = latent;
            return this;
        }

        /** @param feedback pseudo-relevance feedback @return this */
        public Builder feedback(Feedback feedback) {
            this.feedback = feedback;
            return this;
        }

        /** @param editorial editors' overrides @return this */
        public Builder editorial(Editorial editorial) {
            this.editorial = editorial;
            return this;
        }

        /** @return the policy */
        public RankingPolicy build() {
            return new RankingPolicy(
                    excludeIds,
                    excludeSections,
                    pastOnly,
                    windowDays,
                    decay,
                    minScore,
                    dedupThreshold,
                    mmrLambda,
                    feedback,
                    latent,
                    editorial);
        }
    }
}
