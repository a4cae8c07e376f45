/**
 * Text analysis: from an article's text to the terms that become vector dimensions.
 *
 * <p>{@link io.kindred.core.analysis.SklearnAnalyzer} reproduces scikit-learn 1.2's word analyzer exactly (Python's
 * {@code \w}, {@code str.lower()}, accent stripping, stop words, n-grams), which is what makes kindred's TF-IDF vectors
 * identical to scikit-learn's. {@link io.kindred.core.analysis.LuceneEnglishAnalyzer} is Lucene's English pipeline with
 * stemming, the better choice for relevance. Both are thread-safe and stream terms to a
 * {@link io.kindred.core.analysis.TermConsumer} without allocating a string per term. Which text of an article is
 * analysed is an {@link io.kindred.core.analysis.ArticleText}; title and body reach the analyzer as a
 * {@link io.kindred.core.analysis.JoinedText}, without being copied into one string.
 */
package io.kindred.core.analysis;
