package io.kindred.core.rank;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.LatentSpace;

/** What steps bind to: the index and its articles' publication instants. Immutable after construction. */
final class RankingContext {

    /** An article without a date. */
    static final long NO_DATE = Long.MIN_VALUE;

    private final SimilarityIndex index;
    private final LatentSpace latent;

    /**
     * @param index the index
     * @param latent the latent space the {@link Latent} step uses, or null for one fitted on the index
     */
    RankingContext(SimilarityIndex index, LatentSpace latent) {
        this.index = index;
        this.latent = latent;
    }

    /**
     * @param article an article
     * @return its publication instant in epoch seconds, or {@link #NO_DATE}
     */
    static long date(Article article) {
        return article.published() == null ? NO_DATE : article.published().getEpochSecond();
    }

    /** @return the latent space given for the index, or null */
    LatentSpace latent() {
        return latent;
    }

    SimilarityIndex index() {
        return index;
    }

    /**
     * @param ordinal an indexed article
     * @return its date in epoch seconds, or {@link #NO_DATE}
     */
    long published(int ordinal) {
        return date(index.article(ordinal)); // read when asked: a live index makes a context per change
    }

    /**
     * @param ordinal an indexed article
     * @return its id
     */
    String id(int ordinal) {
        return index.article(ordinal).id();
    }
}
