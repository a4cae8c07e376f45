package io.kindred.bench.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.bench.JsonLines;
import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorized;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Correctness of the peer adapters (never performance): self excluded, k respected, exact where exact. */
class PeersTest {

    private static List<Article> corpus() {
        String[] words = {
            "court",
            "judge",
            "fraud",
            "bank",
            "river",
            "flood",
            "rain",
            "storm",
            "vote",
            "senate",
            "election",
            "ballot",
            "market",
            "stock",
            "price",
            "trade"
        };
        List<Article> out = new ArrayList<>();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int i = 0; i < 60; i++) {
            int topic = i % 4;
            StringBuilder sb = new StringBuilder();
            for (int t = 0; t < 30; t++) {
                sb.append(words[topic * 4 + rnd.nextInt(4)]).append(' ');
                if (rnd.nextInt(5) == 0) {
                    sb.append(words[rnd.nextInt(words.length)]).append(' ');
                }
            }
            out.add(Article.of("a" + i, "story " + i, sb.toString()));
        }
        return out;
    }

    private static int[] all(int n) {
        int[] q = new int[n];
        for (int i = 0; i < n; i++) {
            q[i] = i;
        }
        return q;
    }

    @Test
    void luceneListsExcludeSelfAndHaveAtMostK() throws Exception {
        List<Article> articles = corpus();
        for (LuceneMlt.Variant v : LuceneMlt.Variant.values()) {
            try (LuceneMlt mlt = new LuceneMlt(v)) {
                mlt.index(articles);
                List<List<JsonLines.Scored>> lists = mlt.search(articles, all(articles.size()), 10, 2);
                assertEquals(articles.size(), lists.size());
                for (int i = 0; i < lists.size(); i++) {
                    List<JsonLines.Scored> l = lists.get(i);
                    assertTrue(l.size() <= 10);
                    for (JsonLines.Scored s : l) {
                        assertFalse(s.id().equals(articles.get(i).id()), "self in list of " + i);
                        assertTrue(s.score() > 0);
                    }
                    assertFalse(l.isEmpty(), v + ": empty list for " + i);
                }
            }
        }
    }

    @Test
    void smileEqualsKindredExactLists() {
        List<Article> articles = corpus();
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(articles, 1);
        SimilarityIndex index = SimilarityIndex.of(articles, v);
        List<List<SimilarArticle>> exact = index.allSimilar(10, 1);
        List<List<JsonLines.Scored>> smile = new SmileLinear(v.vectors()).search(articles, all(articles.size()), 10, 2);
        for (int i = 0; i < articles.size(); i++) {
            List<JsonLines.Scored> s = smile.get(i);
            for (JsonLines.Scored x : s) {
                assertFalse(x.id().equals(articles.get(i).id()), "self in Smile list of " + i);
            }
            assertEquals(exact.get(i).size(), s.size());
            for (int j = 0; j < s.size(); j++) {
                assertEquals(exact.get(i).get(j).score(), s.get(j).score(), 1e-9, "score at rank " + j + " of " + i);
            }
        }
    }

    @Test
    void comparisonFollowsCompareRules() {
        var a = List.of(new JsonLines.Scored("x", 0.9), new JsonLines.Scored("y", 0.5), new JsonLines.Scored("z", 0.5));
        var b = List.of(new JsonLines.Scored("x", 0.9), new JsonLines.Scored("z", 0.5), new JsonLines.Scored("y", 0.5));
        var c = List.of(new JsonLines.Scored("x", 0.9), new JsonLines.Scored("w", 0.4));
        ListComparison.Agreement same = ListComparison.compare(Map.of("q", a), Map.of("q", b), 10);
        assertEquals(0.0, same.identicalLists());
        assertEquals(1.0, same.identicalSets());
        assertEquals(1.0, same.tieEquivalent());
        assertEquals(1.0, same.overlap());
        ListComparison.Agreement diff = ListComparison.compare(Map.of("q", a), Map.of("q", c), 10);
        assertEquals(1.0 / 3, diff.overlap(), 1e-12);
        assertEquals(0.0, diff.tieEquivalent());
        double p = ListComparison.categoryPrecision(Map.of("q", c), Map.of("q", "A|B", "x", "B", "w", "C"), 10);
        assertEquals(0.5, p, 1e-12);
    }
}
