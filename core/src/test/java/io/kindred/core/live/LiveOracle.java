package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.vector.SparseVector;
import io.kindred.core.weighting.TfidfModel;
import io.kindred.core.weighting.Vectorized;
import java.util.List;

/** The batch engine as the live index's oracle: every list computed from scratch over a snapshot's articles. */
final class LiveOracle {

    private LiveOracle() {}

    /**
     * A batch recommender over the snapshot's articles with the snapshot's frozen model: vectors and latent vectors
     * computed afresh from the articles' text, not from the index's incremental rows.
     */
    static Recommender frozen(Snapshot s, RankingPolicy policy) {
        TfidfModel model = s.model().tfidf();
        List<Article> articles = s.articles();
        int[] starts = new int[articles.size() + 1];
        SparseVector[] rows = new SparseVector[articles.size()];
        int entries = 0;
        for (int i = 0; i < rows.length; i++) {
            rows[i] = model.transform(articles.get(i));
            entries += rows[i].size();
            starts[i + 1] = entries;
        }
        int[] terms = new int[entries];
        double[] weights = new double[entries];
        for (int i = 0; i < rows.length; i++) {
            for (int e = 0; e < rows[i].size(); e++) {
                terms[starts[i] + e] = rows[i].term(e);
                weights[starts[i] + e] = rows[i].weight(e);
            }
        }
        DocumentVectors vectors =
                DocumentVectors.of(starts, terms, weights, model.vocabulary().size());
        SimilarityIndex index = SimilarityIndex.of(articles, new Vectorized(model, vectors));
        LatentSpace latent = null;
        if (s.model().latent() != null) {
            LatentSpace basis = s.model().latent();
            float[] all = new float[rows.length * basis.dims()];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(basis.embed(rows[i]), 0, all, i * basis.dims(), basis.dims());
            }
            latent = basis.withLatentVectors(all);
        }
        return new Recommender(index, policy, false, latent);
    }

    /** A batch run as {@code kindred recommend} does it: fitted on the snapshot's articles. */
    static Recommender refitted(Snapshot s, RankingPolicy policy) {
        SimilarityIndex index =
                SimilarityIndex.build(s.articles(), s.settings().preset().vectorizer(), 1);
        return new Recommender(index, policy);
    }

    /** Every kept list of the snapshot equals the batch list with its frozen model. */
    static void assertFrozenLists(Snapshot s, String where) {
        Recommender oracle = frozen(s, s.policy());
        int k = s.settings().k();
        for (Article a : s.articles()) {
            assertSameList(oracle.similar(a.id(), k), s.similar(a.id(), k), "list of " + a.id() + ", " + where);
        }
    }

    static void assertSameList(List<SimilarArticle> expected, List<SimilarArticle> actual, String what) {
        assertEquals(render(expected), render(actual), what);
    }

    /** Ids, and scores and cosines bit for bit. */
    static String render(List<SimilarArticle> list) {
        StringBuilder sb = new StringBuilder();
        for (SimilarArticle s : list) {
            sb.append(s.id())
                    .append(' ')
                    .append(Double.doubleToLongBits(s.score()))
                    .append(' ')
                    .append(Double.doubleToLongBits(s.cosine()))
                    .append('\n');
        }
        return sb.toString();
    }
}
