package io.kindred.core.analysis;

import io.kindred.core.Article;

/**
 * Chooses the text of an article that is analysed for matching.
 *
 * <p>Implementations must be stateless or immutable: they are called concurrently from worker threads.
 */
@FunctionalInterface
public interface ArticleText {

    /**
     * The scikit-learn convention of kindred's peers: {@code title + "\n" + body}, a missing field counting as "" (as a
     * {@link JoinedText}, not a copy).
     */
    ArticleText TITLE_AND_BODY = a -> JoinedText.of(a.title(), a.body());

    /**
     * Returns the text to analyse.
     *
     * @param article the article
     * @return its text, never {@code null}
     */
    CharSequence of(Article article);
}
