package io.kindred.core.weighting;

import io.kindred.core.text.CodePointOrder;
import java.util.Arrays;
import java.util.List;

/**
 * scikit-learn's {@code _limit_features}: which terms survive min_df, max_df and max_features, and their final ids
 * (code-point order of the kept terms). Stateless.
 */
final class VocabularyPruning {

    private VocabularyPruning() {}

    private static int count(int[] df, double minDocs, double maxDocs) {
        int kept = 0;
        for (int d : df) {
            kept += d <= maxDocs && d >= minDocs ? 1 : 0;
        }
        return kept;
    }

    /** The kept terms in code-point order, and the final id of every counted term (-1 if dropped). */
    record Kept(String[] terms, int[] df, int[] finalId) {}

    /**
     * @throws ConflictingSettingsException if max_df is below min_df for this corpus (when the limits apply to it)
     * @throws IllegalArgumentException if nothing remains under exact limits (soft limits that would leave nothing keep
     *     every term, and a corpus without any term then has an empty vocabulary)
     */
    static Kept keep(TermCounts counts, TfidfOptions o, int threads) {
        int n = counts.documents();
        // below the options' corpus size every term is kept: df is always in [1, n]
        boolean limited = o.dfLimitsApply(n);
        double maxDocs = limited ? o.maxDf().documents(n) : n;
        double minDocs = limited ? o.minDf().documents(n) : 1;
        if (maxDocs < minDocs) {
            throw new ConflictingSettingsException(
                    List.of("min_df", "max_df"),
                    "max_df (" + o.maxDf() + ", " + maxDocs + " of " + n + " documents) is below min_df (" + o.minDf()
                            + ", " + minDocs + ")");
        }
        int v = counts.df.length;
        int kept = count(counts.df, minDocs, maxDocs);
        boolean soft = o.dfLimitsFrom() > 0;
        if (kept == 0 && limited && soft) { // soft limits that would leave no term give way, as for a small corpus
            maxDocs = n;
            minDocs = 1;
            kept = v;
        }
        // only the survivors of the document-frequency limits are sorted, as scikit-learn sorts its vocabulary
        Survivor[] survivors = new Survivor[kept];
        for (int t = 0, i = 0; t < v; t++) {
            if (counts.df[t] <= maxDocs && counts.df[t] >= minDocs) {
                survivors[i++] = new Survivor(counts.term(t), t);
            }
        }
        CodePointOrder.sort(survivors, Survivor::term, threads);
        String[] terms = new String[kept];
        int[] candidate = new int[kept];
        for (int i = 0; i < kept; i++) {
            terms[i] = survivors[i].term();
            candidate[i] = survivors[i].id();
        }
        if (kept > o.maxFeatures()) {
            double[] negativeTotals = new double[kept];
            double[] totals = counts.totals(o.binary());
            for (int i = 0; i < kept; i++) {
                negativeTotals[i] = -totals[candidate[i]];
            }
            int[] order = NumpyArgsort.argsort(negativeTotals);
            boolean[] keep = new boolean[kept];
            for (int i = 0; i < o.maxFeatures(); i++) {
                keep[order[i]] = true;
            }
            int j = 0;
            for (int i = 0; i < kept; i++) {
                if (keep[i]) {
                    terms[j] = terms[i];
                    candidate[j++] = candidate[i];
                }
            }
            kept = o.maxFeatures();
            terms = Arrays.copyOf(terms, kept);
        }
        if (kept == 0 && !soft) {
            throw new IllegalArgumentException(
                    "After pruning, no terms remain. Try a lower min_df or a higher max_df (min_df=" + o.minDf()
                            + ", max_df=" + o.maxDf() + ", " + n + " documents)");
        }
        int[] finalId = new int[v];
        Arrays.fill(finalId, -1);
        int[] df = new int[kept];
        for (int i = 0; i < kept; i++) {
            finalId[candidate[i]] = i;
            df[i] = counts.df[candidate[i]];
        }
        return new Kept(terms, df, finalId);
    }

    /** A term within the document-frequency limits, with its id in the term counts. */
    private record Survivor(String term, int id) {}
}
