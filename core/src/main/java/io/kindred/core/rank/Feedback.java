package io.kindred.core.rank;

import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import java.util.List;
import java.util.Map;

/**
 * Pseudo-relevance feedback (Rocchio, 1971): re-orders the pool of the best candidates by their cosine with an expanded
 * query (which becomes their score),
 *
 * <pre>
 *   q' = q + weight · (1/m) Σ_{j ∈ top m} d_j        (then normalised; d_j are the candidates' vectors)
 * </pre>
 *
 * where the top m are taken from the current order of the pool; each entry of {@code rounds} is one round with its m,
 * applied in order. It pulls the list towards the story or topic the query's closest neighbours share, so one stray
 * shared name counts less. Deterministic: exact dot products in double precision; ties by input order. Immutable.
 */
public final class Feedback extends RankingStep {

    /** The weight of the neighbours when none is given: the news preset's. */
    public static final double DEFAULT_WEIGHT = 2.0;

    /** The candidates re-ranked when no pool is given: the news preset's. */
    public static final int DEFAULT_POOL = 50;

    private final List<Integer> rounds;
    private final int[] neighbours; // the rounds' m, unboxed for the loop of every list
    private final double weight;
    private final int pool;

    /**
     * @param rounds the m of each round, at least one, each &gt;= 1
     * @param weight β, finite and &gt; 0
     * @param pool number of candidates re-ranked, &gt;= 1
     * @throws IllegalArgumentException otherwise
     */
    public Feedback(List<Integer> rounds, double weight, int pool) {
        this.rounds = List.copyOf(rounds);
        if (this.rounds.isEmpty()) {
            throw new IllegalArgumentException("feedback needs at least one round");
        }
        this.neighbours = this.rounds.stream().mapToInt(Integer::intValue).toArray();
        for (int m : neighbours) {
            if (m < 1) {
                throw new IllegalArgumentException("feedback neighbours per round must be >= 1, was " + m);
            }
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("feedback weight must be a finite number > 0, was " + weight);
        }
        if (pool < 1) {
            throw new IllegalArgumentException("feedback pool must be >= 1, was " + pool);
        }
        this.weight = weight;
        this.pool = pool;
    }

    /**
     * @param rounds the m of each round
     * @return feedback with the default weight and pool
     */
    public static Feedback rounds(List<Integer> rounds) {
        return new Feedback(rounds, DEFAULT_WEIGHT, DEFAULT_POOL);
    }

    /** @return the m of each round */
    public List<Integer> rounds() {
        return rounds;
    }

    /** @return β */
    public double weight() {
        return weight;
    }

    /** @return the number of candidates re-ranked */
    public int pool() {
        return pool;
    }

    /**
     * @param rounds the m of each round
     * @return this feedback with those rounds
     */
    public Feedback withRounds(List<Integer> rounds) {
        return new Feedback(rounds, weight, pool);
    }

    /**
     * @param weight β
     * @return this feedback with that weight
     */
    public Feedback withWeight(double weight) {
        return new Feedback(rounds, weight, pool);
    }

    /**
     * @param pool number of candidates re-ranked
     * @return this feedback with that pool
     */
    public Feedback withPool(int pool) {
        return new Feedback(rounds, weight, pool);
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("rounds", rounds, "weight", weight, "pool", pool);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound.OnPool() {
            @Override
            public boolean reranksPool() {
                return true;
            }

            @Override
            public int poolSize(int k) {
                return pool;
            }

            @Override
            public void apply(Pool p) {
                if (p.size() > 0) {
                    rerank(p);
                }
            }
        };
    }

    /** Each round: the expanded query's cosine with every candidate becomes its ranking score. */
    private void rerank(Pool p) {
        DocumentVectors vectors = p.vectors();
        SparseVector q = p.query().vector(p.index());
        TermWeights expanded = p.termWeights();
        for (int round : neighbours) {
            int[] order = p.order();
            for (int e = 0; e < q.size(); e++) {
                expanded.add(q.term(e), q.weight(e));
            }
            int top = Math.min(round, p.size());
            double w = weight / top;
            for (int x = 0; x < top; x++) {
                int d = p.doc(order[x]);
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    expanded.add(vectors.term(e), w * vectors.weight(e));
                }
            }
            double norm = expanded.norm();
            for (int i = 0; i < p.size(); i++) {
                double s = 0;
                for (int e = vectors.rowStart(p.doc(i)), end = vectors.rowEnd(p.doc(i)); e < end; e++) {
                    s += expanded.get(vectors.term(e)) * vectors.weight(e);
                }
                p.setScore(i, norm > 0 ? s / norm : 0);
            }
            expanded.clear();
        }
    }
}
