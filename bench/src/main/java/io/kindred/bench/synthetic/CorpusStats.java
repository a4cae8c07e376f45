package io.kindred.bench.synthetic;

import io.kindred.core.Article;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.ArticleText;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.concurrent.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The statistics a synthetic corpus is fitted to and judged by, for scikit-learn's default analysis (lowercase, tokens
 * of two or more word characters, no stop words, every term kept).
 *
 * @param name corpus name
 * @param n documents
 * @param vocabulary distinct terms
 * @param nnz Σ over documents of the distinct terms in it (= Σ df)
 * @param sumDfSquared Σ df(t)²
 * @param tokensMean mean tokens per document
 * @param tokensQuantiles tokens per document at the 10th, 50th, 90th, 99th percentiles
 * @param hapaxShare share of terms with df = 1
 * @param dfQuantiles df at the 50th, 90th, 99th, 99.9th percentile of terms
 * @param topDfShare df / n of the terms ranked 1, 10, 100, 1000, 10000 by df
 */
public record CorpusStats(
        String name,
        int n,
        int vocabulary,
        long nnz,
        long sumDfSquared,
        double tokensMean,
        int[] tokensQuantiles,
        double hapaxShare,
        int[] dfQuantiles,
        double[] topDfShare) {

    /** Ranks of {@link #topDfShare}. */
    public static final int[] TOP_RANKS = {1, 10, 100, 1000, 10000};

    /** @return Σ df² / n², the all-pairs work per pair of documents */
    public double workPerPair() {
        return sumDfSquared / ((double) n * n);
    }

    /** @return mean distinct terms per document */
    public double distinctMean() {
        return nnz / (double) n;
    }

    /**
     * Measures a corpus of articles with the scikit-learn default analyzer on title + "\n" + body.
     *
     * @param name a name for reports
     * @param articles the corpus
     * @param threads worker threads
     * @return the statistics
     */
    public static CorpusStats of(String name, List<Article> articles, int threads) {
        Analyzer analyzer = SklearnAnalyzer.defaults();
        int n = articles.size();
        int[][] docTerms = new int[n][];
        int[] tokens = new int[n];
        // term ids through a single concurrent-safe path: analyse in parallel into strings, intern sequentially
        String[][] docTokens = new String[n][];
        int chunk = 512;
        Workers.run(threads, (n + chunk - 1) / chunk, "stats", (w, c) -> {
            for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                ArrayList<String> list = new ArrayList<>();
                analyzer.analyze(
                        ArticleText.TITLE_AND_BODY.of(articles.get(i)), (b, o, len) -> list.add(new String(b, o, len)));
                docTokens[i] = list.toArray(new String[0]);
            }
        });
        HashMap<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] toks = docTokens[i];
            tokens[i] = toks.length;
            int[] t = new int[toks.length];
            for (int j = 0; j < toks.length; j++) {
                Integer id = ids.get(toks[j]);
                if (id == null) {
                    id = ids.size();
                    ids.put(toks[j], id);
                }
                t[j] = id;
            }
            docTerms[i] = t;
            docTokens[i] = null;
        }
        return ofIds(name, docTerms, tokens, ids.size());
    }

    /**
     * Measures a corpus given as term-id sequences (term ids are what the analysis yields, one per token).
     *
     * @param name a name for reports
     * @param docs per document, its tokens as term ids (any order, repeats allowed)
     * @param tokens per document, its token count (usually {@code docs[i].length})
     * @param idBound all ids are below this
     * @return the statistics
     */
    public static CorpusStats ofIds(String name, int[][] docs, int[] tokens, int idBound) {
        int n = docs.length;
        int[] df = new int[idBound];
        int[] last = new int[idBound];
        Arrays.fill(last, -1);
        long nnz = 0;
        for (int i = 0; i < n; i++) {
            for (int t : docs[i]) {
                if (last[t] != i) {
                    last[t] = i;
                    df[t]++;
                    nnz++;
                }
            }
        }
        return fromDf(name, n, df, nnz, tokens);
    }

    /**
     * Statistics from document frequencies and token counts.
     *
     * @param name a name
     * @param n documents
     * @param dfAll document frequency per id (zeros ignored)
     * @param nnz Σ df
     * @param tokens tokens per document
     * @return the statistics
     */
    public static CorpusStats fromDf(String name, int n, int[] dfAll, long nnz, int[] tokens) {
        int v = 0;
        for (int d : dfAll) {
            v += d > 0 ? 1 : 0;
        }
        int[] df = new int[v];
        int j = 0;
        long sum2 = 0;
        int hapax = 0;
        for (int d : dfAll) {
            if (d > 0) {
                df[j++] = d;
                sum2 += (long) d * d;
                hapax += d == 1 ? 1 : 0;
            }
        }
        Arrays.sort(df);
        int[] dfq = {q(df, 0.5), q(df, 0.9), q(df, 0.99), q(df, 0.999)};
        double[] top = new double[TOP_RANKS.length];
        for (int r = 0; r < TOP_RANKS.length; r++) {
            top[r] = TOP_RANKS[r] <= v ? df[v - TOP_RANKS[r]] / (double) n : 0;
        }
        int[] sortedTokens = tokens.clone();
        Arrays.sort(sortedTokens);
        long tokSum = 0;
        for (int t : tokens) {
            tokSum += t;
        }
        int[] tq = {q(sortedTokens, 0.1), q(sortedTokens, 0.5), q(sortedTokens, 0.9), q(sortedTokens, 0.99)};
        return new CorpusStats(name, n, v, nnz, sum2, tokSum / (double) n, tq, hapax / (double) v, dfq, top);
    }

    private static int q(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.floor(p * sorted.length));
        return sorted[i];
    }

    /** @return the Markdown table header matching {@link #row()} */
    public static String header() {
        return "| corpus | n | vocabulary | hapax | df p50/p90/p99/p99.9 | df/n of rank 1/10/100/1k/10k | "
                + "Σdf² | Σdf²/n² "
                + "| tokens mean (p10/p50/p90/p99) | distinct/doc |\n"
                + "|---|---:|---:|---:|---|---|---:|---:|---|---:|";
    }

    /** @return one Markdown table row */
    public String row() {
        StringBuilder top = new StringBuilder();
        for (int i = 0; i < topDfShare.length; i++) {
            top.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.3f", topDfShare[i]));
        }
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %,d | %.2f | %d / %d / %d / %d | %s | %.3e | %.2f | %.0f (%d/%d/%d/%d) | %.0f |",
                name,
                n,
                vocabulary,
                hapaxShare,
                dfQuantiles[0],
                dfQuantiles[1],
                dfQuantiles[2],
                dfQuantiles[3],
                top,
                (double) sumDfSquared,
                workPerPair(),
                tokensMean,
                tokensQuantiles[0],
                tokensQuantiles[1],
                tokensQuantiles[2],
                tokensQuantiles[3],
                distinctMean());
    }
}
