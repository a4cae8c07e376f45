package io.kindred.io;

import io.kindred.core.Article;
import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * JSON Lines, or a JSON array with one object per line. {@link #render} is thread-safe (it keeps the rendered entries
 * of the similar articles by their ordinals, in an array that grows under a lock); writing is not.
 */
final class JsonListWriter implements SimilarListWriter {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Writer out;
    private final boolean array;
    private final boolean explain;
    /**
     * Per similar article (by ordinal), its entry as rendered before and after the score: an article is in about k
     * lists, so its strings are escaped once, not k times, and a list is mostly copies of these.
     */
    private volatile AtomicReferenceArray<String[]> entries = new AtomicReferenceArray<>(1024);

    private boolean first = true;

    JsonListWriter(Writer out, boolean array, boolean explain) {
        this.out = out;
        this.array = array;
        this.explain = explain;
    }

    @Override
    public String render(String id, List<SimilarArticle> similar, List<Explanation> explanations) {
        SimilarListWriter.checkExplanations(explain, similar, explanations);
        StringBuilder line = RenderBuffer.acquire();
        line.append("{\"id\": ");
        string(line, id);
        line.append(", \"similar\": [");
        for (int i = 0; i < similar.size(); i++) {
            SimilarArticle s = similar.get(i);
            String[] entry = entry(s);
            line.append(i == 0 ? "" : ", ").append(entry[0]);
            ScoreText.append(ScoreText.append(line, s.score()).append(", \"cosine\": "), s.cosine())
                    .append(entry[1]);
            if (explain) {
                explanation(line, explanations.get(i), s.ranking());
            }
            line.append('}');
        }
        return RenderBuffer.release(line.append("]}"));
    }

    /** The entry of a similar article up to its score, and after its cosine up to its explanation. */
    private String[] entry(SimilarArticle s) {
        AtomicReferenceArray<String[]> cache = cache(s.ordinal());
        String[] entry = cache.get(s.ordinal());
        if (entry == null) {
            StringBuilder before = new StringBuilder("{\"id\": ");
            string(before, s.id());
            before.append(", \"score\": ");
            StringBuilder after = new StringBuilder();
            Article a = s.article();
            if (a.title() != null) {
                after.append(", \"title\": ");
                string(after, a.title());
            }
            if (a.url() != null) {
                after.append(", \"url\": ");
                string(after, a.url());
            }
            entry = new String[] {before.toString(), after.toString()};
            cache.compareAndSet(s.ordinal(), null, entry); // a concurrent render may have made the same one
        }
        return entry;
    }

    /** The cache, grown to hold an ordinal (rarely: it doubles). */
    private AtomicReferenceArray<String[]> cache(int ordinal) {
        AtomicReferenceArray<String[]> cache = entries;
        if (ordinal < cache.length()) {
            return cache;
        }
        synchronized (this) {
            cache = entries;
            if (ordinal >= cache.length()) {
                AtomicReferenceArray<String[]> bigger =
                        new AtomicReferenceArray<>(Math.max(ordinal + 1, 2 * cache.length()));
                for (int i = 0; i < cache.length(); i++) {
                    bigger.set(i, cache.get(i));
                }
                entries = bigger;
                cache = bigger;
            }
            return cache;
        }
    }

    @Override
    public void writeRendered(String rendered) throws IOException {
        if (array) {
            out.write(first ? "[\n" : ",\n");
        }
        first = false;
        out.write(rendered);
        if (!array) {
            out.write('\n');
        }
    }

    private static void explanation(StringBuilder line, Explanation e, List<SimilarArticle.Contribution> ranking) {
        ScoreText.append(line.append(", \"explain\": {\"cosine\": "), e.score());
        line.append(", \"terms\": [");
        for (int t = 0; t < e.terms().size(); t++) {
            line.append(t == 0 ? "{\"term\": " : ", {\"term\": ");
            string(line, e.terms().get(t).term());
            ScoreText.append(
                    line.append(", \"contribution\": "), e.terms().get(t).contribution());
            line.append('}');
        }
        ScoreText.append(line.append("], \"rest\": "), e.rest());
        line.append(", \"ranking\": [");
        for (int r = 0; r < ranking.size(); r++) {
            line.append(r == 0 ? "{\"step\": " : ", {\"step\": ");
            string(line, ranking.get(r).step());
            ScoreText.append(line.append(", \"contribution\": "), ranking.get(r).change())
                    .append('}');
        }
        line.append("]}");
    }

    /**
     * Appends {@code s} as a JSON string: quote, backslash and control characters escaped exactly as Jackson's
     * {@code JsonStringEncoder} does ({@code \\n}-style where JSON has one, else {@code \\u00XX}), everything else as
     * is. Hand-written because rendering is a hot loop: the encoder's generality made it the costliest method to
     * compile in a run.
     */
    static void string(StringBuilder line, String s) {
        line.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            line.append(s, plain, i).append('\\');
            switch (c) {
                case '"', '\\' -> line.append(c);
                case '\b' -> line.append('b');
                case '\t' -> line.append('t');
                case '\f' -> line.append('f');
                case '\n' -> line.append('n');
                case '\r' -> line.append('r');
                default -> line.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        line.append(s, plain, s.length()).append('"');
    }

    @Override
    public void finish() throws IOException {
        if (array) {
            out.write(first ? "[]\n" : "\n]\n");
        }
        out.flush();
    }
}
