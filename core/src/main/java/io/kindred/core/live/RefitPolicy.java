package io.kindred.core.live;

/**
 * When a live index refits on its own, in the background: after {@code everyChanges} upserts and deletes since the last
 * fit, or once the articles upserted since the fit have at least {@code minTerms} terms of which a share of
 * {@code unknownTermShare} or more is outside the vocabulary (new names and subjects the model cannot see). Readers and
 * writers go on during the refit; the refitted index replaces the old one at once. Immutable.
 *
 * @param everyChanges changes since the fit that start a refit, or 0 for never
 * @param unknownTermShare share of unknown terms that starts a refit, in (0, 1], or 0 for never
 * @param minTerms terms upserted since the fit before their share is trusted, &gt;= 0
 */
public record RefitPolicy(long everyChanges, double unknownTermShare, long minTerms) {

    /** Refit only when asked ({@link LiveIndex#refit()}). */
    public static final RefitPolicy MANUAL = new RefitPolicy(0, 0, 0);

    /**
     * The default: every 10,000 changes, or when a quarter of the terms of at least 2,000 upserted since the fit are
     * unknown; so a new, empty index refits after its first few articles.
     */
    public static final RefitPolicy DEFAULT = new RefitPolicy(10_000, 0.25, 2_000);

    /**
     * Validates.
     *
     * @param everyChanges see {@link #everyChanges()}
     * @param unknownTermShare see {@link #unknownTermShare()}
     * @param minTerms see {@link #minTerms()}
     */
    public RefitPolicy {
        if (everyChanges < 0) {
            throw new IllegalArgumentException("refit every must be >= 0 changes, was " + everyChanges);
        }
        if (!(unknownTermShare >= 0 && unknownTermShare <= 1)) {
            throw new IllegalArgumentException("refit unknown-term share must be in [0, 1], was " + unknownTermShare);
        }
        if (minTerms < 0) {
            throw new IllegalArgumentException("refit minimum terms must be >= 0, was " + minTerms);
        }
    }

    /**
     * @param drift the index's drift
     * @return whether it calls for a refit
     */
    boolean due(Drift drift) {
        return (everyChanges > 0 && drift.changesSinceFit() >= everyChanges)
                || (unknownTermShare > 0
                        && drift.termsSinceFit() >= Math.max(1, minTerms)
                        && drift.unknownTermShare() >= unknownTermShare);
    }
}
