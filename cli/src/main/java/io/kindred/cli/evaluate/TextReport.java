package io.kindred.cli.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * The readable report of {@code kindred evaluate}: a few aligned tables, figures with six decimals, in
 * {@link Locale#ROOT}. Stateless and thread-safe.
 */
public final class TextReport {

    private TextReport() {}

    /**
     * @param e the evaluation
     * @param out where to write ("\n" line ends; not closed)
     * @throws IOException if writing fails
     */
    public static void write(Evaluation e, Writer out) throws IOException {
        LabelMetrics.Result m = e.metrics();
        int k = m.k();
        StringBuilder s = new StringBuilder();
        line(s, "kindred evaluate: %s, preset %s, k = %d", e.corpus(), e.preset(), k);
        line(
                s,
                "%,d articles; %,d labelled in the field \"%s\" (%,d labels), %,d of which share a label with another"
                        + " article",
                m.articles(),
                m.queries(),
                e.labelField(),
                m.perLabel().size(),
                m.queriesWithRelevant());
        line(s, "");
        line(s, "  %-14s %10s", "precision@" + k, six(m.precision()));
        line(s, "  %-14s %10s", "MAP@" + k, six(m.map()));
        line(s, "  %-14s %10s", "nDCG@" + k, six(m.ndcg()));
        line(
                s,
                "  %-14s %10s   (%,d of %,d lists have %d articles)",
                "coverage",
                six(m.coverage()),
                m.fullLists(),
                m.articles(),
                k);
        line(s, "");
        line(s, "list lengths (articles: lists)");
        int[] histogram = m.histogram();
        for (int n = 0; n < histogram.length; n++) {
            if (histogram[n] > 0) {
                line(s, "  %2d: %,d", n, histogram[n]);
            }
        }
        line(s, "");
        line(s, "precision@%d per label", k);
        int width = 5;
        for (String label : m.perLabel().keySet()) {
            width = Math.max(width, Math.min(40, label.length()));
        }
        line(s, "  %-" + width + "s %8s %13s", "label", "queries", "precision@" + k);
        for (Map.Entry<String, LabelMetrics.LabelPrecision> l : m.perLabel().entrySet()) {
            line(
                    s,
                    "  %-" + width + "s %,8d %13s",
                    l.getKey(),
                    l.getValue().queries(),
                    six(l.getValue().precision()));
        }
        if (e.judgments() != null) {
            RankCorrelation j = e.judgments();
            line(s, "");
            line(s, "judgments: %,d pairs, Spearman %s, Kendall %s", j.pairs(), six(j.spearman()), six(j.kendall()));
        }
        if (e.comparison() != null) {
            Evaluation.Comparison c = e.comparison();
            line(s, "");
            line(s, "compared with: %s", c.options());
            line(s, "  %-14s %10s %10s %11s", "", "this", "other", "difference");
            row(s, "precision@" + k, m.precision(), c.metrics().precision());
            row(s, "MAP@" + k, m.map(), c.metrics().map());
            row(s, "nDCG@" + k, m.ndcg(), c.metrics().ndcg());
            row(s, "coverage", m.coverage(), c.metrics().coverage());
            PairedTest t = c.test();
            line(
                    s,
                    "  Wilcoxon signed-rank test of per-article precision@%d: %,d pairs, %,d differ, %s (%s)",
                    k,
                    t.pairs(),
                    t.differing(),
                    pValue(t.pValue()),
                    t.exact() ? "exact" : "normal approximation");
        }
        out.write(s.toString());
        out.flush();
    }

    private static void row(StringBuilder s, String name, double a, double b) {
        line(s, "  %-14s %10s %10s %11s", name, six(a), six(b), String.format(Locale.ROOT, "%+.6f", a - b));
    }

    /**
     * @param v a figure
     * @return it with six decimals, or "n/a" for NaN
     */
    static String six(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.6f", v);
    }

    /**
     * @param p a p-value
     * @return "p = " and it with three significant digits, e.g. p = 0.0391 or p = 1.20e-50; "p < 1e-300" when it is too
     *     small for a double (the normal approximation then gives 0)
     */
    static String pValue(double p) {
        return p == 0 ? "p < 1e-300" : String.format(Locale.ROOT, "p = %.3g", p);
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
