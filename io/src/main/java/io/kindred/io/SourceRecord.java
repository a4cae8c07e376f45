package io.kindred.io;

import io.kindred.core.Article;
import java.util.Map;

/**
 * A valid record: the article, its requested extra fields and where its id is, for duplicate-id errors. Immutable.
 *
 * @param article the article
 * @param extra the requested extra fields it has (name to value as text), in input order
 * @param line line of the id value
 * @param column column of the id value (0 when not meaningful)
 */
record SourceRecord(Article article, Map<String, String> extra, long line, long column) {}
