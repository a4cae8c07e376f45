package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.io.ArticleRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where {@code kindred evaluate} finds an article's labels: {@code category} or {@code section} (the same article
 * field: the readers take category as an alias of section), {@code tags} (each tag a label), {@code source},
 * {@code language}, or any other field of the input, such as {@code story} in the built-in sample, which the reader is
 * asked to keep. A value holds several labels separated by {@code |} (a JSON array of strings is joined that way);
 * blank labels are ignored. Immutable.
 *
 * @param name the field
 */
record LabelField(String name) {

    /** Article fields that cannot be labels. */
    private static final List<String> NOT_LABELS = List.of("id", "title", "body", "url", "date");

    /**
     * @param name the field
     * @return the label field
     * @throws IllegalArgumentException for a field that is not a label
     */
    static LabelField of(String name) {
        if (name.isBlank() || NOT_LABELS.contains(name)) {
            throw new IllegalArgumentException("'" + name
                    + "' cannot be a label field: use category (or section), tags, source, language or any other"
                    + " field of the input, such as story");
        }
        return new LabelField(name);
    }

    /** @return the fields the reader must keep for these labels (none for an article field) */
    Set<String> extraFields() {
        return isArticleField() ? Set.of() : Set.of(name);
    }

    private boolean isArticleField() {
        return switch (name) {
            case "category", "section", "tags", "source", "language" -> true;
            default -> false;
        };
    }

    /**
     * @param record an article as read
     * @return its labels, in the order given; empty if it has none
     */
    Set<String> labels(ArticleRecord record) {
        Article a = record.article();
        return switch (name) {
            case "category", "section" -> split(a.section());
            case "tags" -> split(String.join("|", a.tags()));
            case "source" -> split(a.source());
            case "language" -> split(a.language());
            default -> split(record.extra().get(name));
        };
    }

    private static Set<String> split(String value) {
        if (value == null) {
            return Set.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String label : value.split("\\|")) {
            if (!label.isBlank()) {
                labels.add(label.strip());
            }
        }
        return labels;
    }
}
