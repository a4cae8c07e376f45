package io.kindred.core.rank;

import java.util.List;

/**
 * Pseudo-relevance feedback (Rocchio, 1971): re-orders a pool of the best candidates by their cosine with an expanded
 * query (the scores shown stay the plain cosines),
 *
 * <pre>
 *   q' = q + weight · (1/m) Σ_{j ∈ top m} d_j        (then normalised; d_j are the candidates' vectors)
 * </pre>
 *
 * where the top m are taken from the current ranking of the pool; each entry of {@code rounds} is one round with its m,
 * applied in order. It pulls the list towards the story or topic the query's closest neighbours share, so one stray
 * shared name counts less. Deterministic: exact dot products in double precision; ties by input order. Immutable.
 *
 * @param rounds the m of each round, each &gt;= 1; empty = no feedback
 * @param weight β, &gt; 0
 * @param pool number of base candidates re-ranked, &gt;= 1
 */
public record Feedback(List<Integer> rounds, double weight, int pool) {

    /** No feedback. */
    public static final Feedback NONE = new Feedback(List.of(), 1, 1);

    /** Validates. */
    public Feedback {
        rounds = List.copyOf(rounds);
        for (int m : rounds) {
            if (m < 1) {
                throw new IllegalArgumentException("feedback neighbours per round must be >= 1, was " + m);
            }
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("feedback weight must be > 0, was " + weight);
        }
        if (pool < 1) {
            throw new IllegalArgumentException("feedback pool must be >= 1, was " + pool);
        }
    }

    /** @return true if at least one round is configured */
    public boolean enabled() {
        return !rounds.isEmpty();
    }
}
