/**
 * Synthetic news-like corpora for scale (100k and 1M articles) and the statistics used to fit them to the real corpora.
 *
 * <p>{@link io.kindred.bench.synthetic.SyntheticCorpus} draws documents from a mixture: background words from a
 * Zipf–Mandelbrot law over an open vocabulary ({@code p(r) ∝ (r + b)^-s}), topic words from a per-topic Zipf law over a
 * topic-specific slice of the vocabulary, and story words (names, places: rare, shared by a handful of articles) from a
 * per-story list; lengths are log-normal. {@link io.kindred.bench.synthetic.CorpusStats} measures what the fit is
 * judged on: vocabulary size, document-frequency quantiles, Σ df² / n², lengths.
 */
package io.kindred.bench.synthetic;
