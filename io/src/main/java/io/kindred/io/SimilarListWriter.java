package io.kindred.io;

import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes Similar Articles lists, one per article, in the order given.
 *
 * <ul>
 *   <li>{@link OutputFormat#JSONL}: one object per line, {@code {"id": "a1", "similar": [{"id": "a7", "score":
 *       0.503112, "cosine": 0.421337, "title": "...", "url": "..."}, ...]}}; {@code score} is what the list is ordered
 *       by (never increasing), {@code cosine} the TF-IDF cosine; {@code title} and {@code url} appear when the similar
 *       article has them;
 *   <li>{@link OutputFormat#JSON}: the same objects in one array, one object per line;
 *   <li>{@link OutputFormat#CSV}: header {@code id,rank,similar_id,score,cosine,title,url}, one row per pair, ranks
 *       from 1, RFC 4180 quoting (an article without similar articles has no row).
 * </ul>
 *
 * An {@linkplain #of(OutputFormat, Writer, boolean) explaining} writer adds to each similar article why it is similar:
 * in JSON {@code "explain": {"cosine": 0.421337, "terms": [{"term": "court", "contribution": 0.120000}, ...], "rest":
 * 0.050000, "ranking": [{"step": "feedback", "contribution": 0.081775}, ...]}} after the other fields (terms + rest =
 * cosine; cosine + ranking contributions = score, see {@link SimilarArticle#ranking()}); in CSV two last columns,
 * {@code explain}, {@code court:0.120000|icc:0.050000}, and {@code ranking}, {@code feedback:0.081775}.
 *
 * <p>Scores have at least six decimals and six significant digits (see {@link #formatScore}); lines end with
 * {@code "\n"}. Writers buffer nothing themselves and never close the underlying {@link Writer}.
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
     * A score with at least six decimals and at least six significant digits, so that no nonzero score prints as zero:
     * {@code 0.421337}, {@code 0.0421337}, {@code 0.00000123457} (six decimals from 0.1 up, one more per decade below),
     * and below 0.000001 in exponent notation, {@code 1.23457e-9}. The exact binary value of the score rounded
     * half-even, so the text is the same on every JDK. (Fast path: a score whose scaled value is not within a millionth
     * of a rounding tie is rounded directly; the rare others go through {@code BigDecimal}.)
     *
     * @param score a finite score
     * @return the text
     */
    static String formatScore(double score) {
        return ScoreText.append(new StringBuilder(16), score).toString();
    }
}
