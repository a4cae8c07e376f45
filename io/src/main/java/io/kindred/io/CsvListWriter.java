package io.kindred.io;

import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV, one row per pair, RFC 4180 quoting, {@code "\n"} line ends; when explaining, two last columns, {@code explain}
 * with {@code term:contribution} pairs and {@code ranking} with {@code step:contribution} pairs, separated by
 * {@code |}. Not thread-safe.
 */
final class CsvListWriter implements SimilarListWriter {

    private final Writer out;
    private final boolean explain;
    private boolean started;

    CsvListWriter(Writer out, boolean explain) {
        this.out = out;
        this.explain = explain;
    }

    @Override
    public String render(String id, List<SimilarArticle> similar, List<Explanation> explanations) {
        SimilarListWriter.checkExplanations(explain, similar, explanations);
        StringBuilder row = RenderBuffer.acquire();
        for (int i = 0; i < similar.size(); i++) {
            SimilarArticle s = similar.get(i);
            field(row, id).append(',').append(i + 1).append(',');
            ScoreText.append(
                            ScoreText.append(field(row, s.id()).append(','), s.score())
                                    .append(','),
                            s.cosine())
                    .append(',');
            field(row, s.article().title()).append(',');
            field(row, s.article().url());
            if (explain) {
                row.append(',');
                field(row, terms(explanations.get(i))).append(',');
                field(row, ranking(s.ranking()));
            }
            row.append('\n');
        }
        return RenderBuffer.release(row);
    }

    @Override
    public void writeRendered(String rendered) throws IOException {
        header();
        out.write(rendered);
    }

    @Override
    public void finish() throws IOException {
        header();
        out.flush();
    }

    private void header() throws IOException {
        if (!started) {
            started = true;
            out.write(
                    explain
                            ? "id,rank,similar_id,score,cosine,title,url,explain,ranking\n"
                            : "id,rank,similar_id,score,cosine,title,url\n");
        }
    }

    private static String terms(Explanation e) {
        StringBuilder sb = new StringBuilder();
        for (Explanation.TermContribution t : e.terms()) {
            ScoreText.append(
                    sb.append(sb.length() == 0 ? "" : "|").append(t.term()).append(':'), t.contribution());
        }
        return sb.toString();
    }

    private static String ranking(List<SimilarArticle.Contribution> ranking) {
        StringBuilder sb = new StringBuilder();
        for (SimilarArticle.Contribution c : ranking) {
            ScoreText.append(
                    sb.append(sb.length() == 0 ? "" : "|").append(c.step()).append(':'), c.change());
        }
        return sb.toString();
    }

    /** Appends a field, in double quotes (inner quotes doubled) if it holds a comma, a quote or a line break. */
    private static StringBuilder field(StringBuilder row, String value) {
        if (value == null) {
            return row;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            return row.append(value);
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        return row.append('"');
    }
}
