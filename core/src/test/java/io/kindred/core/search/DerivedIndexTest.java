package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.VectorModel;
import io.kindred.core.weighting.Vectorized;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * An index derived change by change (rows replaced in place and appended, searched through the postings of the changed
 * rows beside the old inverted index) against an index built afresh over the same vectors, for every pruning mode.
 */
class DerivedIndexTest {

    @RepeatedTest(4)
    void aDerivedIndexGivesTheListsOfAFreshOne() {
        long seed = Seeds.seed("DerivedIndexTest");
        Random random = new Random(seed);
        int n = 60 + random.nextInt(200);
        List<Article> pool = RandomCorpus.generate(random, n * 2, 30 + random.nextInt(400), 1 + random.nextInt(60));
        List<Article> articles = new ArrayList<>(pool.subList(0, n));
        Vectorized fitted = new TfidfVectorizer(
                        SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, TfidfOptions.defaults())
                .fit(articles, 1);
        VectorModel model = fitted.model();
        for (ExactScorer.Pruning pruning : ExactScorer.Pruning.values()) {
            List<Article> current = new ArrayList<>(articles);
            DocumentVectors vectors = fitted.vectors();
            SimilarityIndex derived = SimilarityIndex.of(current, fitted, pruning);
            int next = 0;
            for (int step = 0; step < 40; step++) {
                int changes = 1 + random.nextInt(3);
                int[] rows = new int[changes];
                SparseVector[] rowVectors = new SparseVector[changes];
                int appended = 0;
                for (int c = 0; c < changes; c++) {
                    Article text = pool.get(random.nextInt(pool.size()));
                    if (random.nextBoolean()) {
                        int row;
                        do {
                            row = random.nextInt(current.size());
                        } while (contains(rows, c, row));
                        Article a = Article.of(current.get(row).id(), null, text.body());
                        current.set(row, a);
                        rows[c] = row;
                        rowVectors[c] = model.transform(a);
                    } else {
                        Article a = Article.of("new" + next++, null, text.body());
                        rows[c] = vectors.rows() + appended++;
                        current.add(a);
                        rowVectors[c] = model.transform(a);
                    }
                }
                // appended rows must come in order after the replaced ones' numbers: sort by row
                int[] order = IntStream.range(0, changes)
                        .boxed()
                        .sorted((x, y) -> Integer.compare(rows[x], rows[y]))
                        .mapToInt(Integer::intValue)
                        .toArray();
                int[] sortedRows = IntStream.of(order).map(i -> rows[i]).toArray();
                SparseVector[] sortedVectors =
                        IntStream.of(order).mapToObj(i -> rowVectors[i]).toArray(SparseVector[]::new);
                vectors = vectors.withRows(sortedRows, sortedVectors);
                derived = SimilarityIndex.derived(derived, current, new Vectorized(model, vectors), sortedRows, 1);
                int[] identity = IntStream.range(0, vectors.rows()).toArray();
                SimilarityIndex fresh = SimilarityIndex.of(
                        current, new Vectorized(model, vectors.rearranged(identity, new SparseVector[0])), pruning);
                int k = 1 + random.nextInt(random.nextInt(8) == 0 ? current.size() + 3 : 12);
                for (Article a : current) {
                    assertEquals(
                            fresh.similar(a.id(), k),
                            derived.similar(a.id(), k),
                            pruning + " step " + step + " " + a.id() + " k=" + k + ", seed " + seed);
                }
                Article draft = pool.get(random.nextInt(pool.size()));
                assertEquals(fresh.similar(draft, k), derived.similar(draft, k), "draft, seed " + seed);
            }
        }
    }

    private static boolean contains(int[] rows, int count, int row) {
        for (int i = 0; i < count; i++) {
            if (rows[i] == row) {
                return true;
            }
        }
        return false;
    }
}
