package io.kindred.core.live;

import io.kindred.core.Article;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.weighting.TfidfModel;
import java.time.Clock;
import java.util.List;

/**
 * A fit: the model learnt from a snapshot's articles, as a batch run learns it ({@code SimilarityIndex.build} with the
 * preset's vectorizer, the latent space fitted on its vectors), and every neighbour list and kept list under it.
 * Stateless.
 */
final class Fit {

    private Fit() {}

    /**
     * @param settings the index's settings
     * @param generation the generation of the snapshot
     * @param articles the articles, in index order
     * @param positions their positions, increasing
     * @param nextPosition the position the next new article gets
     * @param fit the number of fits before this one
     * @param threads worker threads
     * @param clock gives the fit's time
     * @return the fitted snapshot
     * @throws IllegalArgumentException when the settings cannot fit these articles (scikit-learn's exact df limits)
     */
    static Snapshot fit(
            Settings settings,
            long generation,
            List<Article> articles,
            long[] positions,
            long nextPosition,
            long fit,
            int threads,
            Clock clock) {
        TfidfModel tfidf;
        DocumentVectors vectors;
        if (articles.isEmpty()) {
            tfidf = TfidfModel.of(
                    settings.preset().analysis().build(),
                    settings.preset().fields(),
                    settings.preset().weighting(),
                    new Vocabulary(new String[0], new int[0], 0),
                    new double[0],
                    0);
            vectors = DocumentVectors.of(new int[] {0}, new int[0], new double[0], 0);
        } else {
            SimilarityIndex batch =
                    SimilarityIndex.build(articles, settings.preset().vectorizer(), threads);
            tfidf = (TfidfModel) batch.model();
            vectors = batch.vectors();
        }
        int dims = settings.latentDims();
        LatentSpace latent = dims == 0 || articles.isEmpty() ? null : LatentSpace.fit(vectors, dims, threads);
        LatentSpace basis = latent == null ? null : latent.withLatentVectors(new float[0]);
        if (dims != 0 && articles.isEmpty()) {
            basis = LatentSpace.of(1, new int[0], new float[0], new float[0]);
        }
        Model model = new Model(tfidf, basis, clock.instant(), articles.size(), fit);
        return complete(
                settings,
                generation,
                model,
                new Snapshot.Counters(nextPosition, 0, 0, 0),
                articles,
                positions,
                vectors,
                basis == null
                        ? null
                        : LatentRows.of(latent == null ? new float[0] : latent.latentVectors(), basis.dims()),
                threads);
    }

    /** A snapshot of articles already vectorised with a model: neighbours by all-pairs search, then kept lists. */
    static Snapshot complete(
            Settings settings,
            long generation,
            Model model,
            Snapshot.Counters counters,
            List<Article> articles,
            long[] positions,
            DocumentVectors vectors,
            LatentRows latents,
            int threads) {
        int n = articles.size();
        Neighbours[] neighbours = new Neighbours[n];
        KeptList[] kept = new KeptList[n];
        Snapshot s = new Snapshot(
                generation, settings, model, counters, articles, positions, vectors, latents, neighbours, kept, null);
        if (n == 0) {
            return s;
        }
        List<List<SimilarArticle>> all = s.index().allSimilar(s.depth(), threads);
        for (int i = 0; i < n; i++) {
            neighbours[i] = s.neighbours(all.get(i));
        }
        Workers.runBlocks(threads, n, 256, "kindred-keep", (w, from, to) -> {
            for (int i = from; i < to; i++) {
                kept[i] = s.keep(i);
            }
        });
        return s;
    }
}
