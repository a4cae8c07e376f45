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
 * (label to {@code queries} and {@code precision_at_k}) and {@code settings} (each setting's option to its value in
 * words); with judgments {@code spearman}, {@code kendall}, {@code pearson} and {@code judged_pairs}; with a second
 * configuration a {@code compare} object with its options, settings, metrics and correlations and the paired test.
 *
 * <p>On a corpus without labels (evaluated with judgments only) {@code queries} is 0, {@code precision_at_k},
 * {@code map_at_k} and {@code ndcg_at_k} are null, {@code per_label} is empty, {@code label_metrics_skipped} says why
 * (the key is absent otherwise), and {@code compare} has no paired test ({@code precision_difference} null, no
 * {@code pairs}, {@code differing_pairs}, {@code test}, {@code p_value}, {@code exact}); coverage and the list lengths
 * need no labels and are always there.
 *
 * <p>Figures have six decimals (p-values all their digits, 0 when below the smallest double); a figure that cannot be
 * computed is null. Stateless and thread-safe.
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
            if (!e.labelled()) {
                g.writeStringField("label_metrics_skipped", e.labelsSkipped());
            }
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
            settings(g, e.configuration().settings());
            judgments(g, e.configuration().judgments());
            if (e.comparison() != null) {
                Evaluation.Comparison c = e.comparison();
                g.writeObjectFieldStart("compare");
                g.writeStringField("options", c.options());
                metrics(g, c.configuration().metrics());
                settings(g, c.configuration().settings());
                judgments(g, c.configuration().judgments());
                PairedTest t = c.test();
                figure(g, "precision_difference", t == null ? Double.NaN : t.difference());
                if (t != null) {
                    g.writeNumberField("pairs", t.pairs());
                    g.writeNumberField("differing_pairs", t.differing());
                    g.writeStringField("test", "wilcoxon signed-rank, two-sided");
                    g.writeNumberField("p_value", t.pValue());
                    g.writeBooleanField("exact", t.exact());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void settings(JsonGenerator g, Map<String, String> settings) throws IOException {
        g.writeObjectFieldStart("settings");
        for (Map.Entry<String, String> s : settings.entrySet()) {
            g.writeStringField(s.getKey(), s.getValue());
        }
        g.writeEndObject();
    }

    private static void judgments(JsonGenerator g, RankCorrelation j) throws IOException {
        if (j != null) {
            figure(g, "spearman", j.spearman());
            figure(g, "kendall", j.kendall());
            figure(g, "pearson", j.pearson());
            g.writeNumberField("judged_pairs", j.pairs());
        }
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
