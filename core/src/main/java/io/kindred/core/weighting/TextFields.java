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

    /**
     * One text of an article, by name ({@link #NAMES}, or names joined by {@code +}: those texts joined by newlines),
     * and its weight. Immutable; equal to another field of the same name and weight.
     */
    public static final class Field {
        private final String name;
        private final double weight;
        private final ArticleText text;

        /**
         * @param name the text's name
         * @param weight how much its terms count, finite and &gt;= 0
         * @throws IllegalArgumentException for an unknown name or a bad weight
         */
        public Field(String name, double weight) {
            this.name = Objects.requireNonNull(name, "name");
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(
                        "field weight must be finite and >= 0, was " + weight + " for " + name);
            }
            this.weight = weight;
            this.text = TextFields.text(name);
        }

        /** @return the text's name */
        public String name() {
            return name;
        }

        /** @return how much its terms count */
        public double weight() {
            return weight;
        }

        /** @return how the text is taken from an article */
        public ArticleText text() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && name.equals(f.name) && Double.compare(weight, f.weight) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Double.hashCode(weight);
        }

        @Override
        public String toString() {
            return name + "=" + weight;
        }
    }

    /** The field names understood by {@link #parse} and {@link #joined}. */
    public static final List<String> NAMES = List.of("title", "body", "tags", "section", "source", "text");

    /** {@code title + "\n" + body} as a single text of weight 1 (scikit-learn's convention). */
    public static final TextFields TITLE_AND_BODY = new TextFields(List.of(new Field("text", 1)));

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
        List<String> names = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (names.contains(name)) {
                throw new IllegalArgumentException("field '" + name + "' is given twice in '" + spec + "'");
            }
            if (!NAMES.contains(name)) {
                throw unknown(name, spec);
            }
            names.add(name);
        }
        return names.equals(List.of("title", "body"))
                ? TITLE_AND_BODY
                : new TextFields(List.of(new Field(String.join("+", names), 1)));
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
            if (!NAMES.contains(name)) {
                throw unknown(name, spec);
            }
            double weight = 1;
            if (eq >= 0) {
                try {
                    weight = Double.parseDouble(p.substring(eq + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "field weight must be a number, was '" + p.substring(eq + 1) + "' in '" + spec + "'", e);
                }
            }
            out.add(new Field(name, weight));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no field in '" + spec + "'");
        }
        return new TextFields(out);
    }

    private static IllegalArgumentException unknown(String name, String spec) {
        return new IllegalArgumentException(
                "unknown field '" + name + "' in '" + spec + "' (expected " + String.join(", ", NAMES) + ")");
    }

    /** The text of a field name: one of {@link #NAMES}, or several joined by {@code +}. */
    private static ArticleText text(String name) {
        if (name.contains("+")) {
            List<ArticleText> parts = new ArrayList<>();
            for (String part : name.split("\\+")) {
                parts.add(text(part));
            }
            return a -> {
                List<CharSequence> texts = new ArrayList<>(parts.size());
                for (ArticleText part : parts) {
                    texts.add(part.of(a));
                }
                return JoinedText.of(texts);
            };
        }
        return switch (name) {
            case "title" -> a -> a.title() == null ? "" : a.title();
            case "body" -> a -> a.body() == null ? "" : a.body();
            case "tags" -> a -> String.join("\n", a.tags());
            case "section" -> a -> a.section() == null ? "" : a.section();
            case "source" -> a -> a.source() == null ? "" : a.source();
            case "text" -> ArticleText.TITLE_AND_BODY;
            default ->
                throw new IllegalArgumentException("unknown field '" + name + "' (expected " + String.join(", ", NAMES)
                        + ", or some joined by +)");
        };
    }

    /** @return the fields */
    public List<Field> fields() {
        return fields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextFields t && fields.equals(t.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Field f : fields) {
            sb.append(sb.length() == 0 ? "" : ",").append(f);
        }
        return sb.toString();
    }
}
