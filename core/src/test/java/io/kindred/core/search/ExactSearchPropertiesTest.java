package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorized;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the exact search, and a differential test of every fast path (all-pairs, single queries with
 * pruning off, automatic and forced at every step) against a brute-force oracle on random corpora.
 */
class ExactSearchPropertiesTest {

    private static final int K = 7;

    @RepeatedTest(6)
    void everyPathEqualsBruteForce() {
        Random random = new Random(Seeds.seed("everyPathEqualsBruteForce"));
        int n = 50 + random.nextInt(400);
        List<Article> corpus = RandomCorpus.generate(random, n, 20 + random.nextInt(2000), 1 + random.nextInt(120));
        TfidfOptions options = TfidfOptions.defaults()
                .withWeighting(TfIdf.SKLEARN.withSublinearTf(random.nextBoolean()))
                .withBinary(random.nextInt(4) == 0)
                .withNorm(random.nextInt(5) == 0 ? Norm.L1 : Norm.L2)
                .withMaxDf(random.nextBoolean() ? DfLimit.proportion(1.0) : DfLimit.proportion(0.5));
        Vectorized v =
                new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, options).fit(corpus, 2);
        int k = 1 + random.nextInt(12);
        List<List<SimilarArticle>> expected = oracle(corpus, v, k);

