package io.kindred.core.rank;

import java.util.function.Consumer;

/**
 * A {@link RankingStep} bound to an index. Every method has a neutral default, so a step implements only what it does.
 * Implementations are thread-safe: one serves every query of a {@link Recommender}.
 */
interface Bound {

    /** @return which candidates the step lets into the search's lists, or null if it excludes none */
    default Eligibility eligibility() {
        return null;
    }

    /**
     * Work done once before queries, with the caller's threads (fitting the latent space).
     *
     * @param threads worker threads
     */
    default void prepare(int threads) {}

    /** @return true if the step changes pools: queries then score a pool of candidates beyond k */
    default boolean changesPool() {
        return false;
    }

    /**
     * Changes one query's pool.
     *
     * @param pool the pool
     */
    default void apply(Pool pool) {}

    /**
     * @param k list length
     * @return the pool size the step needs for lists of k, or 0 for the default
     */
    default int poolSize(int k) {
        return 0;
    }

    /** @return true if the list is defined over the pool (re-rankers): a deeper pool is never needed for exactness */
    default boolean reranksPool() {
        return false;
    }

    /**
     * @param query a query
     * @return the largest factor the step can multiply a candidate's score by in the query's list (at least 1)
     */
    default double maxFactor(Query query) {
        return 1;
    }

    /**
     * @param query a query
     * @return true if the step reads articles outside the query's pool for its list (pins), so that a change to any
     *     article may change the list
     */
    default boolean readsBeyondPool(Query query) {
        return false;
    }

    /** @return true if the step chooses among all survivors of the pool, so that filters must not stop at k */
    default boolean choosesFromAllSurvivors() {
        return false;
    }

    /**
     * @param rule which candidates may enter a list
     * @return a step that only excludes candidates
     */
    static Bound excluding(Eligibility rule) {
        return new Bound() {
            @Override
            public Eligibility eligibility() {
                return rule;
            }
        };
    }

    /**
     * @param change what the step does to a query's pool
     * @return a step that only changes pools
     */
    static Bound onPool(Consumer<Pool> change) {
        return new OnPool() {
            @Override
            public void apply(Pool pool) {
                change.accept(pool);
            }
        };
    }

    /** A step that changes pools; subclasses say how, and what else they do. */
    abstract class OnPool implements Bound {
        @Override
        public boolean changesPool() {
            return true;
        }
    }

    /** Which candidates may enter a list; thread-safe and fast (called for candidate pairs of all-pairs). */
    @FunctionalInterface
    interface Eligibility {
        /**
         * @param queryId the list's article's id
         * @param queryDate its date in epoch seconds, or {@link RankingContext#NO_DATE}
         * @param candidate a candidate's ordinal
         * @return true if the candidate may enter the list
         */
        boolean eligible(String queryId, long queryDate, int candidate);
    }
}
