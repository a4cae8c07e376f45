package io.kindred.cli.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code kindred evaluate} as one self-contained HTML page: no external resource, no script; charts are
 * inline SVG. It holds the metrics, the distribution of the scores in all lists (a histogram in bins of 0.05),
 * precision@k per label (both configurations when comparing), the list lengths, and the judgments and comparison when
 * there are any. Stateless and thread-safe.
 */
public final class HtmlReport {

    private static final double BIN = 0.05;
    private static final String THIS_COLOR = "#2b6cb0";
    private static final String OTHER_COLOR = "#dd6b20";

    private HtmlReport() {}

    /**
     * @param e the evaluation
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(Evaluation e, Writer out) throws IOException {
        LabelMetrics.Result m = e.metrics();
        int k = m.k();
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kindred evaluate: ")
                .append(escape(e.corpus()))
                .append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#1a202c}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:.2em .8em;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}tr:nth-child(even){background:#f4f6f8}\n")
                .append("svg text{font-size:11px;fill:#1a202c}.this{fill:")
                .append(THIS_COLOR)
                .append("}.other{fill:")
                .append(OTHER_COLOR)
                .append("}\n</style>\n</head>\n<body>\n");
        h.append("<h1>kindred evaluate</h1>\n<p>Corpus <b>")
                .append(escape(e.corpus()))
                .append("</b>, preset <b>")
                .append(escape(e.preset()))
                .append("</b>, k = ")
                .append(k)
                .append(", labels from the field <b>")
                .append(escape(e.labelField()))
                .append("</b>: ")
                .append(count(m.queries()))
                .append(" of ")
                .append(count(m.articles()))
                .append(" articles have a label.</p>\n");

        Evaluation.Comparison c = e.comparison();
        h.append("<h2>Metrics</h2>\n<table>\n<tr><th>metric</th><th>this configuration</th>");
        if (c != null) {
            h.append("<th>").append(escape(c.options())).append("</th><th>difference</th>");
        }
        h.append("</tr>\n");
        metricRow(
                h,
                "precision@" + k,
                m.precision(),
                c == null ? null : c.metrics().precision());
        metricRow(h, "MAP@" + k, m.map(), c == null ? null : c.metrics().map());
        metricRow(h, "nDCG@" + k, m.ndcg(), c == null ? null : c.metrics().ndcg());
        metricRow(h, "coverage", m.coverage(), c == null ? null : c.metrics().coverage());
        h.append("</table>\n");
        if (c != null) {
            PairedTest t = c.test();
            h.append("<p>Wilcoxon signed-rank test of per-article precision@")
                    .append(k)
                    .append(": ")
                    .append(count(t.pairs()))
                    .append(" pairs, ")
                    .append(count(t.differing()))
                    .append(" differ, ")
                    .append(TextReport.pValue(t.pValue()))
                    .append(t.exact() ? " (exact)" : " (normal approximation)")
                    .append(".</p>\n");
        }
        if (e.judgments() != null) {
            RankCorrelation j = e.judgments();
            h.append("<p>Judged pairs: ")
                    .append(count(j.pairs()))
                    .append(", Spearman ")
                    .append(TextReport.six(j.spearman()))
                    .append(", Kendall ")
                    .append(TextReport.six(j.kendall()))
                    .append(".</p>\n");
        }

        h.append("<h2>Score distribution</h2>\n<p>The scores of all ")
                .append(count(e.scores().length))
                .append(" entries of the lists, in bins of ")
                .append(BIN)
                .append(".</p>\n");
        histogram(h, e.scores());

        h.append("<h2>Precision@").append(k).append(" per label</h2>\n");
        if (c != null) {
            h.append("<p><svg width=\"12\" height=\"12\"><rect class=\"this\" width=\"12\" height=\"12\"/></svg> this"
                            + " configuration &#160; <svg width=\"12\" height=\"12\"><rect class=\"other\" width=\"12\""
                            + " height=\"12\"/></svg> ")
                    .append(escape(c.options()))
                    .append("</p>\n");
        }
        perLabel(h, m, c == null ? null : c.metrics());

        h.append("<h2>List lengths</h2>\n<table>\n<tr><th>articles in the list</th><th>lists</th></tr>\n");
        int[] histogram = m.histogram();
        for (int n = 0; n < histogram.length; n++) {
            if (histogram[n] > 0) {
                h.append("<tr><td>")
                        .append(n)
                        .append("</td><td>")
                        .append(count(histogram[n]))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void metricRow(StringBuilder h, String name, double a, Double b) {
        h.append("<tr><td>")
                .append(name)
                .append("</td><td>")
                .append(TextReport.six(a))
                .append("</td>");
        if (b != null) {
            h.append("<td>")
                    .append(TextReport.six(b))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.6f", a - b))
                    .append("</td>");
        }
        h.append("</tr>\n");
    }

    /** A vertical bar chart of the scores in bins of {@link #BIN} from 0 to the largest score (at least 1). */
    private static void histogram(StringBuilder h, double[] scores) {
        double max = 1;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        int bins = (int) Math.ceil(max / BIN - 1e-9);
        int[] counts = new int[bins];
        for (double s : scores) {
            counts[Math.min(bins - 1, Math.max(0, (int) (s / BIN)))]++;
        }
        int top = 1;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        int width = 640;
        int height = 220;
        int left = 50;
        int bottom = 30;
        double bar = (double) (width - left - 10) / bins;
        double plot = height - bottom - 10;
        h.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " role=\"img\" aria-label=\"histogram of the scores\">\n",
                width,
                height));
        h.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#718096\"/>\n",
                left,
                height - bottom,
                width - 10,
                height - bottom));
        for (int i = 0; i < bins; i++) {
            double barHeight = plot * counts[i] / top;
            h.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"this\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                            + "height=\"%.1f\"><title>%.2f-%.2f: %,d</title>"
                            + "</rect>\n",
                    left + i * bar + 1,
                    height - bottom - barHeight,
                    Math.max(1, bar - 2),
                    barHeight,
                    i * BIN,
                    (i + 1) * BIN,
                    counts[i]));
        }
        for (int i = 0; i <= bins; i += Math.max(1, bins / 10)) {
            h.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>\n",
                    left + i * bar,
                    height - bottom + 15,
                    i * BIN));
        }
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"15\" text-anchor=\"end\">%,d</text>\n", left - 5, top));
        h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"15\">entries</text>\n", left + 5));
        h.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">score</text>\n", width - 10, height - 2));
        h.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", left - 5, height - bottom));
        h.append("</svg>\n");
    }

    /** Horizontal bars of precision@k per label, this configuration's and, when comparing, the other's. */
    private static void perLabel(StringBuilder h, LabelMetrics.Result m, LabelMetrics.Result other) {
        List<String> labels = new ArrayList<>(m.perLabel().keySet());
        int rows = other == null ? 1 : 2;
        int labelWidth = 220;
        int barWidth = 360;
        int rowHeight = 14;
        int groupHeight = rows * rowHeight + 6;
        int height = labels.size() * groupHeight + 30;
        h.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                        + " role=\"img\" aria-label=\"precision per label\">\n",
                labelWidth + barWidth + 70,
                height));
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            int y = i * groupHeight + 5;
            String shown = label.length() > 34 ? label.substring(0, 33) + "…" : label;
            h.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    labelWidth - 6,
                    y + rowHeight - 3,
                    escape(shown)));
            bar(h, "this", m.perLabel().get(label), labelWidth, y, barWidth, rowHeight);
            if (other != null) {
                bar(h, "other", other.perLabel().get(label), labelWidth, y + rowHeight, barWidth, rowHeight);
            }
        }
        int axis = labels.size() * groupHeight + 5;
        for (int t = 0; t <= 10; t += 2) {
            double x = labelWidth + barWidth * t / 10.0;
            h.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>\n",
                    x,
                    axis + 15,
                    t / 10.0));
        }
        h.append("</svg>\n");
    }

    private static void bar(
            StringBuilder h, String css, LabelMetrics.LabelPrecision p, int x, int y, int width, int height) {
        double value = p == null ? 0 : p.precision();
        h.append(String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"><title>%s</title></rect>\n"
                        + "<text x=\"%.1f\" y=\"%d\">%s</text>\n",
                css,
                x,
                y,
                width * value,
                height - 2,
                TextReport.six(value),
                x + width * value + 4,
                y + height - 3,
                String.format(Locale.ROOT, "%.3f", value)));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * @param text any text
     * @return it with the characters that are special in HTML escaped
     */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }
}