        assertEquals(expected, SimilarityIndex.of(corpus, v).allSimilar(k, 1 + random.nextInt(4)), "all-pairs");
        for (ExactScorer.Pruning pruning : ExactScorer.Pruning.values()) {
            SimilarityIndex index = SimilarityIndex.of(corpus, v, pruning);
            for (int i = 0; i < n; i++) {
                assertEquals(expected.get(i), index.similar(corpus.get(i).id(), k), pruning + " query " + i);
            }
        }
    }

    @RepeatedTest(3)
    void filteredListsEqualBruteForceOverEligibleArticles() {
        Random random = new Random(Seeds.seed("filteredListsEqualBruteForceOverEligibleArticles"));
        int n = 100 + random.nextInt(300);
        List<Article> corpus = RandomCorpus.generate(random, n, 500, 60);
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(corpus, 2);
        int mod = 2 + random.nextInt(4);
        CandidateFilter filter = (q, c) -> c < q || (q + c) % mod != 0; // asymmetric on purpose
        int k = 1 + random.nextInt(10);
        List<List<SimilarArticle>> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Double> scores = new ArrayList<>();
            List<int[]> docs = BruteForce.topK(v.vectors(), v.vectors().row(i), i, n, scores);
            List<SimilarArticle> list = new ArrayList<>();
            for (int r = 0; r < docs.size() && list.size() < k; r++) {
                if (filter.accept(i, docs.get(r)[0])) {
                    list.add(new SimilarArticle(docs.get(r)[0], corpus.get(docs.get(r)[0]), scores.get(r)));
                }
            }
            expected.add(list);
        }
        SimilarityIndex index = SimilarityIndex.of(corpus, v, ExactScorer.Pruning.ALWAYS);
        assertEquals(expected, index.allSimilar(k, 2, filter, io.kindred.core.Progress.NONE));
        for (int i = 0; i < n; i++) {
            assertEquals(expected.get(i), index.similar(corpus.get(i).id(), k, filter), "query " + i);
        }
    }

    @Test
    void allPairsWithDenseHeadTermsEqualsBruteForce() {
        Random random = new Random(Seeds.seed("allPairsWithDenseHeadTermsEqualsBruteForce"));
        // more than 1,000 articles with Zipf words: the most common ones are in a third of the articles (head terms)
        List<Article> corpus = RandomCorpus.generate(random, 1200 + random.nextInt(600), 3000, 60);
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(corpus, 2);
        int k = 1 + random.nextInt(10);
        assertEquals(oracle(corpus, v, k), SimilarityIndex.of(corpus, v).allSimilar(k, 2));
    }

    @Test
    void pruningSkipsPostingsAndStaysExact() {
        Random random = new Random(Seeds.seed("pruningSkipsPostingsAndStaysExact"));
        List<Article> corpus = RandomCorpus.generate(random, 600, 3000, 100);
        Vectorized v = new TfidfVectorizer(
                        SklearnAnalyzer.defaults(),
                        TextFields.TITLE_AND_BODY,
                        TfidfOptions.defaults().withWeighting(TfIdf.SKLEARN.withSublinearTf(true)))
                .fit(corpus, 2);
        SimilarityIndex off = SimilarityIndex.of(corpus, v, ExactScorer.Pruning.OFF);
        SimilarityIndex always = SimilarityIndex.of(corpus, v, ExactScorer.Pruning.ALWAYS);
        for (Article a : corpus) {
            assertEquals(off.similar(a.id(), 5), always.similar(a.id(), 5), a.id());
        }
        assertTrue(
                always.postingsVisited() < 0.9 * off.postingsVisited(),
                "pruning visited " + always.postingsVisited() + " of " + off.postingsVisited() + " postings");
    }

    @Test
    void sameListsForOneTwoAndSevenThreads() {
        Random random = new Random(Seeds.seed("sameListsForOneTwoAndSevenThreads"));
        List<Article> corpus = RandomCorpus.generate(random, 3000, 5000, 80);
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 3);
        List<List<SimilarArticle>> one = index.allSimilar(10, 1);
        assertEquals(one, index.allSimilar(10, 2));
        assertEquals(one, index.allSimilar(10, 7));
        assertEquals(
                one,
                SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 1)
                        .allSimilar(10, 1),
                "fitting with 1 or 3 threads gives the same vectors");
    }

    @Test
    void selfSimilarityIsOneAndDisjointArticlesNeverAppear() {
        Random random = new Random(Seeds.seed("selfSimilarityIsOneAndDisjointArticlesNeverAppear"));
        List<Article> corpus = new ArrayList<>(RandomCorpus.generate(random, 300, 800, 60));
        corpus.add(Article.of("zz-1", "zulu yankee", "xray zulu"));
        corpus.add(Article.of("zz-2", "quebec", "papa"));
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 2);
        for (int i = 0; i < 300; i += 17) {
            Article a = corpus.get(i);
            if (index.vectors().row(i).size() == 0) {
                continue;
            }
            Article copy = Article.of("new-" + i, a.title(), a.body());
            SimilarArticle first = index.similar(copy, 1).get(0);
            assertEquals(1.0, first.score(), 1e-12, "an identical text scores 1");
            assertEquals(1.0, index.vectors().row(i).norm(), 1e-12);
        }
        assertEquals(List.of(), index.similar("zz-2", 5), "no shared term: no neighbour");
        assertEquals(List.of(), index.similar("zz-1", 5));
        for (List<SimilarArticle> list : index.allSimilar(10, 2)) {
            for (SimilarArticle s : list) {
                assertTrue(!s.id().startsWith("zz-"), "a disjoint article appeared: " + s);
            }
        }
    }

    @Test
    void scoresAreSymmetricBitForBit() {
        Random random = new Random(Seeds.seed("scoresAreSymmetricBitForBit"));
        List<Article> corpus = RandomCorpus.generate(random, 400, 300, 50);
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 2);
        List<List<SimilarArticle>> all = index.allSimilar(400, 2);
        Map<String, Double> score = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            for (SimilarArticle s : all.get(i)) {
                score.put(corpus.get(i).id() + ">" + s.id(), s.score());
            }
        }
        int checked = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            String[] ab = e.getKey().split(">");
            Double back = score.get(ab[1] + ">" + ab[0]);
            assertEquals(e.getValue(), back, "score(" + ab[0] + ", " + ab[1] + ")");
            checked++;
        }
        assertTrue(checked > 1000, "too few pairs checked: " + checked);
    }

    /** Brute-force lists for every article. */
    static List<List<SimilarArticle>> oracle(List<Article> corpus, Vectorized v, int k) {
        List<List<SimilarArticle>> out = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            List<Double> scores = new ArrayList<>();
            List<int[]> docs = BruteForce.topK(v.vectors(), v.vectors().row(i), i, k, scores);
            List<SimilarArticle> list = new ArrayList<>();
            for (int r = 0; r < docs.size(); r++) {
                list.add(new SimilarArticle(docs.get(r)[0], corpus.get(docs.get(r)[0]), scores.get(r)));
            }
            out.add(list);
        }
        return out;
    }
}
