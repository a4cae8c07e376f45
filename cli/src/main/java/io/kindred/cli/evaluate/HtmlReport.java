package io.kindred.cli.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The report of {@code kindred evaluate} as one self-contained HTML page: no script, no external resource; charts are
 * inline SVG and CSS bars. For each configuration (side by side when comparing) it shows the metrics, the settings
 * (with a comparison, those in which the two configurations differ), the distribution of the scores in all lists (a
 * histogram in bins of 0.05, both on the same axes), precision@k per label (by number of queries, then label; a long
 * label wraps and its full name is its {@code title}, shown on hover), the five lists with the highest and the five
 * with the lowest precision@k ({@link ExampleLists}) with titles, and the list lengths. Without labels the label
 * sections are replaced by one sentence saying why they were skipped. Every text from the input or the options is
 * escaped. Stateless and thread-safe.
 */
public final class HtmlReport {

    private static final double BIN = 0.05;
    private static final String THIS_COLOR = "#2b6cb0";
    private static final String OTHER_COLOR = "#dd6b20";

    /** The width in em of a precision bar of 1. */
    private static final double BAR_EM = 16;

    private static final String STYLE = String.join(
            "\n",
            "body{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:14px;line-height:1.4;margin:1.5em auto;"
                    + "max-width:84em;padding:0 1.5em;color:#1a202c}",
            "h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin:1.4em 0 .4em;border-bottom:1px solid #cbd5e0}",
            "h3{font-size:1.05em;margin:.8em 0 .3em}h4{font-size:.95em;margin:.8em 0 .2em;color:#4a5568}",
            "table{border-collapse:collapse;margin:.5em 0}td,th{padding:.15em .7em;text-align:right;vertical-align:top}",
            "th{font-weight:600}th:first-child,td:first-child{text-align:left}tr:nth-child(even){background:#f4f6f8}",
            "td.text,th.text{text-align:left;overflow-wrap:anywhere;max-width:36em}",
            ".cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(30em,1fr));gap:0 2.5em}",
            ".pairs{display:grid;gap:0 2.5em}.pairs h4{grid-column:1/-1}",
            ".key{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em}",
            ".this{background:" + THIS_COLOR + ";fill:" + THIS_COLOR + "}.other{background:" + OTHER_COLOR + ";fill:"
                    + OTHER_COLOR + "}",
            "svg{width:100%;height:auto;max-width:40em}svg text{font-size:11px;fill:#1a202c}",
            ".scroll{max-height:34em;overflow-y:auto;border:1px solid #e2e8f0;display:inline-block}",
            "table.labels th.label{text-align:left;font-weight:normal;max-width:18em;overflow-wrap:anywhere}",
            "table.labels td.bars{text-align:left;width:" + (BAR_EM + 4) + "em}",
            ".bar{display:flex;align-items:center;height:.95em;margin:1px 0;font-size:.85em}",
            ".bar span{display:block;height:.8em;margin-right:.35em}",
            ".example{margin:.4em 0 .8em}.example .query{margin:0;font-weight:600}",
            ".example .meta{font-weight:normal;color:#4a5568;font-size:.9em}",
            ".example ol{margin:.1em 0 0;padding-left:2.2em;font-size:.92em}.example li{line-height:1.35}",
            ".mark{display:inline-block;width:.6em;height:.6em;border-radius:50%;margin-right:.4em}",
            ".hit{background:#38a169}.miss{background:#e53e3e}.score{color:#4a5568;font-variant-numeric:tabular-nums}",
            ".note{color:#4a5568}");

    private HtmlReport() {}

    /** One side of the report: its style, its names in headings and in table heads, and what was measured. */
    private record Side(String css, String name, String shortName, Evaluation.Configuration c) {}

