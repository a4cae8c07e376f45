package io.kindred.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * Why two articles are similar: the shared terms that contribute most to their cosine, each with its contribution
 * {@code q_t · d_t}, and the sum of all other contributions, so that {@code Σ terms + rest == score} (up to rounding).
 * Immutable.
 *
 * @param score the dot product of the two vectors (the cosine for L2-normalised vectors)
 * @param terms the largest contributions, largest first (ties by term)
 * @param rest the sum of the contributions not listed
 */
public record Explanation(double score, List<TermContribution> terms, double rest) {

    /**
     * Copies the list.
     *
     * @param score see {@link #score()}
     * @param terms see {@link #terms()}
     * @param rest see {@link #rest()}
     */
    public Explanation {
        terms = List.copyOf(terms);
    }

    /**
     * One shared term.
     *
     * @param term the term (as analysed: lowercased, maybe stemmed)
     * @param contribution its share of the score
     */
    public record TermContribution(String term, double contribution) {
        /**
         * Validates.
         *
         * @param term see {@link #term()}
         * @param contribution see {@link #contribution()}
         */
        public TermContribution {
            Objects.requireNonNull(term, "term");
        }
    }
}
