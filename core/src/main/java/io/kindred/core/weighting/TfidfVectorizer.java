package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.ArticleSource;
import io.kindred.core.Progress;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * scikit-learn 1.2's {@code TfidfVectorizer}, computed in double precision with the same results: the same vocabulary
 * (terms in code-point order), idf and weights equal to within 1e-12 relative (the last bits can differ because sums
 * and logarithms are not evaluated in the same order as numpy's).
 *
 * <p>Vocabulary pruning follows scikit-learn exactly: {@code min_df}/{@code max_df} as counts or proportions
 * ({@code max_df} below {@code min_df} is an error), then {@code max_features} keeps the terms with the largest total
 * count (document frequency when binary). <b>Tie rule</b>: among terms with equal totals at the cut, the kept ones are
 * those numpy 1.24's {@code argsort} (introsort, not stable) puts first when sorting the alphabetically ordered
 * candidates by decreasing total, which is what scikit-learn does; deterministic, though not alphabetical.
 *
 * <p><b>Memory</b>, to size a heap. With n articles, E' entries before pruning (Σ over articles of their distinct
 * terms), E after it (the vectors' entries), V' distinct terms before pruning and V kept, t threads, a fit's peak is
 * the larger of two phases, in bytes:
 *
 * <ul>
 *   <li>counting: 8·E' (each entry's term and count, chunk by chunk) + 100·(t + 1)·V' (each thread's table of the terms
 *       it met: hash slots, characters, counts; then the merged table);
 *   <li>the rows: 8·E' + 12·E (the entries as counted and as vectors: term id and double weight) + (16 + 4·t)·V'
 *       (document frequencies and id maps) + 80·V (the vocabulary's strings, df, idf).
 * </ul>
 *
 * A chunk's counts take 4 bytes more per entry when one of them is not a float exactly (a sum of fractional field
 * weights such as 0.1). The fitted vectors keep 12·E + 80·V. {@link io.kindred.core.search.SimilarityIndex} adds 8·E of
 * postings, 16·V of term bounds and about 72·n for its article ids (also while it fits), besides the articles
 * themselves, which it keeps. Without pruning (E' = E, V' = V: scikit-learn's defaults) fit and index peak at about
 * 20·E + (96 + 4·t)·V + 72·n plus the articles: for a million news articles with 184 distinct terms each and 2.7
 * million terms, on two threads, 4.0 GB plus the articles. With n-grams and pruning, the counting phase can be the
 * larger one. Collectors need headroom above the live data: G1, the default, allocates large arrays in contiguous
 * regions and needs about a fifth more.
 *
 * <p>Immutable and thread-safe; the thread count only changes speed, never the result.
 */
public final class TfidfVectorizer implements Vectorizer {

    private final Analyzer analyzer;
    private final TextFields fields;
    private final TfidfOptions options;

    /**
     * @param analyzer the analysis
     * @param fields which texts of an article to analyse, with their weights
     * @param options the weighting options
     */
    public TfidfVectorizer(Analyzer analyzer, TextFields fields, TfidfOptions options) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return scikit-learn's {@code TfidfVectorizer()} with every default, on title + "\n" + body */
    public static TfidfVectorizer sklearnDefaults() {
        return new TfidfVectorizer(SklearnAnalyzer.defaults(), TextFields.TITLE_AND_BODY, TfidfOptions.defaults());
    }

    @Override
    public Vectorized fit(List<Article> articles, int threads, Progress progress) {
        try {
            return fit(ArticleSource.of(articles), threads, progress);
        } catch (IOException e) {
            throw new AssertionError("a list does not fail", e);
        }
    }

    /** Analyses the articles read so far on the worker threads while the source reads on. */
    @Override
    public Vectorized fit(ArticleSource articles, int threads, Progress progress) throws IOException {
        Workers.checkThreads(threads);
        TermCounts counts = TermCounts.count(articles, fields, analyzer, threads, progress);
        if (counts.termCount() == 0 && options.dfLimitsFrom() == 0) { // scikit-learn's error; soft limits allow it
            throw new IllegalArgumentException(
                    "empty vocabulary: none of the " + counts.documents() + " articles has a term ("
                            + analyzer.describe() + "); perhaps the documents only contain stop words");
        }
        VocabularyPruning.Kept kept = VocabularyPruning.keep(counts, options, threads);
        int n = counts.documents();
        double[] idf = idf(kept.df(), n, options.weighting());
        Vocabulary vocabulary = new Vocabulary(kept.terms(), kept.df(), n);
        TermCounts.Rows rows = counts.rows(kept.finalId(), threads);
        TfidfModel model =
                new TfidfModel(analyzer, fields, options, vocabulary, idf, averageLength(rows, n, options.binary()));
        return new Vectorized(model, weigh(model, rows, kept.terms().length, threads));
    }

    private static double[] idf(int[] df, int n, Weighting weighting) {
        double[] idf = new double[df.length];
        for (int t = 0; t < df.length; t++) {
            idf[t] = weighting.idf(df[t], n);
        }
        return idf;
    }

    /** Mean over documents of Σ tf of the kept terms (BM25's avglen). */
    private static double averageLength(TermCounts.Rows rows, int n, boolean binary) {
        double total = 0;
        for (double c : rows.counts()) {
            total += binary ? 1 : c;
        }
        return n == 0 ? 0 : total / n;
    }

    /**
     * Weights every row of the kept counts, in parallel blocks (each row independent: same result for any thread
     * count). In place: a second array of doubles would add 8 bytes per entry to the fit's peak.
     */
    private static DocumentVectors weigh(TfidfModel model, TermCounts.Rows rows, int dimensions, int threads) {
        int n = rows.rowStart().length - 1;
        double[] weights = rows.counts();
        Workers.runBlocks(threads, n, 1024, "kindred-weigh", (w, first, end) -> {
            for (int r = first; r < end; r++) {
                int from = rows.rowStart()[r];
                model.weigh(rows.counts(), rows.termIds(), from, rows.rowStart()[r + 1], weights, from);
            }
        });
        return DocumentVectors.wrap(rows.rowStart(), rows.termIds(), weights, dimensions);
    }

    /** @return the weighting options */
    public TfidfOptions options() {
        return options;
    }

    /** @return the analyzer */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** @return the text fields */
    public TextFields fields() {
        return fields;
    }

    @Override
    public String describe() {
        return "tfidf(" + analyzer.describe() + ", fields=" + fields + ", " + options + ")";
    }
}
