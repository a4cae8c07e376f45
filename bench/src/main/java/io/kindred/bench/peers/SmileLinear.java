package io.kindred.bench.peers;

import io.kindred.bench.JsonLines;
import io.kindred.core.Article;
import io.kindred.core.vector.DocumentVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import smile.math.distance.Distance;
import smile.neighbor.LinearSearch;
import smile.neighbor.Neighbor;

/**
 * Smile 3.1.1's exact linear search ({@link LinearSearch}) with a cosine distance {@code 1 - a·b} over the same
 * L2-normalised sparse TF-IDF vectors kindred computes (a sorted-merge dot product per pair). Smile excludes the query
 * itself by identity. Its search runs a parallel stream; it is run inside a {@link ForkJoinPool} of the requested size
 * so that the thread count is the one asked for.
 *
 * <p><b>Licence:</b> Smile is GPL-3.0 since 3.0. It is used here, in the never-distributed bench module, only; no other
 * module may depend on it. Not thread-safe.
 */
public final class SmileLinear {

    /**
     * A sparse row: term ids increasing, weights parallel.
     *
     * @param terms term ids
     * @param weights weights
     */
    public record Row(int[] terms, double[] weights) {}

    /** Cosine distance of L2-normalised sparse rows: 1 minus the merge-join dot product. */
    static final class CosineDistance implements Distance<Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public double d(Row a, Row b) {
            return 1 - dot(a, b);
        }

        static double dot(Row a, Row b) {
            int[] ta = a.terms;
            int[] tb = b.terms;
            double s = 0;
            int i = 0;
            int j = 0;
            while (i < ta.length && j < tb.length) {
                int x = ta[i];
                int y = tb[j];
                if (x == y) {
                    s += a.weights[i++] * b.weights[j++];
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }
    }

    private final Row[] rows;
    private final LinearSearch<Row, Row> search;

    /** @param vectors the corpus vectors (kindred's, L2-normalised) */
    public SmileLinear(DocumentVectors vectors) {
        rows = new Row[vectors.rows()];
        for (int r = 0; r < rows.length; r++) {
            int from = vectors.rowStart(r);
            int m = vectors.rowEnd(r) - from;
            int[] t = new int[m];
            double[] w = new double[m];
            for (int e = 0; e < m; e++) {
                t[e] = vectors.term(from + e);
                w[e] = vectors.weight(from + e);
            }
            rows[r] = new Row(t, w);
        }
        search = LinearSearch.of(rows, new CosineDistance());
    }

    /**
     * Top k for each query row (self excluded, only cosine &gt; 0).
     *
     * @param articles the corpus, for ids
     * @param queries positions to query
     * @param k list length
     * @param threads parallelism of Smile's stream
     * @return one list per query, best first
     */
    public List<List<JsonLines.Scored>> search(List<Article> articles, int[] queries, int k, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                        List<List<JsonLines.Scored>> out = new ArrayList<>(queries.length);
                        for (int q : queries) {
                            Neighbor<Row, Row>[] found = search.search(rows[q], Math.min(k, rows.length - 1));
                            List<JsonLines.Scored> list = new ArrayList<>(k);
                            for (Neighbor<Row, Row> nb : found) {
                                double score = 1 - nb.distance;
                                if (nb.index != q && score > 1e-12) {
                                    list.add(new JsonLines.Scored(
                                            articles.get(nb.index).id(), score));
                                }
                            }
                            list.sort((x, y) -> Double.compare(y.score(), x.score()));
                            out.add(list);
                        }
                        return out;
                    })
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Smile search failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
