package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases, ties, documented behaviour on odd input, and the errors on bad input. */
class SimilarityIndexTest {

    private static final Vectorizer SKLEARN = TfidfVectorizer.sklearnDefaults();

    @Test
    void handComputedCosines() {
        // n = 3; df(xx) = df(yy) = 2, df(zz) = 1; idf = ln((n+1)/(df+1)) + 1
        List<Article> corpus =
                List.of(Article.of("d0", "xx", "yy"), Article.of("d1", null, "xx"), Article.of("d2", "yy yy", "zz"));
        double idfXy = Math.log(4.0 / 3.0) + 1; // 1.2876820724517808
        double idfZ = Math.log(4.0 / 2.0) + 1; // 1.6931471805599454
        double y2 = 2 * idfXy;
        double norm2 = Math.sqrt(y2 * y2 + idfZ * idfZ);
        double cos01 = Math.sqrt(0.5); // d0 = (1/√2, 1/√2), d1 = (1, 0)
        double cos02 = Math.sqrt(0.5) * (y2 / norm2);
        assertEquals(0.7071067811865476, cos01, 1e-16);
        assertEquals(0.5908524456113747, cos02, 1e-15);

        SimilarityIndex index = SimilarityIndex.build(corpus, SKLEARN, 1);
        assertEquals(
                List.of(new SimilarArticle(1, corpus.get(1), cos01), new SimilarArticle(2, corpus.get(2), cos02)),
                index.similar("d0", 10));
        assertEquals(
                List.of(new SimilarArticle(0, corpus.get(0), cos01)),
                index.similar("d1", 10),
                "d1 and d2 share no term");
        assertEquals(List.of(new SimilarArticle(0, corpus.get(0), cos02)), index.similar("d2", 10));
        assertEquals(idfZ, index.model().idf(index.model().vocabulary().id("zz")), 1e-15);
    }

    @Test
    void equalScoresAreOrderedByInputPosition() {
        List<Article> corpus = List.of(
                Article.of("q", null, "alpha beta"),
                Article.of("copy-3", null, "alpha gamma"),
                Article.of("copy-1", null, "alpha gamma"),
                Article.of("copy-2", null, "alpha gamma"),
                Article.of("other", null, "delta"));
        SimilarityIndex index = SimilarityIndex.build(corpus, SKLEARN, 2);
        List<SimilarArticle> list = index.similar("q", 10);
        assertEquals(
                List.of("copy-3", "copy-1", "copy-2"),
                list.stream().map(SimilarArticle::id).toList());
        assertEquals(list.get(0).score(), list.get(2).score(), 0.0);
        assertEquals(
                List.of("copy-3", "copy-1"),
                index.similar("q", 2).stream().map(SimilarArticle::id).toList(),
                "the cut keeps the earlier articles");
        assertEquals(index.allSimilar(2, 1).get(0), index.similar("q", 2));
    }

    @Test
    void listsAreShorterThanKRatherThanPaddedAndNeverContainTheArticle() {
        List<Article> corpus = List.of(
                Article.of("a", null, "one two"), Article.of("b", null, "two three"), Article.of("c", null, "four"));
        SimilarityIndex index = SimilarityIndex.build(corpus, SKLEARN, 1);
        assertEquals(
                List.of("b"),
                index.similar("a", 10).stream().map(SimilarArticle::id).toList());
        assertEquals(List.of(), index.similar("c", 10));
        for (List<SimilarArticle> list : index.allSimilar(10, 1)) {
            assertTrue(list.size() <= 1);
        }
    }

    @Test
    void emptyWhitespaceAndStopWordOnlyArticlesGetZeroVectorsAndEmptyLists() {
        Vectorizer stop = new TfidfVectorizer(
                SklearnAnalyzer.builder().stopWords(StopWords.ENGLISH).build(),
                TextFields.TITLE_AND_BODY,
                TfidfOptions.defaults());
        List<Article> corpus = List.of(
                Article.of("empty", null, null),
                Article.of("blank", "  ", "\n\t "),
                Article.of("stop", "The", "and of the it"),
                Article.of("real", "court", "ruling court"),
                Article.of("real2", "court", "sanctions"));
        SimilarityIndex index = SimilarityIndex.build(corpus, stop, 2);
        for (String id : List.of("empty", "blank", "stop")) {
            assertEquals(0, index.vectors().row(index.ordinal(id)).size(), id);
            assertEquals(List.of(), index.similar(id, 5), id);
        }
        for (List<SimilarArticle> list : index.allSimilar(5, 2)) {
            for (SimilarArticle s : list) {
                assertFalse(Double.isNaN(s.score()));
                assertTrue(s.id().startsWith("real"));
            }
        }
        assertEquals(List.of(), index.similar(Article.of("new", "", "the"), 3), "a new article without known terms");
    }

