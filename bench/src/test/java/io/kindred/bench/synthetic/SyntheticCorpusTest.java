package io.kindred.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.analysis.ArticleText;
import io.kindred.core.analysis.SklearnAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, thread-count independent, and its text analyses to one term per token. */
class SyntheticCorpusTest {

    @Test
    void sameSeedSameCorpusWhateverTheThreads() {
        SyntheticCorpus g = new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, 3000, 5);
        List<Article> one = g.articles(1);
        List<Article> two = new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, 3000, 5).articles(2);
        assertEquals(one, two);
        assertTrue(!one.equals(new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, 3000, 6).articles(2)));
    }

    @Test
    void textStatisticsEqualIdStatistics() {
        SyntheticCorpus g = new SyntheticCorpus(SyntheticCorpus.Profiles.DOJ, 800, 11);
        CorpusStats fromIds = g.stats();
        CorpusStats fromText = CorpusStats.of("text", g.articles(2), 2);
        assertEquals(fromIds.vocabulary(), fromText.vocabulary());
        assertEquals(fromIds.nnz(), fromText.nnz());
        assertEquals(fromIds.sumDfSquared(), fromText.sumDfSquared());
        assertEquals(fromIds.tokensMean(), fromText.tokensMean(), 1e-9);
    }

    @Test
    void everyTokenIsOneScikitLearnTerm() {
        SyntheticCorpus g = new SyntheticCorpus(SyntheticCorpus.Profiles.AG_NEWS, 50, 3);
        for (int i = 0; i < 50; i++) {
            Article a = g.article(i);
            List<String> ids = new ArrayList<>();
            g.tokens(i, id -> ids.add(Long.toString(id)));
            int[] count = {0};
            SklearnAnalyzer.defaults().analyze(ArticleText.TITLE_AND_BODY.of(a), (b, o, l) -> count[0]++);
            assertEquals(ids.size(), count[0]);
        }
    }
}
