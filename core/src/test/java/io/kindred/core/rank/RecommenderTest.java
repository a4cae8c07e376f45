package io.kindred.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.weighting.TfidfVectorizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every policy on small hand-built corpora, and policy lists against per-article queries on random ones. */
class RecommenderTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Article article(String id, String body, int day, String section) {
        return new Article(id, null, body, null, T0.plus(day, ChronoUnit.DAYS), section, List.of(), null, null);
    }

    /** q and five candidates sharing "sanctions court" with it to decreasing degrees. */
    private static final List<Article> NEWS = List.of(
            article("q", "sanctions court hague judges", 10, "world"),
            article("a", "sanctions court hague judges appeal", 12, "world"),
            article("b", "sanctions court hague", 5, "opinion"),
            article("c", "sanctions court", 9, "world"),
            article("d", "sanctions weather", 1, "world"),
            article("e", "court football", 30, "sport"),
            article("z", "unrelated markets", 10, "business"));

    private static SimilarityIndex news() {
        return SimilarityIndex.build(NEWS, TfidfVectorizer.sklearnDefaults(), 1);
    }

    private static List<String> ids(List<SimilarArticle> list) {
        return list.stream().map(SimilarArticle::id).toList();
    }

    @Test
    void plainOrder() {
        // d and e tie (one shared word of equal idf, same length): input order decides
        assertEquals(
                List.of("a", "b", "c", "d", "e"), ids(new Recommender(news(), RankingPolicy.NONE).similar("q", 10)));
    }

    @Test
    void exclusionsFillTheListFromFurtherDown() {
        RankingPolicy p = RankingPolicy.of(new ExcludeSections(Set.of("opinion")), new ExcludeIds(Set.of("a")));
        assertEquals(List.of("c", "d"), ids(new Recommender(news(), p).similar("q", 2)));
    }

    @Test
    void pastOnlyAndTimeWindow() {
        assertEquals(
                List.of("b", "c", "d"),
                ids(new Recommender(news(), RankingPolicy.of(new PastOnly())).similar("q", 10)));
        assertEquals(
                List.of("a", "b", "c"),
                ids(new Recommender(news(), RankingPolicy.of(new TimeWindow(5))).similar("q", 10)));
        Article undated = Article.of("new", null, "sanctions court hague judges");
        assertEquals(
                List.of("q", "a", "b", "c", "d"),
                ids(new Recommender(news(), RankingPolicy.of(new PastOnly())).similar(undated, 5)),
                "an undated query is not restricted");
    }

    @Test
    void exponentialDecayMultipliesByHalfPerHalfLife() {
        SimilarityIndex index = news();
        List<SimilarArticle> plain = new Recommender(index, RankingPolicy.NONE).similar("q", 10);
        List<SimilarArticle> decayed = new Recommender(index, RankingPolicy.of(Decay.exponential(2))).similar("q", 10);
        // c is 1 day away: factor 0.5^(1/2); a is 2 days away: 0.5; b is 5 days away: 0.5^2.5
        double c = score(plain, "c") * Math.pow(0.5, 0.5);
        double a = score(plain, "a") * 0.5;
        double b = score(plain, "b") * Math.pow(0.5, 2.5);
        assertEquals(c, score(decayed, "c"), 1e-15);
        assertEquals(a, score(decayed, "a"), 1e-15);
        assertEquals(b, score(decayed, "b"), 1e-15);
        assertEquals(List.of("c", "a"), ids(decayed).subList(0, 2), "recency changes the order");
        assertEquals(0.5, Decay.gaussian(3).factor(3 * 86_400), 1e-15);
        assertEquals(Math.pow(0.5, 4), Decay.gaussian(3).factor(-6 * 86_400), 1e-15);
    }

    private static double score(List<SimilarArticle> list, String id) {
        return list.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void minimumScoreShortensTheListWithoutBackfill() {
        SimilarityIndex index = news();
        List<SimilarArticle> plain = new Recommender(index, RankingPolicy.NONE).similar("q", 10);
        double cut = score(plain, "c");
        List<SimilarArticle> list = new Recommender(index, RankingPolicy.of(new MinScore(cut))).similar("q", 10);
        assertEquals(List.of("a", "b", "c"), ids(list));
    }

    @Test
    void nearDuplicatesOfTheQueryOrOfAKeptArticleAreDropped() {
        List<Article> corpus = List.of(
                Article.of("q", null, "icc sanctions judges hague prosecutor"),
                Article.of("reprint", null, "icc sanctions judges hague prosecutor"),
                Article.of("story", null, "icc sanctions judges statement"),
                Article.of("story-copy", null, "icc sanctions judges statement"),
                Article.of("other", null, "icc prosecutor visit"));
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 1);
        assertEquals(
                List.of("reprint", "story", "story-copy", "other"),
                ids(new Recommender(index, RankingPolicy.NONE).similar("q", 4)));
        Recommender dedup = new Recommender(index, RankingPolicy.of(new NearDuplicates(0.9)));
        assertEquals(List.of("story", "other"), ids(dedup.similar("q", 4)));
    }

    @Test
    void mmrPrefersAnotherAngleOverASecondCopy() {
        List<Article> corpus = List.of(
                Article.of("q", null, "election budget tax reform vote"),
                Article.of("tax-1", null, "election tax reform"),
                Article.of("tax-2", null, "election tax reform"),
                Article.of("vote", null, "election vote turnout"));
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 1);
        assertEquals(List.of("tax-1", "tax-2"), ids(new Recommender(index, RankingPolicy.NONE).similar("q", 2)));
        assertEquals(
                List.of("tax-1", "vote"), ids(new Recommender(index, RankingPolicy.of(new Mmr(0.5))).similar("q", 2)));
    }

    @Test
    void editorialPinsBoostsAndBlocks() {
        Editorial e = Editorial.builder()
                .block(Editorial.ALL_LISTS, "b")
                .boost("q", "e", 10)
                .pin("q", "z", 1)
                .build();
        List<SimilarArticle> list = new Recommender(news(), RankingPolicy.of(e.steps())).similar("q", 3);
        assertEquals(List.of("z", "e", "a"), ids(list));
        assertEquals(0.0, list.get(0).cosine(), "a pinned article keeps its true cosine");
        assertEquals(list.get(1).score(), list.get(0).score(), "and takes the score of the entry below it");
        assertTrue(ids(new Recommender(news(), RankingPolicy.of(e.steps())).similar("a", 10)).stream()
                .noneMatch("b"::equals));
        assertThrows(IllegalArgumentException.class, () -> Editorial.builder().pin("q", "z", 0));
        assertThrows(IllegalArgumentException.class, () -> Editorial.builder().boost("q", "z", 0));
    }

    @Test
    void feedbackOrdersThePoolByTheExpandedQueryWhichIsTheScore() {
        SimilarityIndex index = news();
        RankingPolicy p = RankingPolicy.of(new Feedback(List.of(1), 1.0, 50));
        List<SimilarArticle> list = new Recommender(index, p).similar("q", 10);
        // q' = q + 1.0 · a (a is q's nearest); the order is by cos(q', d), the score shown is cos(q, d)
        var q = index.vectors().row(0);
        var a = index.vectors().row(1);
        double[] expanded = new double[index.vectors().dimensions()];
        for (int i = 0; i < q.size(); i++) {
            expanded[q.term(i)] += q.weight(i);
        }
        for (int i = 0; i < a.size(); i++) {
            expanded[a.term(i)] += a.weight(i);
        }
        double norm = 0;
        for (double w : expanded) {
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        double previous = Double.POSITIVE_INFINITY;
        for (SimilarArticle s : list) {
            var d = index.vectors().row(index.ordinal(s.id()));
            double expandedScore = 0;
            for (int i = 0; i < d.size(); i++) {
                expandedScore += expanded[d.term(i)] * d.weight(i);
            }
            assertTrue(expandedScore <= previous + 1e-15, "ordered by the expanded query");
            previous = expandedScore;
            assertEquals(q.dot(d), s.cosine(), 0.0, "the cosine of " + s.id());
            assertEquals(expandedScore / norm, s.score(), 1e-12, "the score of " + s.id() + " is what orders it");
        }
    }

    @Test
    void deepensThePoolWhenPoliciesRemoveManyCandidates() {
        List<Article> corpus = new ArrayList<>();
        corpus.add(Article.of("q", null, "storm coast flood warning"));
        for (int i = 0; i < 100; i++) {
            corpus.add(Article.of("copy-" + i, null, "storm coast flood warning"));
        }
        String[] angle = {"evacuation", "insurance", "rescue", "damage", "forecast"};
        for (int i = 0; i < 5; i++) {
            corpus.add(Article.of("related-" + i, null, "storm coast " + angle[i]));
        }
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 1);
        Recommender dedup = new Recommender(index, RankingPolicy.of(new NearDuplicates(0.95)));
        assertEquals(
                List.of("related-0", "related-1", "related-2", "related-3", "related-4"), ids(dedup.similar("q", 5)));
        assertEquals(
                dedup.similar("copy-7", 5),
                dedup.allSimilar(5, 2, io.kindred.core.Progress.NONE).get(8));
    }

    @Test
    void allSimilarEqualsOneQueryAtATimeUnderEveryPolicy() {
        Random random = new Random(Seeds.seed("allSimilarEqualsOneQueryAtATimeUnderEveryPolicy"));
        List<Article> plain = RandomCorpus.generate(random, 300, 400, 40);
        List<Article> corpus = new ArrayList<>();
        for (Article a : plain) {
            corpus.add(new Article(
                    a.id(),
                    a.title(),
                    a.body(),
                    null,
                    random.nextInt(10) == 0 ? null : T0.plus(random.nextInt(60), ChronoUnit.DAYS),
                    random.nextBoolean() ? "news" : "opinion",
                    List.of(),
                    null,
                    null));
        }
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 2);
        List<RankingPolicy> policies = List.of(
                RankingPolicy.of(new PastOnly(), new ExcludeSections(Set.of("opinion"))),
                RankingPolicy.of(new TimeWindow(7), Decay.gaussian(3), new MinScore(0.05)),
                RankingPolicy.of(new NearDuplicates(0.8), new Mmr(0.7)),
                RankingPolicy.of(new Feedback(List.of(3, 5), 2, 60), Decay.exponential(10)),
                RankingPolicy.of(Editorial.builder()
                        .block("*", "a3")
                        .boost("*", "a5", 3)
                        .pin("a0", "a9", 2)
                        .build()
                        .steps()));
        for (RankingPolicy p : policies) {
            Recommender r = new Recommender(index, p);
            List<List<SimilarArticle>> all = r.allSimilar(8, 3, io.kindred.core.Progress.NONE);
            for (int i = 0; i < corpus.size(); i++) {
                assertEquals(r.similar(corpus.get(i).id(), 8), all.get(i), p + " article " + i);
            }
        }
    }

    @Test
    void badPolicyValuesAreNamed() {
        assertEquals(
                "MMR lambda must be in (0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> new Mmr(1.5)).getMessage());
        assertEquals(
                "decay half-life must be a finite number of days > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> Decay.exponential(0))
                        .getMessage());
        assertEquals(
                "min score must be a finite number >= 0, was -0.1",
                assertThrows(IllegalArgumentException.class, () -> new MinScore(-0.1))
                        .getMessage());
        assertEquals(
                "window must be a finite number of days >= 0, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> new TimeWindow(-1))
                        .getMessage());
        assertEquals(
                "near-duplicate threshold must be a finite number > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0))
                        .getMessage());
        assertEquals(
                "two steps of one kind: MinScore[value=0.1] and MinScore[value=0.2]",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> RankingPolicy.of(new MinScore(0.1), new MinScore(0.2)))
                        .getMessage());
        assertEquals(
                "the policy has no Feedback step to change",
                assertThrows(
                                java.util.NoSuchElementException.class,
                                () -> RankingPolicy.NONE.update(Feedback.class, f -> f.withWeight(3)))
                        .getMessage());
    }

    /**
     * Latent re-ranking: each list is the pool (the 40 best by cosine, as without it) re-ordered by cosine + weight ×
     * latent cosine, scores shown unchanged; the same lists for one article at a time and for all, any thread count.
     */
    @Test
    void latentReRankingOrdersThePoolByCosinePlusWeightedLatentCosine() {
        Random random = new Random(Seeds.seed("latentReRanking"));
        List<Article> corpus = RandomCorpus.generate(random, 400, 60, 40);
        SimilarityIndex index = SimilarityIndex.build(corpus, TfidfVectorizer.sklearnDefaults(), 2);
        double weight = 0.7;
        Recommender r = new Recommender(index, RankingPolicy.of(new Latent(12, weight)));
        LatentSpace space = LatentSpace.fit(index.vectors(), 12, 1);
        List<List<SimilarArticle>> all = r.allSimilar(5, 3, io.kindred.core.Progress.NONE);
        int changed = 0;
        for (int q = 0; q < corpus.size(); q++) {
            String id = corpus.get(q).id();
            List<SimilarArticle> pool = index.similar(id, 40);
            float[] query = space.embed(index.vectors().row(q));
            List<SimilarArticle> expected = new ArrayList<>();
            for (SimilarArticle c : pool) {
                double score = c.cosine() + weight * space.cosine(c.ordinal(), query);
                expected.add(new SimilarArticle(c.ordinal(), c.article(), score, c.cosine(), List.of()));
            }
            expected.sort((x, y) -> x.score() != y.score()
                    ? Double.compare(y.score(), x.score())
                    : Integer.compare(x.ordinal(), y.ordinal()));
            expected = expected.subList(0, Math.min(5, expected.size()));
            assertEquals(expected, r.similar(id, 5), id);
            assertEquals(expected, all.get(q), id);
            changed += ids(expected).equals(ids(pool.subList(0, Math.min(5, pool.size())))) ? 0 : 1;
        }
        assertTrue(changed > 0, "the latent cosine changes some lists");
        assertEquals(
                "latent dimensions must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new Latent(0, 1))
                        .getMessage());
        assertEquals(
                "latent weight must be a finite number > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Latent(10, 0))
                        .getMessage());
    }
}
