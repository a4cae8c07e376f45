package io.kindred.core.live;

import io.kindred.core.vector.LatentSpace;
import io.kindred.core.weighting.TfidfModel;
import java.time.Instant;
import java.util.Objects;

/**
 * What a fit learns and a live index keeps until the next fit: the TF-IDF model (vocabulary, idf) and, when the policy
 * re-ranks by latent topics, the latent basis. Immutable.
 *
 * @param tfidf the vocabulary and weights
 * @param latent the latent basis (its articles' vectors unused), or null when the policy has no latent step
 * @param fittedAt when the fit ran
 * @param articles the number of articles it was fitted on
 * @param fit the number of fits before this one in the index's life (0 for the first)
 */
record Model(TfidfModel tfidf, LatentSpace latent, Instant fittedAt, int articles, long fit) {
    Model {
        Objects.requireNonNull(tfidf, "tfidf");
        Objects.requireNonNull(fittedAt, "fittedAt");
    }
}