    @Test
    void newArticlesAreVectorisedWithTheFittedModelAndUnknownTermsIgnored() {
        List<Article> corpus = List.of(
                Article.of("a", null, "ice hockey final"),
                Article.of("b", null, "hockey league"),
                Article.of("c", null, "budget vote"));
        SimilarityIndex index = SimilarityIndex.build(corpus, SKLEARN, 1);
        List<SimilarArticle> fromId = index.similar("a", 5);
        assertEquals(
                fromId,
                index.similar(Article.of("a", null, "ice hockey final zamboni"), 5),
                "unknown 'zamboni' ignored");
        assertEquals(
                List.of("a", "b"),
                index.similar(Article.of("fresh", null, "hockey ice"), 5).stream()
                        .map(SimilarArticle::id)
                        .toList());
    }

    @Test
    void oneMegabyteArticleAndControlCharacters() {
        String huge = "sanctions court ".repeat(1 << 16) + "unique";
        List<Article> corpus = List.of(
                Article.of("huge", "big", huge),
                Article.of("ctl", "court\u0000sanctions\u0007", "\u001b[31m court"),
                Article.of("x", null, "court"));
        SimilarityIndex index = SimilarityIndex.build(corpus, SKLEARN, 2);
        assertEquals(
                List.of("ctl", "x"),
                index.similar("huge", 5).stream().map(SimilarArticle::id).toList());
        assertTrue(index.model().vocabulary().id("sanctions") >= 0, "control characters separate words");
    }

    @Test
    void badInputIsRejectedWithTheNameAndTheValue() {
        assertEquals(
                "article id must not be null",
                assertThrows(NullPointerException.class, () -> Article.of(null, "t", "b"))
                        .getMessage());
        assertEquals(
                "article id must not be blank, was ' '",
                assertThrows(IllegalArgumentException.class, () -> Article.of(" ", "t", "b"))
                        .getMessage());

        List<Article> dup =
                List.of(Article.of("a", null, "xx yy"), Article.of("b", null, "yy"), Article.of("a", null, "zz"));
        assertEquals(
                "duplicate article id 'a' at positions 0 and 2",
                assertThrows(IllegalArgumentException.class, () -> SimilarityIndex.build(dup, SKLEARN, 1))
                        .getMessage());

        List<Article> withNull = new ArrayList<>(Arrays.asList(Article.of("a", null, "x"), null));
        assertEquals(
                "article at position 1 is null",
                assertThrows(IllegalArgumentException.class, () -> SimilarityIndex.build(withNull, SKLEARN, 1))
                        .getMessage());

        SimilarityIndex index =
                SimilarityIndex.build(List.of(Article.of("a", null, "xx yy"), Article.of("b", null, "yy")), SKLEARN, 1);
        assertEquals(
                "k must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> index.similar("a", 0))
                        .getMessage());
        assertEquals(
                "k must be >= 1, was -3",
                assertThrows(IllegalArgumentException.class, () -> index.allSimilar(-3, 1))
                        .getMessage());
        assertEquals(
                "threads must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> index.allSimilar(3, 0))
                        .getMessage());
        assertEquals(
                "unknown article id 'zz'",
                assertThrows(IllegalArgumentException.class, () -> index.similar("zz", 3))
                        .getMessage());
    }

    @Test
    void optionsTheCorpusCannotSatisfyAreErrorsLikeScikitLearns() {
        List<Article> corpus =
                List.of(Article.of("a", null, "xx yy"), Article.of("b", null, "yy zz"), Article.of("c", null, "zz"));
        Vectorizer maxBelowMin = new TfidfVectorizer(
                SklearnAnalyzer.defaults(),
                TextFields.TITLE_AND_BODY,
                TfidfOptions.defaults().withMinDf(DfLimit.count(2)).withMaxDf(DfLimit.proportion(0.5)));
        ConflictingSettingsException e =
                assertThrows(ConflictingSettingsException.class, () -> maxBelowMin.fit(corpus, 1));
        assertEquals("max_df (0.5, 1.5 of 3 documents) is below min_df (2, 2.0)", e.getMessage());
        assertEquals(List.of("min_df", "max_df"), e.settings());

        Vectorizer prunesAll = new TfidfVectorizer(
                SklearnAnalyzer.defaults(),
                TextFields.TITLE_AND_BODY,
                TfidfOptions.defaults().withMinDf(DfLimit.count(3)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> prunesAll.fit(corpus, 1))
                .getMessage()
                .startsWith("After pruning, no terms remain"));

        Vectorizer stop = new TfidfVectorizer(
                SklearnAnalyzer.builder().stopWords(StopWords.ENGLISH).build(),
                TextFields.TITLE_AND_BODY,
                TfidfOptions.defaults());
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> stop.fit(List.of(Article.of("a", "the", "and")), 1))
                .getMessage()
                .startsWith("empty vocabulary"));
    }
}
