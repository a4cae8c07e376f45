package io.kindred.io;

import io.kindred.core.Article;
import java.util.Map;
import java.util.Objects;

/**
 * An article as read, with the values of the {@linkplain ReadOptions#extraFields() extra fields} that were requested,
 * for example a label such as {@code story} that is not an article field. Immutable.
 *
 * @param article the article
 * @param extra the requested fields the record has, name to value as text (a JSON array of strings is joined by
 *     {@code |}); fields it lacks, or has as null or empty, are absent
 */
public record ArticleRecord(Article article, Map<String, String> extra) {

    /**
     * Copies the map.
     *
     * @param article see {@link #article()}
     * @param extra see {@link #extra()}
     */
    public ArticleRecord {
        Objects.requireNonNull(article, "article");
        extra = Map.copyOf(extra);
    }
}
