package io.kindred.cli.evaluate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable report of {@code kindred evaluate}: one JSON object, with the top-level keys {@code k},
 * {@code articles}, {@code label_field}, {@code preset}, {@code queries}, {@code precision_at_k}, {@code map_at_k},
 * {@code ndcg_at_k}, {@code coverage}, {@code list_length_histogram} (list length to count, 0..k), {@code per_label}
 * (label to {@code queries} and {@code precision_at_k}); with judgments {@code spearman}, {@code kendall} and
 * {@code judged_pairs}; with a second configuration a {@code compare} object. Figures have six decimals (p-values all
 * their digits, 0 when below the smallest double); a figure that cannot be computed is null. Stateless and thread-safe.
 */
public final class JsonReport {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {}

    /**
     * @param e the evaluation
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(Evaluation e, Writer out) throws IOException {
        LabelMetrics.Result m = e.metrics();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("k", m.k());
            g.writeNumberField("articles", m.articles());
            g.writeStringField("label_field", e.labelField());
            g.writeStringField("preset", e.preset());
            g.writeNumberField("queries", m.queries());
            metrics(g, m);
            g.writeObjectFieldStart("list_length_histogram");
            int[] histogram = m.histogram();
            for (int n = 0; n < histogram.length; n++) {
                g.writeNumberField(Integer.toString(n), histogram[n]);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("per_label");
            for (Map.Entry<String, LabelMetrics.LabelPrecision> l : m.perLabel().entrySet()) {
                g.writeObjectFieldStart(l.getKey());
                g.writeNumberField("queries", l.getValue().queries());
                figure(g, "precision_at_k", l.getValue().precision());
                g.writeEndObject();
            }
            g.writeEndObject();
            if (e.judgments() != null) {
                figure(g, "spearman", e.judgments().spearman());
                figure(g, "kendall", e.judgments().kendall());
                g.writeNumberField("judged_pairs", e.judgments().pairs());
            }
            if (e.comparison() != null) {
                Evaluation.Comparison c = e.comparison();
                PairedTest t = c.test();
                g.writeObjectFieldStart("compare");
                g.writeStringField("options", c.options());
                metrics(g, c.metrics());
                figure(g, "precision_difference", t.difference());
                g.writeNumberField("pairs", t.pairs());
                g.writeNumberField("differing_pairs", t.differing());
                g.writeStringField("test", "wilcoxon signed-rank, two-sided");
                g.writeNumberField("p_value", t.pValue());
                g.writeBooleanField("exact", t.exact());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void metrics(JsonGenerator g, LabelMetrics.Result m) throws IOException {
        figure(g, "precision_at_k", m.precision());
        figure(g, "map_at_k", m.map());
        figure(g, "ndcg_at_k", m.ndcg());
        figure(g, "coverage", m.coverage());
    }

    private static void figure(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        if (Double.isNaN(v)) {
            g.writeNull();
        } else {
            g.writeNumber(String.format(Locale.ROOT, "%.6f", v));
        }
    }
}
