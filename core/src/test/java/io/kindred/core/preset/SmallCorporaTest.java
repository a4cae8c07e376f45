package io.kindred.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.Progress;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.testing.Seeds;
import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.core.weighting.DfLimit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The news preset on corpora of 1, 2, 3 and 5 articles, where its document-frequency limits cannot hold: every term is
 * kept, and the lists are those a reader expects. Scores are the plain cosines (feedback and latent topics only
 * re-order).
 */
class SmallCorporaTest {

    private static List<List<SimilarArticle>> lists(List<Article> articles) {
        SimilarityIndex index = SimilarityIndex.build(articles, Preset.NEWS.vectorizer(), 2);
        return new Recommender(index, Preset.NEWS.policy()).allSimilar(10, 2, Progress.NONE);
    }

    private static List<String> ids(List<SimilarArticle> list) {
        return list.stream().map(SimilarArticle::id).toList();
    }

    @Test
    void oneArticleHasAnEmptyList() {
        assertEquals(List.of(List.of()), lists(List.of(Article.of("a", "Storm hits the coast", "Roads flooded."))));
    }

    @Test
    void twoArticlesSharingOneWordScoreBelowOne() {
        List<List<SimilarArticle>> lists =
                lists(List.of(Article.of("a", null, "storm coast"), Article.of("b", null, "storm inland")));
        // each article: its two words counted 3 times (sublinear tf 1 + ln 3) and the phrase once (tf 1); idf (smooth,
        // 2 articles) 1 for the shared "storm", 1 + ln 1.5 for the others; cosine = storm's weight² / |a|²
        double word = 1 + Math.log(3);
        double idf = 1 + Math.log(1.5);
        double cosine = word * word / (word * word + word * idf * word * idf + idf * idf);
        assertEquals(0.292069, cosine, 1e-6);
        assertEquals(List.of("b"), ids(lists.get(0)));
        assertEquals(List.of("a"), ids(lists.get(1)));
        assertEquals(cosine, lists.get(0).get(0).cosine(), 1e-12);
        assertEquals(cosine, lists.get(1).get(0).cosine(), 1e-12);
    }

    @Test
    void threeArticlesOneOfThemUnrelated() {
        List<List<SimilarArticle>> lists = lists(List.of(
                Article.of("a", "Storm hits coast", "A strong storm hit the northern coast overnight."),
                Article.of("b", "Coast cleanup begins", "Volunteers cleaned the northern coast after the storm."),
                Article.of("c", "Election results", "The mayor won the election.")));
        assertEquals(List.of("b"), ids(lists.get(0)));
        assertEquals(List.of("a"), ids(lists.get(1)));
        assertEquals(List.of(), lists.get(2), "c shares no word with the others");
        double score = lists.get(0).get(0).cosine();
        assertTrue(score > 0.1 && score < 0.9, "shares storm, coast, northern; each has words of its own: " + score);
    }

    @Test
    void fiveArticlesTwoStoriesAndAStray() {
        List<List<SimilarArticle>> lists = lists(List.of(
                Article.of("a", "Storm hits coast", "A strong storm hit the northern coast overnight, flooding roads."),
                Article.of(
                        "b", "Coast cleanup begins", "Volunteers began cleaning the northern coast after the storm."),
                Article.of("c", "Election results", "The mayor won the election with a large majority."),
                Article.of("d", "Mayor plans budget", "The mayor presented a budget after winning the election."),
                Article.of("e", "Chess championship", "A teenager won the national chess championship.")));
        assertEquals(List.of("b"), ids(lists.get(0)));
        assertEquals(List.of("a"), ids(lists.get(1)));
        assertEquals(List.of("d", "e"), ids(lists.get(2)), "d shares mayor and election; e only won");
        assertEquals(List.of("c"), ids(lists.get(3)));
        assertEquals(List.of("c"), ids(lists.get(4)));
        for (List<SimilarArticle> list : lists) {
            for (SimilarArticle s : list) {
                assertTrue(s.cosine() < 0.5, s.id() + " " + s.cosine());
            }
        }
    }

