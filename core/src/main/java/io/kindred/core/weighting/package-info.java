/**
 * Term weighting: from term counts to normalised vectors.
 *
 * <p>{@link io.kindred.core.weighting.TfidfVectorizer} counts terms, prunes the vocabulary
 * ({@link io.kindred.core.weighting.TfidfOptions}) and weighs each row with a
 * {@link io.kindred.core.weighting.Weighting} scheme, then divides it by its norm:
 *
 * <pre>
 *   w(t, d)   = tf(t, d) · idf(t) / ‖row‖          (L2 norm by default: dot products are cosines)
 * </pre>
 *
 * {@link io.kindred.core.weighting.TfIdf} is scikit-learn 1.2's {@code TfidfVectorizer}:
 *
 * <pre>
 *   tf(t, d)  = count(t, d)      (1 if binary; 1 + ln tf if sublinear)
 *   idf(t)    = ln((n + 1) / (df(t) + 1)) + 1     (smooth_idf; ln(n / df(t)) + 1 without smoothing)
 * </pre>
 *
 * {@link io.kindred.core.weighting.Bm25} saturates tf and normalises it by the document's length (its javadoc gives the
 * formula). Each scheme owns its parameters and their validation.
 *
 * <p>A {@link io.kindred.core.weighting.Vectorizer} fits a {@link io.kindred.core.weighting.VectorModel} and returns
 * the corpus vectors with it ({@link io.kindred.core.weighting.Vectorized}).
 */
package io.kindred.core.weighting;
