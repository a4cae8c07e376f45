package io.kindred.core.rank;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.SparseVector;

/**
 * The article a list is for.
 *
 * @param ordinal its position in the index, or -1 for an article outside it
 * @param id its id
 * @param published its date in epoch seconds, or {@link RankingContext#NO_DATE}
 * @param article the article when it is outside the index, else null
 */
record Query(int ordinal, String id, long published, Article article) {

    /**
     * @param index the index
     * @return the query's vector: its row, or the new article vectorised with the fitted model
     */
    SparseVector vector(SimilarityIndex index) {
        return article == null ? index.vectors().row(ordinal) : index.model().transform(article);
    }
}
