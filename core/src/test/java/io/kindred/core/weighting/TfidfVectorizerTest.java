package io.kindred.core.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.vector.SparseVector;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every weighting option against values printed by scikit-learn 1.2.1 for the same four documents. */
class TfidfVectorizerTest {

    private static final List<Article> DOCS = List.of(
            Article.of("0", null, "apple apple banana"),
            Article.of("1", null, "banana cherry cherry cherry"),
            Article.of("2", null, "apple"),
            Article.of("3", null, "durian banana"));

    private static final double[] SMOOTH_IDF = {
        1.5108256237659907, 1.2231435513142097, 1.916290731874155, 1.916290731874155
    };

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(
                        "sublinear_tf",
                        (UnaryOperator<TfidfOptions>) o -> o.withWeighting(TfIdf.SKLEARN.withSublinearTf(true)),
                        new double[] {0.290985936405025, 0.956727330441903},
                        SMOOTH_IDF),
                Arguments.of(
                        "binary",
                        (UnaryOperator<TfidfOptions>) o -> o.withBinary(true),
                        new double[] {0.538028969103357, 0.84292634815005},
                        SMOOTH_IDF),
                Arguments.of(
                        "norm l1",
                        (UnaryOperator<TfidfOptions>) o -> o.withNorm(Norm.L1),
                        new double[] {0.175436142962188, 0.824563857037812},
                        SMOOTH_IDF),
                Arguments.of(
                        "norm none",
                        (UnaryOperator<TfidfOptions>) o -> o.withNorm(Norm.NONE),
                        new double[] {1.22314355131421, 5.748872195622465},
                        SMOOTH_IDF),
                Arguments.of(
                        "use_idf false",
                        (UnaryOperator<TfidfOptions>) o -> o.withWeighting(TfIdf.SKLEARN.withUseIdf(false)),
                        new double[] {0.316227766016838, 0.948683298050514},
                        new double[] {1, 1, 1, 1}),
                Arguments.of(
                        "smooth_idf false",
                        (UnaryOperator<TfidfOptions>) o -> o.withWeighting(TfIdf.SKLEARN.withSmoothIdf(false)),
                        new double[] {0.177030899629618, 0.984205293918056},
                        new double[] {1.6931471805599454, 1.2876820724517808, 2.386294361119891, 2.386294361119891}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void weightsAndIdfMatchScikitLearn(String name, UnaryOperator<TfidfOptions> option, double[] row1, double[] idf) {
        TfidfOptions options = option.apply(TfidfOptions.defaults());
        Vectorized v = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, options).fit(DOCS, 2);
        assertEquals(
                List.of("apple", "banana", "cherry", "durian"),
                List.of(v.model().vocabulary().terms()));
        SparseVector doc1 = v.vectors().row(1);
        assertEquals(1, doc1.term(0));
        assertEquals(row1[0], doc1.weight(0), 1e-14);
        assertEquals(row1[1], doc1.weight(1), 1e-14);
        for (int t = 0; t < 4; t++) {
            assertEquals(idf[t], v.model().idf(t), 1e-15);
        }
    }

    @Test
    void dfLimitsParseLikeScikitLearn() {
        assertEquals(DfLimit.count(2), DfLimit.parse("2"));
        assertEquals(DfLimit.proportion(1.0), DfLimit.parse("1.0"));
        assertEquals(DfLimit.proportion(0.001), DfLimit.parse("1e-3"));
        assertEquals(2.5, DfLimit.proportion(0.5).documents(5));
        String m = assertThrows(IllegalArgumentException.class, () -> DfLimit.parse("1.5"))
                .getMessage();
        assertEquals("a proportion of documents must be in [0.0, 1.0], was 1.5", m);
        m = assertThrows(IllegalArgumentException.class, () -> DfLimit.parse("-1"))
                .getMessage();
        assertEquals("a document count must be >= 0, was -1", m);
        m = assertThrows(IllegalArgumentException.class, () -> DfLimit.parse("two"))
                .getMessage();
        assertEquals("expected an integer count or a proportion in [0.0, 1.0], was 'two'", m);
        m = assertThrows(
                        IllegalArgumentException.class,
                        () -> TfidfOptions.defaults().withMaxFeatures(0))
                .getMessage();
        assertEquals("max_features must be >= 1, was 0", m);
    }

