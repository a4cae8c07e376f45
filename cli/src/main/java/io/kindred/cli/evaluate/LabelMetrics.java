package io.kindred.cli.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Label agreement of Similar Articles lists: an article of a list is relevant when it shares at least one label with
 * the list's article (multi-label articles have several). Over the <em>queries</em>, the articles with a label:
 *
 * <pre>
 *   P@k   = hits in the first k places / k                      (a missing place counts as a miss)
 *   AP@k  = Σ_{i ≤ k, place i relevant} P@i / min(k, R)          R = relevant articles in the corpus, the query
 *                                                                 itself excepted
 *   nDCG@k = DCG / IDCG,  DCG = Σ_{i ≤ k, place i relevant} 1 / log2(i + 1),  IDCG = Σ_{i ≤ min(k, R)} 1 / log2(i + 1)
 * </pre>
 *
 * P@k is averaged over every query (macro average); MAP@k and nDCG@k over the queries with R &gt; 0 (for the others
 * nothing can be found: trec_eval's convention); each is NaN when there is no query to average over (a corpus without
 * labels). Coverage is the share of all articles whose list is full (k articles); the histogram counts the lists of
 * each length 0..k: neither needs labels. Per label, P@k is averaged over the queries carrying that label.
 *
 * <p>Stateless and thread-safe.
 */
public final class LabelMetrics {

    /**
     * P@k of the queries carrying one label.
     *
     * @param queries how many queries carry it
     * @param precision their mean P@k
     */
    public record LabelPrecision(int queries, double precision) {}

    /**
     * The metrics of one set of lists. Immutable.
     *
     * @param k the list length evaluated
     * @param articles articles in the corpus
     * @param queries articles with a label
     * @param queriesWithRelevant queries with at least one relevant article in the corpus
     * @param precision mean P@k over the queries, NaN without a query
     * @param map mean AP@k over the queries with a relevant article, NaN without one
     * @param ndcg mean nDCG@k over the queries with a relevant article, NaN without one
     * @param fullLists lists with k articles
     * @param histogram {@code histogram[n]} = lists with n articles, n = 0..k
     * @param perLabel P@k per label, by label in code-point order
     * @param queryPrecision P@k of each article by position, NaN for articles without a label
     */
    public record Result(
            int k,
            int articles,
            int queries,
            int queriesWithRelevant,
            double precision,
            double map,
            double ndcg,
            int fullLists,
            int[] histogram,
            Map<String, LabelPrecision> perLabel,
            double[] queryPrecision) {

        /**
         * Copies the arrays and the map.
         *
         * @param k see {@link #k()}
         * @param articles see {@link #articles()}
         * @param queries see {@link #queries()}
         * @param queriesWithRelevant see {@link #queriesWithRelevant()}
         * @param precision see {@link #precision()}
         * @param map see {@link #map()}
         * @param ndcg see {@link #ndcg()}
         * @param fullLists see {@link #fullLists()}
         * @param histogram see {@link #histogram()}
         * @param perLabel see {@link #perLabel()}
         * @param queryPrecision see {@link #queryPrecision()}
         */
        public Result {
            histogram = histogram.clone();
            perLabel = Collections.unmodifiableMap(new TreeMap<>(perLabel));
            queryPrecision = queryPrecision.clone();
        }

        /** @return the share of articles with a full list */
        public double coverage() {
            return articles == 0 ? 0 : (double) fullLists / articles;
        }

        /** @return {@code histogram[n]} = lists with n articles, n = 0..k (a copy) */
        @Override
        public int[] histogram() {
            return histogram.clone();
        }

        /** @return P@k of each article by position, NaN for articles without a label (a copy) */
        @Override
        public double[] queryPrecision() {
            return queryPrecision.clone();
        }
    }

    private LabelMetrics() {}

    /**
     * @param labels the labels of each article, by position (empty: no label)
     * @param lists the list of each article, by position: positions of the similar articles, best first (only the first
     *     k count)
     * @param k the list length evaluated, at least 1
     * @return the metrics
     * @throws IllegalArgumentException if k &lt; 1 or the sizes differ
     */
    public static Result evaluate(List<Set<String>> labels, List<int[]> lists, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        int n = labels.size();
        if (lists.size() != n) {
            throw new IllegalArgumentException("one list per article: " + n + " articles, " + lists.size() + " lists");
        }
        int[] relevantCounts = relevantCounts(labels);
        int[] histogram = new int[k + 1];
        double[] queryPrecision = new double[n];
        Arrays.fill(queryPrecision, Double.NaN);
        Map<String, double[]> perLabel = new HashMap<>(); // label -> {queries, sum of P@k}
        int queries = 0;
        int withRelevant = 0;
        int full = 0;
        double precision = 0;
        double map = 0;
        double ndcg = 0;
        for (int q = 0; q < n; q++) {
            int[] list = lists.get(q);
            int length = Math.min(k, list.length);
            histogram[length]++;
            full += length == k ? 1 : 0;
            Set<String> mine = labels.get(q);
            if (mine.isEmpty()) {
                continue;
            }
            queries++;
            int hits = 0;
            double ap = 0;
            double dcg = 0;
            for (int i = 0; i < length; i++) {
                if (!Collections.disjoint(mine, labels.get(list[i]))) {
                    hits++;
                    ap += (double) hits / (i + 1);
                    dcg += 1 / log2(i + 2);
                }
            }
            double p = (double) hits / k;
            queryPrecision[q] = p;
            precision += p;
            for (String label : mine) {
                double[] s = perLabel.computeIfAbsent(label, x -> new double[2]);
                s[0]++;
                s[1] += p;
            }
            int relevant = relevantCounts[q];
            if (relevant > 0) {
                withRelevant++;
                map += ap / Math.min(k, relevant);
                ndcg += dcg / idealDcg(Math.min(k, relevant));
            }
        }
        Map<String, LabelPrecision> labelPrecision = new HashMap<>();
        perLabel.forEach((label, s) -> labelPrecision.put(label, new LabelPrecision((int) s[0], s[1] / s[0])));
        return new Result(
                k,
                n,
                queries,
                withRelevant,
                queries == 0 ? Double.NaN : precision / queries,
                withRelevant == 0 ? Double.NaN : map / withRelevant,
                withRelevant == 0 ? Double.NaN : ndcg / withRelevant,
                full,
                histogram,
                labelPrecision,
                queryPrecision);
    }

    /** For each article, the number of other articles sharing a label with it. */
    private static int[] relevantCounts(List<Set<String>> labels) {
        int n = labels.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String label : labels.get(d)) {
                postings.computeIfAbsent(label, x -> new ArrayList<>()).add(d);
            }
        }
        int[] counts = new int[n];
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        for (int q = 0; q < n; q++) {
            Set<String> mine = labels.get(q);
            if (mine.size() == 1) {
                counts[q] = postings.get(mine.iterator().next()).size() - 1;
                continue;
            }
            int count = 0;
            for (String label : mine) {
                for (int d : postings.get(label)) {
                    if (d != q && seenBy[d] != q) {
                        seenBy[d] = q;
                        count++;
                    }
                }
            }
            counts[q] = count;
        }
        return counts;
    }

    private static double idealDcg(int relevant) {
        double dcg = 0;
        for (int i = 0; i < relevant; i++) {
            dcg += 1 / log2(i + 2);
        }
        return dcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
