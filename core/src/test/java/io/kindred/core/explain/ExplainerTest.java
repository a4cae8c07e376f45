package io.kindred.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    private final SimilarityIndex index = SimilarityIndex.build(
            List.of(
                    Article.of("q", "ICC sanctions", "court judges sanctions hague"),
                    Article.of("d", "Sanctions on ICC judges", "the court in the hague"),
                    Article.of("x", "weather", "rain")),
            TfidfVectorizer.sklearnDefaults(),
            1);

    @Test
    void contributionsPlusRestSumToTheCosine() {
        double cosine = index.similar("q", 1).get(0).score();
        Explanation e = Explainer.explain(index, "q", "d", 2);
        assertEquals(cosine, e.score(), 0.0);
        assertEquals(2, e.terms().size());
        assertEquals("sanctions", e.terms().get(0).term(), "sanctions occurs three times in q and twice in d");
        double sum = e.rest();
        for (Explanation.TermContribution t : e.terms()) {
            sum += t.contribution();
        }
        assertEquals(cosine, sum, 1e-15);
        Explanation all = Explainer.explain(index, "q", "d", 100);
        // the other four shared terms have equal contributions (same tf and idf): ties are listed by term
        assertEquals(
                List.of("sanctions", "court", "hague", "icc", "judges"),
                all.terms().stream().map(Explanation.TermContribution::term).toList());
        assertEquals(0.0, all.rest());
    }

    @Test
    void unrelatedArticlesHaveNoTerms() {
        Explanation e = Explainer.explain(index, "q", "x", 5);
        assertEquals(0.0, e.score());
        assertEquals(List.of(), e.terms());
        assertEquals(
                "unknown article id 'nope'",
                assertThrows(IllegalArgumentException.class, () -> Explainer.explain(index, "q", "nope", 3))
                        .getMessage());
    }
}
