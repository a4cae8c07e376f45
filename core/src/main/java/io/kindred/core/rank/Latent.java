package io.kindred.core.rank;

/**
 * Latent-topic re-ranking (LSA): each candidate of the pool gets {@code weight} times the cosine of its latent vector
 * with the query's added to its ranking score, in a space of {@code dims} latent dimensions fitted on the corpus (see
 * the re-ranker's {@code LatentSpace}). Articles about one subject that share few words move up, one stray shared name
 * counts less. It re-orders the pool after pseudo-relevance feedback; the scores shown stay the plain cosines.
 * Immutable.
 *
 * @param dims latent dimensions, &gt;= 1; 0 = off
 * @param weight weight of the latent cosine, &gt; 0 when on
 */
public record Latent(int dims, double weight) {

    /** No latent re-ranking. */
    public static final Latent NONE = new Latent(0, 0);

    /** Validates. */
    public Latent {
        if (dims < 0) {
            throw new IllegalArgumentException("latent dimensions must be >= 0, was " + dims);
        }
        if (dims > 0 && (!(weight > 0) || Double.isInfinite(weight))) {
            throw new IllegalArgumentException("latent weight must be > 0, was " + weight);
        }
    }

    /** @return true if latent re-ranking is on */
    public boolean enabled() {
        return dims > 0;
    }
}
