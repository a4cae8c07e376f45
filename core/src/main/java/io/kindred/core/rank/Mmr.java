package io.kindred.core.rank;

import io.kindred.core.vector.DocumentVectors;
import java.util.Map;

/**
 * Diversity by maximal marginal relevance (Carbonell and Goldstein, 1998): the list is chosen greedily among the
 * surviving candidates by {@code λ · score − (1 − λ) · the highest cosine with the articles already chosen}; ties by
 * the current order. An entry's score in the list is that value when it was chosen, which never increases from one
 * choice to the next (the highest cosines only grow). With λ = 1 it is the plain order. Immutable.
 */
public final class Mmr extends RankingStep {

    private final double lambda;

    /**
     * @param lambda the relevance/diversity trade-off, in (0, 1] (1 = relevance only; 0, diversity alone, would ignore
     *     how similar the articles are to the list's)
     * @throws IllegalArgumentException otherwise
     */
    public Mmr(double lambda) {
        if (!(lambda > 0 && lambda <= 1)) {
            throw new IllegalArgumentException("MMR lambda must be in (0, 1], was " + lambda);
        }
        this.lambda = lambda;
    }

    /** @return λ */
    public double lambda() {
        return lambda;
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("lambda", lambda);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound.OnPool() {
            @Override
            public boolean reranksPool() {
                return true;
            }

            @Override
            public boolean choosesFromAllSurvivors() {
                return true;
            }

            @Override
            public void apply(Pool pool) {
                choose(pool);
            }
        };
    }

    /** Greedy MMR over the survivors, in order. */
    private void choose(Pool pool) {
        DocumentVectors vectors = pool.vectors();
        int[] order = pool.order();
        int[] candidates = new int[pool.size()];
        int n = 0;
        for (int x = 0; x < pool.size(); x++) {
            if (pool.survives(order[x])) {
                candidates[n++] = order[x];
            }
        }
        double[] maxSim = new double[n];
        boolean[] taken = new boolean[n];
        int[] chosen = new int[Math.min(pool.k(), n)];
        double[] values = new double[chosen.length];
        for (int pick = 0; pick < chosen.length; pick++) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (!taken[c]) {
                    double value = lambda * pool.score(candidates[c]) - (1 - lambda) * maxSim[c];
                    if (value > bestValue) {
                        best = c;
                        bestValue = value;
                    }
                }
            }
            taken[best] = true;
            chosen[pick] = candidates[best];
            values[pick] = bestValue;
            for (int c = 0; c < n; c++) {
                if (!taken[c]) {
                    maxSim[c] = Math.max(maxSim[c], vectors.dot(pool.doc(candidates[c]), pool.doc(chosen[pick])));
                }
            }
        }
        pool.choose(chosen, values, chosen.length);
    }
}