    @Test
    void fromTheSizeOnTheLimitsApplyAsBefore() {
        // at NEWS_DF_LIMITS_FROM articles a term in one article only is dropped: "unique" no longer counts
        List<Article> articles = new ArrayList<>();
        articles.add(Article.of("q", null, "storm coast unique"));
        articles.add(Article.of("p", null, "storm coast"));
        for (int i = 2; i < Preset.NEWS_DF_LIMITS_FROM; i++) {
            articles.add(Article.of("x" + i, null, "filler" + (char) ('a' + i) + " filler" + (char) ('a' + i)));
        }
        SimilarityIndex index = SimilarityIndex.build(articles, Preset.NEWS.vectorizer(), 1);
        assertEquals(1.0, index.vectors().row(0).dot(index.vectors().row(1)), 1e-12, "q and p: the same kept terms");
        SimilarityIndex smaller =
                SimilarityIndex.build(articles.subList(0, articles.size() - 1), Preset.NEWS.vectorizer(), 1);
        assertTrue(smaller.vectors().row(0).dot(smaller.vectors().row(1)) < 0.9, "one article fewer: every term kept");
    }

    @Test
    void limitsThatWouldLeaveNoTermGiveWayAndNoTermAtAllGivesEmptyLists() {
        List<Article> distinct = new ArrayList<>();
        for (String word : List.of(
                "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
                "lima")) {
            distinct.add(Article.of(word, word, word + "s"));
        }
        // min_df 2 would drop every term of these 12 articles: the limits give way, every list is empty
        assertEquals(Collections.nCopies(12, List.of()), lists(distinct));
        List<Article> stopWords = List.of(Article.of("s1", "The", "and of the"), Article.of("s2", "A", "it is"));
        assertEquals(List.of(List.of(), List.of()), lists(stopWords));
        // scikit-learn's errors stay where its behaviour is asked for
        assertThrows(
                IllegalArgumentException.class,
                () -> SimilarityIndex.build(
                        stopWords,
                        Preset.SKLEARN.withAnalysis(Preset.NEWS.analysis()).vectorizer(),
                        1));
        assertThrows(
                IllegalArgumentException.class,
                () -> SimilarityIndex.build(
                        distinct,
                        Preset.NEWS
                                .withWeighting(Preset.NEWS.weighting().withMinDf(DfLimit.count(2)))
                                .vectorizer(),
                        1));
    }

    @Test
    void limitsGivenExplicitlyAreExact() {
        List<Article> two = List.of(Article.of("a", null, "storm coast"), Article.of("b", null, "storm inland"));
        ConflictingSettingsException e = assertThrows(
                ConflictingSettingsException.class,
                () -> SimilarityIndex.build(
                        two,
                        Preset.NEWS
                                .withWeighting(Preset.NEWS.weighting().withMinDf(DfLimit.count(2)))
                                .vectorizer(),
                        1));
        assertEquals(List.of("min_df", "max_df"), e.settings());
        assertEquals(
                0, Preset.NEWS.weighting().withMaxDf(DfLimit.proportion(0.5)).dfLimitsFrom());
    }

    /**
     * Random corpora below the size from which the limits apply, of articles that are sets of words: a list holds
     * exactly the articles that share a word with its article, and two articles of different words never score 1.
     */
    @Test
    void randomSmallCorpora() {
        Random random = new Random(Seeds.seed("randomSmallCorpora"));
        String[] words = {
            "storm", "coast", "flood", "mayor", "budget", "election", "chess", "teenager", "volunteers", "roads",
            "harbour", "council", "tax", "river", "bridge", "school", "teachers", "strike", "court", "judges"
        };
        for (int round = 0; round < 100; round++) {
            int n = 1 + random.nextInt(Preset.NEWS_DF_LIMITS_FROM - 1);
            List<Set<String>> sets = new ArrayList<>();
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<String> set = new HashSet<>();
                List<String> text = new ArrayList<>();
                for (int w = 1 + random.nextInt(6); w > 0; w--) {
                    String word = words[random.nextInt(words.length)];
                    set.add(word);
                    text.add(word);
                }
                sets.add(set);
                articles.add(Article.of("a" + i, null, String.join(" ", text)));
            }
            List<List<SimilarArticle>> lists = lists(articles);
            for (int i = 0; i < n; i++) {
                Set<String> expected = new HashSet<>();
                for (int j = 0; j < n; j++) {
                    if (j != i && sets.get(j).stream().anyMatch(sets.get(i)::contains)) {
                        expected.add("a" + j);
                    }
                }
                assertEquals(expected, Set.copyOf(ids(lists.get(i))), articles.toString());
                for (SimilarArticle s : lists.get(i)) {
                    if (!sets.get(s.ordinal()).equals(sets.get(i))) {
                        assertTrue(s.cosine() < 0.9999995, articles + ": " + i + " " + s);
                    }
                }
            }
        }
    }
}
