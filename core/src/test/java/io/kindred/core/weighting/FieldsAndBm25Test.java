package io.kindred.core.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.Article;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.vector.SparseVector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weighted fields and BM25 weighting against hand-computed values. */
class FieldsAndBm25Test {

    @Test
    void aFieldOfWeightTwoCountsLikeARepeatedTitle() {
        List<Article> weighted =
                List.of(Article.of("a", "court ruling", "the court met"), Article.of("b", "budget", "court budget"));
        List<Article> repeated = List.of(
                Article.of("a", null, "court ruling\ncourt ruling\nthe court met"),
                Article.of("b", null, "budget\nbudget\ncourt budget"));
        TfidfOptions o = TfidfOptions.defaults();
        Vectorized w = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.parse("title=2, body=1"), o)
                .fit(weighted, 1);
        Vectorized r = TfidfVectorizer.sklearnDefaults().fit(repeated, 1);
        assertEquals(
                List.of(r.model().vocabulary().terms()),
                List.of(w.model().vocabulary().terms()));
        for (int i = 0; i < 2; i++) {
            SparseVector a = w.vectors().row(i);
            SparseVector b = r.vectors().row(i);
            assertEquals(b.size(), a.size());
            for (int e = 0; e < a.size(); e++) {
                assertEquals(b.weight(e), a.weight(e), 1e-15);
            }
            assertEquals(a, w.model().transform(weighted.get(i)), "transform applies the same field weights");
        }
    }

    @Test
    void fractionalWeightsTagsAndSections() {
        Article a = new Article(
                "a",
                "vote",
                "budget vote",
                null,
                Instant.EPOCH,
                "politics",
                List.of("budget", "parliament"),
                null,
                null);
        Article b = Article.of("b", "budget", "parliament");
        Vectorized v = new TfidfVectorizer(
                        SklearnAnalyzer.defaults(),
                        TextFields.parse("title=1,body=1,tags=0.5,section=0"),
                        TfidfOptions.defaults()
                                .withWeighting(TfIdf.SKLEARN.withUseIdf(false))
                                .withNorm(Norm.NONE))
                .fit(List.of(a, b), 1);
        SparseVector row = v.vectors().row(0);
        // terms: budget (body 1 + tag 0.5), parliament (tag 0.5), vote (title 1 + body 1); "politics" has weight 0
        assertEquals(
                List.of("budget", "parliament", "vote"),
                List.of(v.model().vocabulary().terms()));
        assertEquals(1.5, row.weight(0));
        assertEquals(0.5, row.weight(1));
        assertEquals(2.0, row.weight(2));
    }

    @Test
    void countsThatNoFloatHoldsKeepEveryBitOfTheirDoubleSums() {
        // 0.1 three times is 0.30000000000000004 in double and no float; the chunk of "b" holds only float counts
        Article a = Article.of("a", "vote vote vote", "budget");
        Article b = Article.of("b", null, "budget budget vote");
        Vectorized v = new TfidfVectorizer(
                        SklearnAnalyzer.defaults(),
                        TextFields.parse("title=0.1,body=1"),
                        TfidfOptions.defaults()
                                .withWeighting(TfIdf.SKLEARN.withUseIdf(false))
                                .withNorm(Norm.NONE))
                .fit(List.of(a, b), 1);
        double threeTenths = 0.1 + 0.1 + 0.1;
        assertEquals(List.of("budget", "vote"), List.of(v.model().vocabulary().terms()));
        assertEquals(1.0, v.vectors().row(0).weight(0));
        assertEquals(threeTenths, v.vectors().row(0).weight(1));
        assertEquals(2.0, v.vectors().row(1).weight(0));
        assertEquals(1.0, v.vectors().row(1).weight(1));
        assertEquals(v.vectors().row(0), v.model().transform(a), "transform sums the same way");
    }

    @Test
    void joinedFieldsAreOneTextLikeScikitLearns() {
        Article a = new Article("a", "Title", "Body text", null, null, "world", List.of("x1", "y2"), "wire", null);
        TextFields joined = TextFields.joined("title,body");
        assertEquals("Title\nBody text", joined.fields().get(0).text().of(a).toString());
        assertEquals(
                io.kindred.core.analysis.ArticleText.TITLE_AND_BODY.of(a).toString(),
                joined.fields().get(0).text().of(a).toString());
        assertEquals(
                "Body text\nx1\ny2\nwire",
                TextFields.joined("body,tags,source")
                        .fields()
                        .get(0)
                        .text()
                        .of(a)
                        .toString());
        assertEquals(
                "field 'body' is given twice in 'body,body'",
                assertThrows(IllegalArgumentException.class, () -> TextFields.joined("body,body"))
                        .getMessage());
    }

    @Test
    void bm25WeightsByHand() {
        // documents (vocabulary terms only): d0 = {alpha x2, beta}, d1 = {beta}; lengths 3 and 1, avglen 2
        List<Article> docs = List.of(Article.of("0", null, "alpha alpha beta"), Article.of("1", null, "beta"));
        double k1 = 1.2;
        double b = 0.75;
        TfidfOptions o =
                TfidfOptions.defaults().withWeighting(new Bm25(k1, b, true)).withNorm(Norm.NONE);
        Vectorized v = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, o).fit(docs, 1);
        double idfAlpha = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5)); // ln 2
        double idfBeta = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5)); // ln 1.2
        double norm0 = k1 * (1 - b + b * 3 / 2.0);
        double norm1 = k1 * (1 - b + b * 1 / 2.0);
        SparseVector d0 = v.vectors().row(0);
        assertEquals(2 * (k1 + 1) / (2 + norm0) * idfAlpha, d0.weight(0), 1e-15);
        assertEquals(1 * (k1 + 1) / (1 + norm0) * idfBeta, d0.weight(1), 1e-15);
        assertEquals(1 * (k1 + 1) / (1 + norm1) * idfBeta, v.vectors().row(1).weight(0), 1e-15);
        assertEquals(Math.log(2), v.model().idf(0), 1e-15);
    }

    @Test
    void badFieldSpecsAndBm25OptionsAreNamed() {
        assertEquals(
                "unknown field 'summary' in 'title=2,summary=1' (expected title, body, tags, section, source, text)",
                assertThrows(IllegalArgumentException.class, () -> TextFields.parse("title=2,summary=1"))
                        .getMessage());
        assertEquals(
                "field weight must be a number, was 'x' in 'title=x'",
                assertThrows(IllegalArgumentException.class, () -> TextFields.parse("title=x"))
                        .getMessage());
        assertEquals(
                "field weight must be finite and >= 0, was -1.0 for body",
                assertThrows(IllegalArgumentException.class, () -> TextFields.parse("body=-1"))
                        .getMessage());
        assertEquals(
                "b must be in [0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Bm25.DEFAULTS.withB(1.5))
                        .getMessage());
        assertEquals(
                "k1 must be a finite number > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Bm25.DEFAULTS.withK1(0))
                        .getMessage());
        assertEquals(
                "sublinear tf is a setting of tfidf weighting, and the weighting is bm25",
                assertThrows(IllegalArgumentException.class, () -> Bm25.DEFAULTS.withSublinearTf(true))
                        .getMessage());
        assertEquals(
                "k1 is a setting of bm25 weighting, and the weighting is tfidf",
                assertThrows(IllegalArgumentException.class, () -> TfIdf.SKLEARN.withK1(2))
                        .getMessage());
        assertEquals(Bm25.DEFAULTS, Weighting.named("BM25"));
        assertEquals(
                "unknown weighting 'okapi' (expected tfidf or bm25)",
                assertThrows(IllegalArgumentException.class, () -> Weighting.named("okapi"))
                        .getMessage());
    }
}