    @Test
    void maxDfAsCountAndMinDfAsProportion() {
        TfidfOptions options =
                TfidfOptions.defaults().withMaxDf(DfLimit.count(2)).withMinDf(DfLimit.proportion(0.5));
        Vectorized v = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, options).fit(DOCS, 1);
        // df: apple 2, banana 3, cherry 1, durian 1; kept: 2 <= df <= 2
        assertEquals(List.of("apple"), List.of(v.model().vocabulary().terms()));
    }

    @Test
    void softLimitsApplyFromTheirCorpusSizeOn() {
        TfidfOptions soft = TfidfOptions.defaults()
                .withMaxDf(DfLimit.count(2))
                .withMinDf(DfLimit.proportion(0.5))
                .withDfLimitsFrom(DOCS.size());
        TextFields fields = TextFields.TITLE_AND_BODY;
        Vectorized atTheSize = new TfidfVectorizer(SklearnAnalyzer.defaults(), fields, soft).fit(DOCS, 1);
        assertEquals(List.of("apple"), List.of(atTheSize.model().vocabulary().terms()), "as maxDfAsCountAndMinDf...");
        Vectorized below = new TfidfVectorizer(
                        SklearnAnalyzer.defaults(), fields, soft.withDfLimitsFrom(DOCS.size() + 1))
                .fit(DOCS, 1);
        assertEquals(
                List.of("apple", "banana", "cherry", "durian"),
                List.of(below.model().vocabulary().terms()));
        assertEquals(0, soft.withMinDf(DfLimit.count(1)).dfLimitsFrom(), "a limit given is exact");
        assertEquals(0, soft.withMaxDf(DfLimit.count(3)).dfLimitsFrom(), "a limit given is exact");
        assertEquals(
                "the corpus size from which df limits apply must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> soft.withDfLimitsFrom(-1))
                        .getMessage());
    }

    @Test
    void documentFrequencyLimitsThatContradictEachOtherAreRefusedAtOnce() {
        assertEquals(
                "max_df (3) is below min_df (5)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> TfidfOptions.defaults()
                                        .withMinDf(DfLimit.count(5))
                                        .withMaxDf(DfLimit.count(3)))
                        .getMessage());
        assertEquals(
                "max_df (0.2) is below min_df (0.5)",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> TfidfOptions.defaults()
                                        .withMaxDf(DfLimit.proportion(0.2))
                                        .withMinDf(DfLimit.proportion(0.5)))
                        .getMessage());
        // a count and a proportion compare only once the corpus's size is known: accepted here
        TfidfOptions.defaults().withMinDf(DfLimit.count(5)).withMaxDf(DfLimit.proportion(0.1));
    }

    @Test
    void maxFeaturesKeepsTheMostFrequentTerms() {
        TfidfOptions options = TfidfOptions.defaults().withMaxFeatures(2);
        Vectorized v = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, options).fit(DOCS, 1);
        // totals: apple 3, banana 3, cherry 3, durian 1 -> numpy's argsort of (-3, -3, -3, -1) keeps indices 0, 1
        assertEquals(List.of("apple", "banana"), List.of(v.model().vocabulary().terms()));
        TfidfOptions binary = TfidfOptions.defaults().withMaxFeatures(1).withBinary(true);
        Vectorized b = new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, binary).fit(DOCS, 1);
        assertEquals(List.of("banana"), List.of(b.model().vocabulary().terms()), "binary ranks by document frequency");
    }

    @Test
    void transformOfACorpusArticleEqualsItsRow() {
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(DOCS, 2);
        for (int i = 0; i < DOCS.size(); i++) {
            assertEquals(v.vectors().row(i), v.model().transform(DOCS.get(i)));
        }
        assertTrue(v.model().describe().startsWith("tfidf(sklearn("));
    }

    /**
     * Counting, pruning and the rows are built on the workers in parts of the corpus (and read while analysed): the
     * vocabulary and every vector must be the same for any thread count, with terms pruned on both sides.
     */
    @Test
    void theSameModelAndVectorsForAnyThreadCount() {
        java.util.Random random =
                new java.util.Random(io.kindred.core.testing.Seeds.seed("theSameModelForAnyThreadCount"));
        List<Article> corpus = new java.util.ArrayList<>();
        for (int d = 0; d < 3000; d++) { // a dozen chunks of articles
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(40); w >= 0; w--) {
                text.append(" w").append((int) Math.floor(Math.pow(random.nextDouble(), 3) * 5000)); // Zipf-like
            }
            corpus.add(Article.of("a" + d, null, text.toString()));
        }
        TfidfOptions options =
                TfidfOptions.defaults().withMinDf(DfLimit.count(2)).withMaxDf(DfLimit.proportion(0.3));
        TfidfVectorizer vectorizer =
                new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, options);
        Vectorized one = vectorizer.fit(corpus, 1);
        assertTrue(one.model().vocabulary().size() > 1000, "a vocabulary worth splitting");
        for (int threads : new int[] {2, 3, 7}) {
            Vectorized many = vectorizer.fit(corpus, threads);
            assertEquals(
                    List.of(one.model().vocabulary().terms()),
                    List.of(many.model().vocabulary().terms()),
                    threads + " threads");
            for (int d = 0; d < corpus.size(); d++) {
                assertEquals(one.vectors().row(d), many.vectors().row(d), "article " + d + ", " + threads + " threads");
            }
        }
    }
}