    /**
     * @param e the evaluation
     * @param out where to write (not closed)
     * @throws IOException if writing fails
     */
    public static void write(Evaluation e, Writer out) throws IOException {
        LabelMetrics.Result m = e.metrics();
        List<Side> sides = new ArrayList<>();
        sides.add(new Side(
                "this", "this configuration: preset " + e.preset(), "preset " + e.preset(), e.configuration()));
        if (e.comparison() != null) {
            String options = e.comparison().options();
            sides.add(new Side(
                    "other",
                    "compared with: " + options,
                    options,
                    e.comparison().configuration()));
        }
        StringBuilder h = new StringBuilder(65_536);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>kindred evaluate: ")
                .append(escape(e.corpus()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>kindred evaluate</h1>\n<p>Corpus <b>")
                .append(escape(e.corpus()))
                .append("</b>, ")
                .append(count(m.articles()))
                .append(" articles, k = ")
                .append(m.k())
                .append(", labels from the field <b>")
                .append(escape(e.labelField()))
                .append("</b>: ");
        if (e.labelled()) {
            h.append(count(m.queries())).append(" articles have a label.</p>\n");
        } else {
            h.append("label metrics skipped: ")
                    .append(escape(e.labelsSkipped()))
                    .append(".</p>\n");
        }
        h.append("<p>");
        for (Side s : sides) {
            h.append("<span class=\"key ")
                    .append(s.css())
                    .append("\"></span>")
                    .append(escape(s.name()))
                    .append(" &#160; ");
        }
        h.append("</p>\n");

        metrics(h, e, sides);
        settings(h, e);
        h.append("<h2 id=\"scores\">Score distribution</h2>\n<p class=\"note\">The scores of all entries of the lists,"
                        + " in bins of ")
                .append(BIN)
                .append(sides.size() > 1 ? "; both configurations on the same axes" : "")
                .append(".</p>\n<div class=\"cols\">\n");
        double max = 1;
        for (Side s : sides) {
            for (double v : s.c().scores()) {
                max = Math.max(max, v);
            }
        }
        int bins = (int) Math.ceil(max / BIN - 1e-9);
        List<int[]> counts = new ArrayList<>();
        int top = 1;
        for (Side s : sides) {
            int[] c = binned(s.c().scores(), bins);
            counts.add(c);
            for (int n : c) {
                top = Math.max(top, n);
            }
        }
        for (int i = 0; i < sides.size(); i++) {
            Side s = sides.get(i);
            h.append("<div>\n<h3>")
                    .append(escape(s.name()))
                    .append("</h3>\n<p class=\"note\">")
                    .append(count(s.c().scores().length))
                    .append(" entries</p>\n");
            histogram(h, s.css(), counts.get(i), top);
            h.append("</div>\n");
        }
        h.append("</div>\n");

        if (e.labelled()) {
            perLabel(h, m.k(), sides);
            examples(h, m.k(), sides);
        }
        lengths(h, sides);
        h.append("</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void metrics(StringBuilder h, Evaluation e, List<Side> sides) {
        int k = e.metrics().k();
        h.append("<h2 id=\"metrics\">Metrics</h2>\n<table>\n<tr><th>metric</th>");
        for (Side s : sides) {
            h.append("<th><span class=\"key ")
                    .append(s.css())
                    .append("\"></span>")
                    .append(escape(s.shortName()))
                    .append("</th>");
        }
        h.append(sides.size() > 1 ? "<th>difference</th>" : "").append("</tr>\n");
        if (e.labelled()) {
            metricRow(h, "precision@" + k, sides, c -> c.metrics().precision());
            metricRow(h, "MAP@" + k, sides, c -> c.metrics().map());
            metricRow(h, "nDCG@" + k, sides, c -> c.metrics().ndcg());
        }
        metricRow(h, "coverage", sides, c -> c.metrics().coverage());
        RankCorrelation j = e.configuration().judgments();
        if (j != null) {
            metricRow(h, "Spearman ρ", sides, c -> c.judgments().spearman());
            metricRow(h, "Kendall τ-b", sides, c -> c.judgments().kendall());
            metricRow(h, "Pearson r", sides, c -> c.judgments().pearson());
        }
        h.append("</table>\n");
        if (j != null) {
            h.append("<p class=\"note\">Correlations between the cosine and the judged similarity of ")
                    .append(count(j.pairs()))
                    .append(" judged pairs.</p>\n");
        }
        PairedTest t = e.comparison() == null ? null : e.comparison().test();
        if (t != null) {
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
    }

    private static void metricRow(
            StringBuilder h, String name, List<Side> sides, ToDoubleFunction<Evaluation.Configuration> figure) {
        h.append("<tr><td>").append(escape(name)).append("</td>");
        for (Side s : sides) {
            h.append("<td>").append(TextReport.six(figure.applyAsDouble(s.c()))).append("</td>");
        }
        if (sides.size() > 1) {
            h.append("<td>")
                    .append(TextReport.difference(
                            figure.applyAsDouble(sides.get(0).c()),
                            figure.applyAsDouble(sides.get(1).c())))
                    .append("</td>");
        }
        h.append("</tr>\n");
    }

    /** Every setting of a single configuration, or the settings in which two differ. */
    private static void settings(StringBuilder h, Evaluation e) {
        if (e.comparison() == null) {
            h.append(
                    "<h2 id=\"settings\">Settings</h2>\n<table>\n<tr><th>setting</th><th class=\"text\">value</th></tr>\n");
            for (Map.Entry<String, String> s : e.configuration().settings().entrySet()) {
                h.append("<tr><td>")
                        .append(escape(s.getKey()))
                        .append("</td><td class=\"text\">")
                        .append(escape(s.getValue()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            return;
        }
        Map<String, List<String>> differing = e.differingSettings();
        h.append("<h2 id=\"settings\">Settings that differ</h2>\n");
        if (differing.isEmpty()) {
            h.append("<p>None: both configurations have the same settings.</p>\n");
            return;
        }
        h.append("<p class=\"note\">")
                .append(differing.size())
                .append(" of ")
                .append(e.configuration().settings().size())
                .append(" settings, each named by the option that changes it.</p>\n<table>\n<tr><th>setting</th>"
                        + "<th class=\"text\"><span class=\"key this\"></span>this configuration</th>"
                        + "<th class=\"text\"><span class=\"key other\"></span>")
                .append(escape(e.comparison().options()))
                .append("</th></tr>\n");
        for (Map.Entry<String, List<String>> d : differing.entrySet()) {
            h.append("<tr><td>")
                    .append(escape(d.getKey()))
                    .append("</td><td class=\"text\">")
                    .append(escape(d.getValue().get(0)))
                    .append("</td><td class=\"text\">")
                    .append(escape(d.getValue().get(1)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static int[] binned(double[] scores, int bins) {
        int[] counts = new int[bins];
        for (double s : scores) {
            counts[Math.min(bins - 1, Math.max(0, (int) (s / BIN)))]++;
        }
        return counts;
    }

    /** A vertical bar chart of counts per bin of {@link #BIN}, from 0, the y axis up to {@code top}. */
    private static void histogram(StringBuilder h, String css, int[] counts, int top) {
        int bins = counts.length;
        int width = 560;
        int height = 220;
        int left = 56;
        int right = 12;
        int bottom = 32;
        int plotTop = 14;
        double bar = (double) (width - left - right) / bins;
        double plot = height - bottom - plotTop;
        h.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                        + " aria-label=\"histogram of the scores\">\n",
                width,
                height));
        for (int t = 0; t <= 4; t++) {
            double y = height - bottom - plot * t / 4;
            h.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>\n"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                    left,
                    y,
                    width - right,
                    y,
                    t == 0 ? "#718096" : "#e2e8f0",
                    left - 5,
                    y + 4,
                    count((int) Math.round((double) top * t / 4))));
        }
        for (int i = 0; i < bins; i++) {
            double barHeight = plot * counts[i] / top;
            h.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%.2f–%.2f: %,d"
                            + "</title></rect>\n",
                    css,
                    left + i * bar + 0.5,
                    height - bottom - barHeight,
                    Math.max(0.5, bar - 1),
                    barHeight,
                    i * BIN,
                    (i + 1) * BIN,
                    counts[i]));
        }
        int step = Math.max(2, (int) Math.ceil(bins / 10.0 / 2) * 2);
        for (int i = 0; i <= bins; i += step) {
            h.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>\n",
                    left + i * bar,
                    height - bottom + 15,
                    i * BIN));
        }
        h.append(String.format(
                Locale.ROOT,
                "<text transform=\"rotate(-90)\" x=\"%.1f\" y=\"11\" text-anchor=\"middle\">entries</text>\n",
                -(plotTop + plot / 2)));
        h.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">score</text>\n", width - right, height - 2));
        h.append("</svg>\n");
    }

    /** A table of precision@k per label: one CSS bar per configuration, labels by number of queries. */
    private static void perLabel(StringBuilder h, int k, List<Side> sides) {
        Map<String, LabelMetrics.LabelPrecision> mine =
                sides.get(0).c().metrics().perLabel();
        List<String> labels = new ArrayList<>(mine.keySet());
        labels.sort(
                Comparator.comparingInt((String l) -> -mine.get(l).queries()).thenComparing(Comparator.naturalOrder()));
        h.append("<h2 id=\"labels\">Precision@")
                .append(k)
                .append(" per label</h2>\n<p class=\"note\">")
                .append(count(labels.size()))
                .append(" labels, by number of articles carrying them (queries).</p>\n")
                .append("<div class=\"scroll\">\n<table class=\"labels\" aria-label=\"precision per label\">\n")
                .append("<tr><th>label</th><th>queries</th><th>precision@")
                .append(k)
                .append("</th></tr>\n");
        for (String label : labels) {
            h.append("<tr><th class=\"label\" title=\"")
                    .append(escape(label))
                    .append("\">")
                    .append(escape(label))
                    .append("</th><td>")
                    .append(count(mine.get(label).queries()))
                    .append("</td><td class=\"bars\">");
            for (Side s : sides) {
                LabelMetrics.LabelPrecision p = s.c().metrics().perLabel().get(label);
                double value = p == null ? 0 : p.precision();
                h.append(String.format(
                        Locale.ROOT,
                        "<div class=\"bar\" title=\"%s\"><span class=\"%s\" style=\"width:%.2fem\"></span>%.3f</div>",
                        escape(s.name()),
                        s.css(),
                        BAR_EM * value,
                        value));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n</div>\n");
    }

    /** The best and the worst lists of each configuration, side by side: the i-th of each in one row. */
    private static void examples(StringBuilder h, int k, List<Side> sides) {
        h.append("<h2 id=\"examples\">Example lists</h2>\n<p class=\"note\">For each configuration the ")
                .append(sides.get(0).c().best().size())
                .append(" articles whose lists have the highest precision@")
                .append(k)
                .append(" and the ")
                .append(sides.get(0).c().worst().size())
                .append(" with the lowest, ties by input order. <span class=\"mark hit\"></span>shares a label"
                        + " with the article, <span class=\"mark miss\"></span>does not; the score follows each"
                        + " title.</p>\n<div class=\"pairs\" style=\"grid-template-columns:repeat(")
                .append(sides.size())
                .append(",1fr)\">\n");
        for (Side s : sides) {
            h.append("<h3><span class=\"key ")
                    .append(s.css())
                    .append("\"></span>")
                    .append(escape(s.name()))
                    .append("</h3>\n");
        }
        examples(h, k, "best", "Best", sides.stream().map(s -> s.c().best()).toList());
        examples(h, k, "worst", "Worst", sides.stream().map(s -> s.c().worst()).toList());
        h.append("</div>\n");
    }

    private static void examples(
            StringBuilder h, int k, String id, String heading, List<List<ExampleLists.Example>> perSide) {
        h.append("<h4 id=\"")
                .append(id)
                .append("\">")
                .append(heading)
                .append(" by precision@")
                .append(k)
                .append("</h4>\n");
        int rows = perSide.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < rows; i++) {
            for (List<ExampleLists.Example> side : perSide) {
                if (i < side.size()) {
                    example(h, k, side.get(i));
                } else {
                    h.append("<div></div>\n");
                }
            }
        }
    }

    private static void example(StringBuilder h, int k, ExampleLists.Example x) {
        h.append("<div class=\"example\">\n<p class=\"query\" title=\"")
                .append(escape(x.id()))
                .append("\">")
                .append(escape(titleOf(x.title(), x.id())))
                .append(" <span class=\"meta\">(")
                .append(escape(String.join(" | ", x.labels())))
                .append("; precision@")
                .append(k)
                .append(String.format(Locale.ROOT, " %.2f", x.precision()))
                .append(")</span></p>\n<ol>\n");
        for (ExampleLists.Entry entry : x.list()) {
            h.append("<li title=\"")
                    .append(escape(entry.id()))
                    .append("\"><span class=\"mark ")
                    .append(entry.relevant() ? "hit" : "miss")
                    .append("\"></span>")
                    .append(escape(titleOf(entry.title(), entry.id())))
                    .append(String.format(Locale.ROOT, " <span class=\"score\">%.3f</span></li>\n", entry.score()));
        }
        h.append("</ol>\n</div>\n");
    }

    private static String titleOf(String title, String id) {
        return title.isBlank() ? id : title;
    }

    private static void lengths(StringBuilder h, List<Side> sides) {
        h.append("<h2 id=\"lengths\">List lengths</h2>\n<table>\n<tr><th>articles in the list</th>");
        for (Side s : sides) {
            h.append("<th><span class=\"key ").append(s.css()).append("\"></span>lists</th>");
        }
        h.append("</tr>\n");
        int length = sides.get(0).c().metrics().histogram().length;
        for (int n = 0; n < length; n++) {
            boolean any = false;
            for (Side s : sides) {
                any |= s.c().metrics().histogram()[n] > 0;
            }
            if (any) {
                h.append("<tr><td>").append(n).append("</td>");
                for (Side s : sides) {
                    h.append("<td>")
                            .append(count(s.c().metrics().histogram()[n]))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n");
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
