package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.kindred.core.Article;
import io.kindred.core.explain.Explanation;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarListWriterTest {

    @Test
    void scoresHaveSixDecimalsAndSixSignificantDigitsOfTheExactValueRoundedHalfEven() {
        assertEquals("0.421337", SimilarListWriter.formatScore(0.4213371));
        assertEquals("1.000000", SimilarListWriter.formatScore(1.0));
        assertEquals("12.500000", SimilarListWriter.formatScore(12.5));
        assertEquals("0.000000", SimilarListWriter.formatScore(0));
        assertEquals("0.0421337", SimilarListWriter.formatScore(0.04213371));
        assertEquals("0.0500000", SimilarListWriter.formatScore(0.05));
        assertEquals("0.100000", SimilarListWriter.formatScore(0.0999999997), "rounded up to the next decade");
        assertEquals("0.00000900000", SimilarListWriter.formatScore(0.0000009 * 10));
        assertEquals("9.00000e-7", SimilarListWriter.formatScore(0.0000009));
        assertEquals("1.00000e-9", SimilarListWriter.formatScore(1e-9));
        assertEquals("-2.50000e-300", SimilarListWriter.formatScore(-2.5e-300));
        assertEquals("-0.0312500", SimilarListWriter.formatScore(-0.03125));
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextInt(2_000_000) / 2_000_000.0; // many near-ties
                case 2 -> random.nextInt(2_000_000) / 2e10; // near-ties below 0.1
                default -> Math.pow(10, -9 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            };
            assertEquals(oracle(x), SimilarListWriter.formatScore(x), Double.toString(x));
        }
    }

    /** The rule of {@link SimilarListWriter#formatScore} in BigDecimal arithmetic. */
    private static String oracle(double x) {
        BigDecimal exact = new BigDecimal(x);
        if (Math.abs(x) >= 0.1) {
            return exact.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal rounded = exact.round(new MathContext(6, RoundingMode.HALF_EVEN));
        if (Math.abs(x) < 1e-6) {
            BigDecimal mantissa = rounded.movePointRight(rounded.scale() - rounded.precision() + 1);
            return mantissa.setScale(5, RoundingMode.UNNECESSARY).toPlainString() + "e"
                    + (rounded.precision() - rounded.scale() - 1);
        }
        return (rounded.scale() < 6 ? rounded.setScale(6, RoundingMode.HALF_EVEN) : rounded).toPlainString();
    }

    private static final Map<String, Article> ARTICLES = Map.of(
            "a", new Article("a", "Plain", "x", "https://x.example/a", Instant.EPOCH, null, List.of(), null, null),
            "b", new Article("b", "Quotes \"and\", commas\nand é", null, null, null, null, List.of(), null, null),
            "c", Article.of("c", null, "no title"));

    private static final List<String> ORDER = List.of("a", "b", "c");

    private static SimilarArticle similar(String id, double score) {
        return new SimilarArticle(ORDER.indexOf(id), ARTICLES.get(id), score);
    }

    private static final List<SimilarArticle> A = List.of(similar("b", 0.4213374), similar("c", 1e-7));
    private static final List<SimilarArticle> B = List.of(similar("a", 12345.5));

    private static String write(OutputFormat format, boolean lists) throws IOException {
        StringWriter out = new StringWriter();
        SimilarListWriter w = SimilarListWriter.of(format, out);
        if (lists) {
            w.write("a", A);
            w.write("b", B);
            w.write("c", List.of());
        }
        w.finish();
        return out.toString();
    }

    @Test
    void jsonLines() throws IOException {
        assertEquals("""
        {"id": "a", "similar": [{"id": "b", "score": 0.421337, "cosine": 0.421337, \
        "title": "Quotes \\"and\\", commas\\nand é"}, {"id": "c", "score": 1.00000e-7, "cosine": 1.00000e-7}]}
        {"id": "b", "similar": [{"id": "a", "score": 12345.500000, "cosine": 12345.500000, "title": "Plain", \
        "url": "https://x.example/a"}]}
        {"id": "c", "similar": []}
        """, write(OutputFormat.JSONL, true));
        assertEquals("", write(OutputFormat.JSONL, false));
    }

    @Test
    void jsonArray() throws IOException {
        assertEquals("""
        [
        {"id": "a", "similar": [{"id": "b", "score": 0.421337, "cosine": 0.421337, \
        "title": "Quotes \\"and\\", commas\\nand é"}, {"id": "c", "score": 1.00000e-7, "cosine": 1.00000e-7}]},
        {"id": "b", "similar": [{"id": "a", "score": 12345.500000, "cosine": 12345.500000, "title": "Plain", \
        "url": "https://x.example/a"}]},
        {"id": "c", "similar": []}
        ]
        """, write(OutputFormat.JSON, true));
        assertEquals("[]\n", write(OutputFormat.JSON, false));
    }

    @Test
    void csv() throws IOException {
        assertEquals("""
        id,rank,similar_id,score,cosine,title,url
        a,1,b,0.421337,0.421337,"Quotes ""and"", commas
        and é",
        a,2,c,1.00000e-7,1.00000e-7,,
        b,1,a,12345.500000,12345.500000,Plain,https://x.example/a
        """, write(OutputFormat.CSV, true));
        assertEquals("id,rank,similar_id,score,cosine,title,url\n", write(OutputFormat.CSV, false));
    }

    @Test
    void entriesOfAnyOrdinalRenderTheSameFromManyThreads() throws Exception {
        // the JSON writer keeps each similar article's rendered entry by ordinal, in a cache that grows
        List<SimilarArticle> all = new java.util.ArrayList<>();
        for (int o = 0; o < 5000; o += 7) {
            all.add(new SimilarArticle(o, Article.of("id-" + o, "Title " + o, null), 1.0 / (o + 1)));
        }
        SimilarListWriter w = SimilarListWriter.of(OutputFormat.JSONL, new StringWriter());
        String[] rendered = new String[all.size()];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int first = t;
            threads[t] = new Thread(() -> {
                for (int i = first; i < all.size(); i += threads.length) {
                    rendered[i] = w.render("q", List.of(all.get(i)), null);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        SimilarListWriter fresh = SimilarListWriter.of(OutputFormat.JSONL, new StringWriter());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(fresh.render("q", List.of(all.get(i)), null), rendered[i]);
            assertEquals(rendered[i], w.render("q", List.of(all.get(i)), null), "a second render is the same");
        }
    }

    @Test
    void csvQuotesIdsToo() throws IOException {
        StringWriter out = new StringWriter();
        SimilarListWriter w = SimilarListWriter.of(OutputFormat.CSV, out);
        w.write("x,1", List.of(new SimilarArticle(0, Article.of("y\"2", null, null), 0.5)));
        w.finish();
        assertEquals(
                "id,rank,similar_id,score,cosine,title,url\n\"x,1\",1,\"y\"\"2\",0.500000,0.500000,,\n",
                out.toString());
    }

    private static final List<Explanation> WHY = List.of(
            new Explanation(
                    0.5,
                    List.of(
                            new Explanation.TermContribution("court", 0.3),
                            new Explanation.TermContribution("icc", 0.15)),
                    0.05),
            new Explanation(1e-7, List.of(), 1e-7));

    /** A re-ranked list: b's score is its cosine 0.5 plus feedback's 0.1, times decay's 0.8. */
    private static final List<SimilarArticle> RANKED = List.of(
            new SimilarArticle(
                    1,
                    ARTICLES.get("b"),
                    0.48,
                    0.5,
                    List.of(
                            new SimilarArticle.Contribution("feedback", 0.1),
                            new SimilarArticle.Contribution("decay", -0.12))),
            similar("c", 1e-7));

    private static String explained(OutputFormat format) throws IOException {
        StringWriter out = new StringWriter();
        SimilarListWriter w = SimilarListWriter.of(format, out, true);
        w.write("a", RANKED, WHY);
        w.finish();
        return out.toString();
    }

    @Test
    void explanationsInJson() throws IOException {
        assertEquals("""
        {"id": "a", "similar": [{"id": "b", "score": 0.480000, "cosine": 0.500000, \
        "title": "Quotes \\"and\\", commas\\nand é", \
        "explain": {"cosine": 0.500000, "terms": [{"term": "court", "contribution": 0.300000}, \
        {"term": "icc", "contribution": 0.150000}], "rest": 0.0500000, \
        "ranking": [{"step": "feedback", "contribution": 0.100000}, {"step": "decay", "contribution": -0.120000}]}}, \
        {"id": "c", "score": 1.00000e-7, "cosine": 1.00000e-7, \
        "explain": {"cosine": 1.00000e-7, "terms": [], "rest": 1.00000e-7, "ranking": []}}]}
        """, explained(OutputFormat.JSONL));
    }

    @Test
    void explanationsInCsv() throws IOException {
        assertEquals("""
        id,rank,similar_id,score,cosine,title,url,explain,ranking
        a,1,b,0.480000,0.500000,"Quotes ""and"", commas
        and é",,court:0.300000|icc:0.150000,feedback:0.100000|decay:-0.120000
        a,2,c,1.00000e-7,1.00000e-7,,,,
        """, explained(OutputFormat.CSV));
    }

    @Test
    void explanationsMustMatchTheWriter() {
        StringWriter out = new StringWriter();
        SimilarListWriter plain = SimilarListWriter.of(OutputFormat.JSONL, out);
        assertThrows(IllegalArgumentException.class, () -> plain.write("a", A, WHY));
        SimilarListWriter explaining = SimilarListWriter.of(OutputFormat.CSV, out, true);
        assertThrows(IllegalArgumentException.class, () -> explaining.write("a", A));
        assertThrows(IllegalArgumentException.class, () -> explaining.write("a", A, WHY.subList(0, 1)));
    }

    @Test
    void scoresHaveSixDecimalsWhateverTheDefaultLocale() {
        assertEquals("0.500000", SimilarListWriter.formatScore(0.5));
        assertEquals("5.00001e-7", SimilarListWriter.formatScore(5e-7 + 1e-12));
        assertEquals("1.000000", SimilarListWriter.formatScore(0.99999999));
        assertEquals("123456789012.000000", SimilarListWriter.formatScore(1.23456789012e11));
    }

    @Test
    void formatsFromFileNames() {
        assertEquals(OutputFormat.CSV, OutputFormat.fromFileName("out.CSV").orElseThrow());
        assertEquals(
                OutputFormat.JSONL,
                OutputFormat.fromFileName("/tmp/out.ndjson.gz").orElseThrow());
        assertEquals(OutputFormat.JSON, OutputFormat.fromFileName("out.json").orElseThrow());
        assertEquals(java.util.Optional.empty(), OutputFormat.fromFileName("out.txt"));
    }

    @Test
    void jsonStringsAreEscapedExactlyAsJacksonEscapesThem() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c).append(c == 'a' ? "plain run" : "");
        }
        List<String> cases = new ArrayList<>(List.of(
                "",
                "plain",
                "\"",
                "\\",
                "a\u0000b\u001f\u007f",
                "tab\tnl\ncr\rbs\bff\f",
                "\u2028\u2029 é 😀 \ud800 lone",
                every.toString()));
        Random random = new Random(Seeds.seed("jsonStringsAreEscapedExactlyAsJacksonEscapesThem"));
        for (int i = 0; i < 500; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
            }
            cases.add(new String(chars));
        }
        for (String s : cases) {
            StringBuilder ours = new StringBuilder("x");
            JsonListWriter.string(ours, s);
            StringBuilder jackson = new StringBuilder("x\"");
            JsonStringEncoder.getInstance().quoteAsString(s, jackson);
            assertEquals(jackson.append('"').toString(), ours.toString());
        }
    }
}
