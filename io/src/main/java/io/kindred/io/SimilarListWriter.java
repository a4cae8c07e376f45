package io.kindred.io;

import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes Similar Articles lists, one per article, in the order given.
 *
 * <ul>
 *   <li>{@link OutputFormat#JSONL}: one object per line, {@code {"id": "a1", "similar": [{"id": "a7", "score":
 *       0.421337, "title": "...", "url": "..."}, ...]}}; {@code title} and {@code url} appear when the similar article
 *       has them;
 *   <li>{@link OutputFormat#JSON}: the same objects in one array, one object per line;
 *   <li>{@link OutputFormat#CSV}: header {@code id,rank,similar_id,score,title,url}, one row per pair, ranks from 1,
 *       RFC 4180 quoting (an article without similar articles has no row).
 * </ul>
 *
 * An {@linkplain #of(OutputFormat, Writer, boolean) explaining} writer adds to each similar article why it is similar:
 * in JSON {@code "explain": {"cosine": 0.421337, "terms": [{"term": "court", "contribution": 0.120000}, ...], "rest":
 * 0.050000}} after the other fields (terms + rest = cosine); in CSV a last column {@code explain},
 * {@code court:0.120000|icc:0.050000}.
 *
 * <p>Scores have exactly six decimals (see {@link #formatScore}); lines end with {@code "\n"}. Writers buffer nothing
 * themselves and never close the underlying {@link Writer}.
 *
 * <p>Writing a list is {@link #render rendering} it (pure, thread-safe: callers may render many lists in parallel) then
 * {@link #writeRendered appending} the text in order (not thread-safe).
 */
public interface SimilarListWriter {

    /**
     * Writes one article's list.
     *
     * @param id the article's id
     * @param similar its similar articles, best first
     * @throws IOException if writing fails
     * @throws IllegalStateException if this writer explains (see {@link #write(String, List, List)})
     */
    default void write(String id, List<SimilarArticle> similar) throws IOException {
        write(id, similar, null);
    }

    /**
     * Writes one article's list, explained.
     *
     * @param id the article's id
     * @param similar its similar articles, best first
     * @param explanations for a writer that explains, the explanation of each similar article (in the same order); null
     *     for a writer that does not
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the explanations do not match the list or the writer
     */
    default void write(String id, List<SimilarArticle> similar, List<Explanation> explanations) throws IOException {
        writeRendered(render(id, similar, explanations));
    }

    /**
     * The text of one article's list, without what depends on its place in the output (array commas, CSV header).
     * Thread-safe.
     *
     * @param id the article's id
     * @param similar its similar articles, best first
     * @param explanations their explanations when the writer explains, else null
     * @return the text
     * @throws IllegalArgumentException if the explanations do not match the list or the writer
     */
    String render(String id, List<SimilarArticle> similar, List<Explanation> explanations);

    /**
     * Appends a rendered list after the previous ones.
     *
     * @param rendered the result of {@link #render}
     * @throws IOException if writing fails
     */
    void writeRendered(String rendered) throws IOException;

    /**
     * Completes the document (the closing bracket of a JSON array; the header of an empty CSV) and flushes.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException;

    /**
     * @param format the output format
     * @param out where to write (UTF-8 is the caller's choice of encoding)
     * @return a writer
     */
    static SimilarListWriter of(OutputFormat format, Writer out) {
        return of(format, out, false);
    }

    /**
     * @param format the output format
     * @param out where to write (UTF-8 is the caller's choice of encoding)
     * @param explain whether each similar article comes with its {@link Explanation}
     * @return a writer
     */
    static SimilarListWriter of(OutputFormat format, Writer out, boolean explain) {
        return switch (format) {
            case JSONL -> new JsonListWriter(out, false, explain);
            case JSON -> new JsonListWriter(out, true, explain);
            case CSV -> new CsvListWriter(out, explain);
        };
    }

    /**
     * Checks that a list comes with explanations exactly when the writer explains.
     *
     * @param explain whether the writer explains
     * @param similar the list
     * @param explanations its explanations, or null
     * @throws IllegalArgumentException if they do not match
     */
    static void checkExplanations(boolean explain, List<SimilarArticle> similar, List<Explanation> explanations) {
        if (explain != (explanations != null) || (explanations != null && explanations.size() != similar.size())) {
            throw new IllegalArgumentException(
                    (explain
                            ? "an explaining writer needs one explanation per similar article, got "
                                    + (explanations == null ? "none" : explanations.size() + " for " + similar.size())
                            : "this writer does not explain; create it with explain = true"));
        }
    }

    /**
     * Six decimals, never in exponent notation, e.g. {@code 0.421337}: the exact binary value of the score rounded
     * half-even, so the text is the same on every JDK. (Fast path: a score whose scaled value is not within a millionth
     * of a rounding tie is rounded directly; the rare others go through {@link BigDecimal}.)
     *
     * @param score a finite score
     * @return the text
     */
    static String formatScore(double score) {
        return appendScore(new StringBuilder(16), score).toString();
    }

    /**
     * Appends {@link #formatScore formatScore(score)} to {@code sb} without creating a string (except on the rare
     * {@link BigDecimal} path).
     *
     * @param sb where to append
     * @param score a finite score
     * @return {@code sb}
     */
    static StringBuilder appendScore(StringBuilder sb, double score) {
        double scaled = score * 1e6;
        double fraction = Math.abs(scaled - Math.floor(scaled) - 0.5);
        if (!(Math.abs(scaled) < 1e15) || fraction < 1e-6) {
            return sb.append(
                    new BigDecimal(score).setScale(6, RoundingMode.HALF_EVEN).toPlainString());
        }
        long units = Math.round(Math.abs(scaled));
        if (score < 0 && units != 0) {
            sb.append('-');
        }
        sb.append(units / 1_000_000).append('.');
        long micros = units % 1_000_000;
        for (long digit = 100_000; digit > 0; digit /= 10) {
            sb.append((char) ('0' + micros / digit % 10));
        }
        return sb;
    }
}
