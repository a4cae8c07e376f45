package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.SparseVector;

/** A fitted vector space: maps any article, in the corpus or new, to a sparse vector. Immutable and thread-safe. */
public interface VectorModel {

    /** @return the fitted vocabulary */
    Vocabulary vocabulary();

    /**
     * The vector of an article, weighted and normalised as the corpus was; terms outside the vocabulary are ignored. An
     * article without known terms gets the zero vector.
     *
     * @param article an article
     * @return its vector
     */
    SparseVector transform(Article article);

    /**
     * Weight of a term in the model's idf (1 where idf is not used), for explanations.
     *
     * @param termId a term id
     * @return its idf
     */
    double idf(int termId);

    /** @return a short description of all settings, for reports */
    String describe();
}
