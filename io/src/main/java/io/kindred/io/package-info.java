/**
 * kindred's file formats, shared by the command line and services.
 *
 * <ul>
 *   <li>{@link io.kindred.io.ArticleReader}: articles from JSON Lines, a JSON array or CSV (each optionally
 *       gzip-compressed), streamed, strictly decoded as UTF-8 and validated, with errors that name file, line, column
 *       and field, e.g. {@code articles.jsonl:17:23: field "title": expected a string, got an object}; with requested
 *       extra fields (labels such as {@code story}) kept as {@link io.kindred.io.ArticleRecord}s;
 *   <li>{@link io.kindred.io.EditorialFile}: editors' pins, boosts and blocks, and {@link io.kindred.io.JudgmentFile}:
 *       judged pairs of articles, both JSON Lines checked against the corpus;
 *   <li>{@link io.kindred.io.SimilarListWriter}: Similar Articles lists as JSON Lines, JSON or CSV, scores with six
 *       decimals, optionally with explanations;
 *   <li>{@link io.kindred.io.AtomicOutput}: output files that appear complete or not at all.
 * </ul>
 *
 * UTF-8, {@code "\n"} line ends and {@link java.util.Locale#ROOT} everywhere; nothing depends on the platform's default
 * charset or locale.
 */
package io.kindred.io;
