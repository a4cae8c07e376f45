package io.kindred.io;

import io.kindred.core.Article;

/**
 * A valid record: the article and where its id is, for duplicate-id errors. Immutable.
 *
 * @param article the article
 * @param line line of the id value
 * @param column column of the id value (0 when not meaningful)
 */
record SourceRecord(Article article, long line, long column) {}
