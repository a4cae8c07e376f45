package io.kindred.cli.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
        if (e.labelled()) {
            line(
                    s,
                    "%,d articles; %,d labelled in the field \"%s\" (%,d labels), %,d of which share a label with"
                            + " another article",
                    m.articles(),
                    m.queries(),
                    e.labelField(),
                    m.perLabel().size(),
                    m.queriesWithRelevant());
            line(s, "");
            line(s, "  %-14s %10s", "precision@" + k, six(m.precision()));
            line(s, "  %-14s %10s", "MAP@" + k, six(m.map()));
            line(s, "  %-14s %10s", "nDCG@" + k, six(m.ndcg()));
        } else {
            line(
                    s,
                    "%,d articles; label metrics skipped: %s (choose the field with --label-field)",
                    m.articles(),
                    e.labelsSkipped());
            line(s, "");
        }
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
        if (e.labelled()) {
            line(s, "");
            perLabel(s, m);
        }
        RankCorrelation j = e.configuration().judgments();
        if (j != null) {
            line(s, "");
            line(
                    s,
                    "judgments: %,d pairs, Spearman %s, Kendall %s, Pearson %s",
                    j.pairs(),
                    six(j.spearman()),
                    six(j.kendall()),
                    six(j.pearson()));
        }
        if (e.comparison() != null) {
            compared(s, e);
        }
        out.write(s.toString());
        out.flush();
    }

    private static void perLabel(StringBuilder s, LabelMetrics.Result m) {
        int k = m.k();
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
    }

    private static void compared(StringBuilder s, Evaluation e) {
        Evaluation.Comparison c = e.comparison();
        LabelMetrics.Result m = e.metrics();
        LabelMetrics.Result o = c.configuration().metrics();
        int k = m.k();
        line(s, "");
        line(s, "compared with: %s", c.options());
        line(s, "  %-14s %10s %10s %11s", "", "this", "other", "difference");
        if (e.labelled()) {
            row(s, "precision@" + k, m.precision(), o.precision());
            row(s, "MAP@" + k, m.map(), o.map());
            row(s, "nDCG@" + k, m.ndcg(), o.ndcg());
        }
        row(s, "coverage", m.coverage(), o.coverage());
        RankCorrelation a = e.configuration().judgments();
        RankCorrelation b = c.configuration().judgments();
        if (a != null && b != null) {
            row(s, "Spearman", a.spearman(), b.spearman());
            row(s, "Kendall", a.kendall(), b.kendall());
            row(s, "Pearson", a.pearson(), b.pearson());
        }
        PairedTest t = c.test();
        if (t != null) {
            line(
                    s,
                    "  Wilcoxon signed-rank test of per-article precision@%d: %,d pairs, %,d differ, %s (%s)",
                    k,
                    t.pairs(),
                    t.differing(),
                    pValue(t.pValue()),
                    t.exact() ? "exact" : "normal approximation");
        }
        Map<String, List<String>> differing = e.differingSettings();
        line(s, "  settings that differ:%s", differing.isEmpty() ? " none" : "");
        int width = 4;
        for (List<String> values : differing.values()) {
            width = Math.max(width, values.get(0).length());
        }
        if (!differing.isEmpty()) {
            line(s, "    %-18s %-" + width + "s   %s", "", "this", "other");
        }
        for (Map.Entry<String, List<String>> d : differing.entrySet()) {
            line(
                    s,
                    "    %-18s %-" + width + "s   %s",
                    d.getKey(),
                    d.getValue().get(0),
                    d.getValue().get(1));
        }
    }

    private static void row(StringBuilder s, String name, double a, double b) {
        line(s, "  %-14s %10s %10s %11s", name, six(a), six(b), difference(a, b));
    }

    /**
     * @param a a figure of this configuration
     * @param b the same figure of the other
     * @return a − b with a sign and six decimals, or "n/a" when either is NaN
     */
    static String difference(double a, double b) {
        return Double.isNaN(a - b) ? "n/a" : String.format(Locale.ROOT, "%+.6f", a - b);
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
