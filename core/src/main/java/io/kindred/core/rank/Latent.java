package io.kindred.core.rank;

import io.kindred.core.vector.LatentSpace;
import java.util.Map;

/**
 * Latent-topic re-ranking (LSA): each candidate of the pool gets {@code weight} times the cosine of its latent vector
 * with the query's added to its ranking score, in a {@link LatentSpace} of {@code dims} dimensions fitted on the corpus
 * (on first use, with that call's threads; it does not depend on them), or in the space a {@link Recommender} was
 * given. Articles about one subject that share few words move up, one stray shared name counts less. Immutable.
 */
public final class Latent extends RankingStep {

    /** The weight of the latent cosine when none is given: the news preset's. */
    public static final double DEFAULT_WEIGHT = 1.0;

    private final int dims;
    private final double weight;

    /**
     * @param dims latent dimensions, &gt;= 1
     * @param weight weight of the latent cosine, finite and &gt; 0
     * @throws IllegalArgumentException otherwise
     */
    public Latent(int dims, double weight) {
        if (dims < 1) {
            throw new IllegalArgumentException("latent dimensions must be >= 1, was " + dims);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("latent weight must be a finite number > 0, was " + weight);
        }
        this.dims = dims;
        this.weight = weight;
    }

    /** @return latent dimensions */
    public int dims() {
        return dims;
    }

    /** @return the weight of the latent cosine */
    public double weight() {
        return weight;
    }

    /**
     * @param dims latent dimensions
     * @return this re-ranking with that many dimensions
     */
    public Latent withDims(int dims) {
        return new Latent(dims, weight);
    }

    /**
     * @param weight the weight of the latent cosine
     * @return this re-ranking with that weight
     */
    public Latent withWeight(double weight) {
        return new Latent(dims, weight);
    }

    @Override
    Map<String, Object> parameters() {
        return parameters("dims", dims, "weight", weight);
    }

    @Override
    Bound bind(RankingContext context) {
        return new Bound.OnPool() {
            private volatile LatentSpace space;

            @Override
            public void prepare(int threads) {
                if (space == null) {
                    synchronized (this) {
                        if (space == null) {
                            space = context.latent() != null
                                    ? context.latent()
                                    : LatentSpace.fit(context.index().vectors(), dims, threads);
                        }
                    }
                }
            }

            @Override
            public boolean reranksPool() {
                return true;
            }

            @Override
            public void apply(Pool pool) {
                LatentSpace s = space;
                if (pool.size() == 0 || s == null) {
                    return;
                }
                // an article of the corpus has its latent vector already
                Query q = pool.query();
                float[] v = q.article() == null ? s.vector(q.ordinal()) : s.embed(q.vector(context.index()));
                for (int i = 0; i < pool.size(); i++) {
                    pool.setScore(i, pool.score(i) + weight * s.cosine(pool.doc(i), v));
                }
            }
        };
    }
}
