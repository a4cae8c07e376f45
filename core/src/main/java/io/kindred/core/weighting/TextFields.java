package io.kindred.core.weighting;

import io.kindred.core.analysis.ArticleText;
import io.kindred.core.analysis.JoinedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which texts of an article are analysed, and how much each counts: the weighted term frequency
 *
 * <pre>
 *   tf(t, d) = Σ_f  weight_f · count_f(t, d)
 * </pre>
 *
 * summed over the fields f (so "title=2" counts every title term twice, as if the title were repeated), before tf-idf
 * or BM25 weighting and the final normalisation; a term's document frequency counts the documents where it occurs in
 * any field of non-zero weight. The default, {@link #TITLE_AND_BODY}, analyses {@code title + "\n" + body} as one text,
 * which is scikit-learn's convention (n-grams may span the two). Immutable and thread-safe.
 */
public final class TextFields {

    /** One text of an article and its weight. */
    public record Field(String name, ArticleText text, double weight) {
        /** Validates. */
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "field weight must be finite and >= 0, was " + weight + " for " + name);
            }
        }
    }

    /** {@code title + "\n" + body} as a single text of weight 1 (scikit-learn's convention). */
    public static final TextFields TITLE_AND_BODY =
            new TextFields(List.of(new Field("text", ArticleText.TITLE_AND_BODY, 1)));

    private final List<Field> fields;

    private TextFields(List<Field> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("at least one text field is needed");
        }
        this.fields = List.copyOf(fields);
    }

    /**
     * @param fields the fields
     * @return the fields as a configuration
     */
    public static TextFields of(List<Field> fields) {
        return new TextFields(fields);
    }

    /** The field names understood by {@link #parse} and {@link #joined}. */
    public static final List<String> NAMES = List.of("title", "body", "tags", "section", "source", "text");

    /**
     * One text made of the named fields joined by {@code "\n"} (a missing field counts as ""), analysed as a whole with
     * weight 1, as scikit-learn analyses {@code title + "\n" + body}; {@code joined("title,body")} is
     * {@link #TITLE_AND_BODY}.
     *
     * @param spec field names separated by commas, e.g. {@code "title,body,tags"}
     * @return the fields
     * @throws IllegalArgumentException for an unknown name, a name given twice or an empty list
     */
    public static TextFields joined(String spec) {
        List<ArticleText> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (names.contains(name)) {
                throw new IllegalArgumentException("field '" + name + "' is given twice in '" + spec + "'");
            }
            names.add(name);
            parts.add(text(name, spec));
        }
        ArticleText text = a -> {
            List<CharSequence> texts = new ArrayList<>(parts.size());
            for (ArticleText part : parts) {
                texts.add(part.of(a));
            }
            return JoinedText.of(texts);
        };
        return new TextFields(List.of(new Field(String.join("+", names), text, 1)));
    }

    /**
     * Parses {@code name=weight} pairs separated by commas, e.g. {@code title=2,body=1,tags=1}: each field analysed
     * separately, its counts multiplied by its weight. Names: {@code title}, {@code body}, {@code tags} (joined by
     * newlines), {@code section}, {@code source}, and {@code text} (title + "\n" + body). A missing weight means 1.
     *
     * @param spec the text
     * @return the fields
     * @throws IllegalArgumentException naming the bad part
     */
    public static TextFields parse(String spec) {
        List<Field> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String name = (eq < 0 ? p : p.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            double weight = 1;
            if (eq >= 0) {
                try {
                    weight = Double.parseDouble(p.substring(eq + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "field weight must be a number, was '" + p.substring(eq + 1) + "' in '" + spec + "'", e);
                }
            }
            out.add(new Field(name, text(name, spec), weight));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no field in '" + spec + "'");
        }
        return new TextFields(out);
    }

    private static ArticleText text(String name, String spec) {
        return switch (name) {
            case "title" -> a -> a.title() == null ? "" : a.title();
            case "body" -> a -> a.body() == null ? "" : a.body();
            case "tags" -> a -> String.join("\n", a.tags());
            case "section" -> a -> a.section() == null ? "" : a.section();
            case "source" -> a -> a.source() == null ? "" : a.source();
            case "text" -> ArticleText.TITLE_AND_BODY;
            default ->
                throw new IllegalArgumentException(
                        "unknown field '" + name + "' in '" + spec + "' (expected " + String.join(", ", NAMES) + ")");
        };
    }

    /** @return the fields */
    public List<Field> fields() {
        return fields;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            sb.append(sb.length() == 0 ? "" : ",").append(f.name()).append('=').append(f.weight());
        }
        return sb.toString();
    }
}
