package io.kindred.core.search;

import io.kindred.core.Article;
import io.kindred.core.ArticleSource;
import io.kindred.core.Progress;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import io.kindred.core.weighting.VectorModel;
import io.kindred.core.weighting.Vectorized;
import io.kindred.core.weighting.Vectorizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * "Similar Articles" for a corpus: the exact top-k most similar articles of any article, by cosine similarity of TF-IDF
 * vectors (by dot product when the vectors are not L2-normalised).
 *
 * <pre>{@code
 * SimilarityIndex index = SimilarityIndex.build(articles, TfidfVectorizer.sklearnDefaults(), 4);
 * List<SimilarArticle> related = index.similar("article-42", 10);
 * List<List<SimilarArticle>> all = index.allSimilar(10, 4);
 * }</pre>
 *
 * <p><b>Exact and deterministic.</b> Every list is the true top-k: the article itself is excluded, only scores &gt; 0
 * are returned (a list can be shorter than k), and <b>equal scores are ordered by input position</b> (the article given
 * earlier to {@link #build} first). Scores are computed in double precision in a fixed order (independent of the query
 * path, the pruning and the thread count), so the same input gives the same lists, byte for byte, for any number of
 * threads. See {@link ExactScorer} for the algorithm.
 *
 * <p>Immutable and thread-safe: {@code similar} may be called from many threads at once; each call borrows a scorer
 * (per-thread scratch arrays) from a pool, so steady-state queries do not allocate beyond their results.
 */
public final class SimilarityIndex {

    private final List<Article> articles;
    private final Map<String, Integer> ordinals;
    private final VectorModel model;
    private final DocumentVectors vectors;
    private final InvertedIndex index;
    /** Postings of the rows added or replaced since {@link #index} was built ({@link #derived}), or null. */
    private final DeltaPostings delta;
    /** Rows added or replaced since {@link #index} was built, increasing (empty when none). */
    private final int[] deltaRows;
    /** Of those, the rows {@link #index} has postings of (of their old vectors). */
    private final int[] staleRows;

    /** Changed rows searched beside an inverted index at most: beyond, {@link #derived} builds it afresh. */
    private static final int MAX_DELTA_ROWS = 256;

    private final ExactScorer.Pruning pruning;
    /** Scorers for single queries, reused so that steady-state queries allocate nothing but their results. */
    private final ArrayBlockingQueue<ExactScorer> pool = new ArrayBlockingQueue<>(64);

    private final AtomicLong postingsVisited = new AtomicLong();
    private final AtomicLong rescored = new AtomicLong();
    private final int maxPooledK;

    private SimilarityIndex(
            List<Article> articles,
            Map<String, Integer> ordinals,
            Vectorized vectorized,
            ExactScorer.Pruning pruning,
            int threads) {
        this.articles = articles;
        this.ordinals = ordinals;
        this.model = vectorized.model();
        this.vectors = vectorized.vectors();
        if (vectors.rows() != articles.size()) {
            throw new IllegalArgumentException(vectors.rows() + " vectors for " + articles.size() + " articles");
        }
        this.index = InvertedIndex.build(vectors, threads);
        this.delta = null;
        this.deltaRows = new int[0];
        this.staleRows = new int[0];
        this.pruning = pruning;
        this.maxPooledK = 1024;
    }

    private SimilarityIndex(
            List<Article> articles,
            Map<String, Integer> ordinals,
            Vectorized vectorized,
            SimilarityIndex base,
            int[] deltaRows) {
        this.articles = articles;
        this.ordinals = ordinals;
        this.model = vectorized.model();
        this.vectors = vectorized.vectors();
        this.index = base.index;
        this.deltaRows = deltaRows;
        int indexed = index.rows();
        this.staleRows = Arrays.stream(deltaRows).filter(r -> r < indexed).toArray();
        this.delta = DeltaPostings.build(vectors, deltaRows);
        this.pruning = base.pruning;
        this.maxPooledK = base.maxPooledK;
    }

    /**
     * The index of a corpus that differs from {@code previous}'s only in some rows replaced in place and rows appended,
     * in time proportional to the changed rows: it keeps {@code previous}'s inverted index and searches the postings of
     * the rows changed since that was built beside it (the rows replaced have postings of their old vectors there,
     * which only over-count their sums: those rows are always rescored exactly). Lists are exactly those of an index
     * built afresh. Once the changed rows are many, it builds the inverted index afresh.
     *
     * @param previous the index before the changes
     * @param articles the corpus after them: {@code previous}'s articles with some replaced, then the new ones
     * @param vectorized the model and the vectors after them (the same model)
     * @param changed the rows replaced or appended, in any order
     * @param threads worker threads for a fresh build
     * @return the index
     * @throws IllegalArgumentException if an appended article's id is indexed, or the sizes do not fit
     */
    public static SimilarityIndex derived(
            SimilarityIndex previous, List<Article> articles, Vectorized vectorized, int[] changed, int threads) {
        if (articles.size() < previous.size() || vectorized.vectors().rows() != articles.size()) {
            throw new IllegalArgumentException("a derived index only replaces and appends rows");
        }
        int[] rows = java.util.stream.IntStream.concat(Arrays.stream(previous.deltaRows), Arrays.stream(changed))
                .distinct()
                .sorted()
                .toArray();
        List<Article> copy = List.copyOf(articles);
        Map<String, Integer> ordinals = previous.ordinals;
        if (copy.size() > previous.size()) {
            ordinals =
                    Ordinals.appended(previous.ordinals, copy.subList(previous.size(), copy.size()), previous.size());
        }
        if (rows.length > Math.min(MAX_DELTA_ROWS, 32 + copy.size() / 16)) {
            return new SimilarityIndex(copy, Ordinals.flat(ordinals), vectorized, previous.pruning, threads);
        }
        return new SimilarityIndex(copy, ordinals, vectorized, previous, rows);
    }

    /**
     * Fits the vectorizer on the articles and indexes them.
     *
     * @param articles the corpus: ids unique and non-blank (see {@link Article})
     * @param vectorizer the vector space, fitted on {@code articles}
     * @param threads worker threads for fitting, at least 1
     * @return the index
     * @throws IllegalArgumentException for a duplicate id, a null article, or options the corpus cannot satisfy
     */
    public static SimilarityIndex build(List<Article> articles, Vectorizer vectorizer, int threads) {
        return build(articles, vectorizer, threads, Progress.NONE);
    }

    /**
     * Like {@link #build(List, Vectorizer, int)}, reporting the articles analysed so far.
     *
     * @param articles the corpus
     * @param vectorizer the vector space
     * @param threads worker threads for fitting, at least 1
     * @param progress receives (articles analysed, total)
     * @return the index
     */
    public static SimilarityIndex build(List<Article> articles, Vectorizer vectorizer, int threads, Progress progress) {
        try {
            return build(ArticleSource.of(copyChecked(articles)), vectorizer, threads, progress);
        } catch (IOException e) {
            throw new AssertionError("a list does not fail", e);
        }
    }

    /**
     * Indexes articles as they are read: the vectorizer may analyse the first ones while the source reads on (see
     * {@link Vectorizer#fit(ArticleSource, int, Progress)}), so reading a file and fitting overlap.
     *
     * @param articles the corpus, in order
     * @param vectorizer how to vectorise the articles
     * @param threads worker threads for reading and fitting, at least 1
     * @param progress receives (articles analysed, articles read so far)
     * @return the index
     * @throws IOException the first failure of the source, as thrown
     * @throws IllegalArgumentException on a duplicate id, or as {@link Vectorizer#fit(List, int)}
     */
    public static SimilarityIndex build(ArticleSource articles, Vectorizer vectorizer, int threads, Progress progress)
            throws IOException {
        List<Article> read = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        ArticleSource checked = () -> {
            Article a = articles.next();
            if (a != null) {
                putOrdinal(ordinals, a.id(), read.size());
                read.add(a);
            }
            return a;
        };
        Vectorized vectorized = vectorizer.fit(checked, threads, progress);
        return new SimilarityIndex(List.copyOf(read), ordinals, vectorized, ExactScorer.Pruning.AUTO, threads);
    }

    /**
     * Indexes articles whose vectors were already computed (one row per article, in order), on one thread.
     *
     * @param articles the corpus
     * @param vectorized the model and the articles' vectors
     * @return the index
     */
    public static SimilarityIndex of(List<Article> articles, Vectorized vectorized) {
        return of(articles, vectorized, ExactScorer.Pruning.AUTO);
    }

    /** For tests: an index whose single-article queries prune as told. */
    static SimilarityIndex of(List<Article> articles, Vectorized vectorized, ExactScorer.Pruning pruning) {
        List<Article> copy = copyChecked(articles);
        return new SimilarityIndex(copy, ordinals(copy), vectorized, pruning, 1);
    }

    private static List<Article> copyChecked(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        List<Article> copy = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (a == null) {
                throw new IllegalArgumentException("article at position " + i + " is null");
            }
            copy.add(a);
        }
        return List.copyOf(copy);
    }

    private static Map<String, Integer> ordinals(List<Article> articles) {
        Map<String, Integer> map = new HashMap<>(articles.size() * 2);
        for (int i = 0; i < articles.size(); i++) {
            putOrdinal(map, articles.get(i).id(), i);
        }
        return map;
    }

    private static void putOrdinal(Map<String, Integer> ordinals, String id, int position) {
        Integer previous = ordinals.putIfAbsent(id, position);
        if (previous != null) {
            throw new IllegalArgumentException(
                    "duplicate article id '" + id + "' at positions " + previous + " and " + position);
        }
    }

    /** @return number of indexed articles */
    public int size() {
        return articles.size();
    }

    /**
     * @param ordinal input position
     * @return the article at that position
     */
    public Article article(int ordinal) {
        return articles.get(ordinal);
    }

    /**
     * @param id an article id
     * @return its input position, or -1 if not indexed
     */
    public int ordinal(String id) {
        Integer i = ordinals.get(id);
        return i == null ? -1 : i;
    }

    /** @return the fitted model, to vectorise new articles or explain scores */
    public VectorModel model() {
        return model;
    }

    /** @return the corpus vectors (double precision), one row per article */
    public DocumentVectors vectors() {
        return vectors;
    }

    /** @return Σ df(t)² over the index: the multiply-adds of exact all-pairs without pruning */
    public long sumDfSquared() {
        return index.sumDfSquared();
    }

    /** @return postings visited by all queries so far (the multiply-adds actually done) */
    public long postingsVisited() {
        return postingsVisited.get();
    }

    /** @return exact rescorings done by all queries so far */
    public long rescored() {
        return rescored.get();
    }

    /**
     * The k most similar articles to an indexed article.
     *
     * @param id the article's id
     * @param k list length, at least 1
     * @return at most k articles, best first
     * @throws IllegalArgumentException if the id is not indexed or k &lt; 1
     */
    public List<SimilarArticle> similar(String id, int k) {
        return similar(id, k, CandidateFilter.ALL);
    }

    /**
     * The k most similar eligible articles to an indexed article.
     *
     * @param id the article's id
     * @param k list length, at least 1
     * @param filter which articles may appear (called with the article's position as query)
     * @return at most k articles, best first
     * @throws IllegalArgumentException if the id is not indexed or k &lt; 1
     */
    public List<SimilarArticle> similar(String id, int k, CandidateFilter filter) {
        checkK(k);
        int ordinal = ordinal(id);
        if (ordinal < 0) {
            throw new IllegalArgumentException("unknown article id '" + id + "'");
        }
        return search(null, null, ordinal, k, filter == CandidateFilter.ALL ? null : d -> filter.accept(ordinal, d));
    }

    /**
     * The k most similar indexed articles to a new article, vectorised with the fitted model (terms not in the
     * vocabulary are ignored). An indexed article with the same id is excluded.
     *
     * @param article the article
     * @param k list length, at least 1
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k) {
        return similar(article, k, CandidateFilter.ALL);
    }

    /**
     * The k most similar eligible indexed articles to a new article.
     *
     * @param article the article
     * @param k list length, at least 1
     * @param filter which articles may appear (called with query -1)
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k, CandidateFilter filter) {
        checkK(k);
        SparseVector v = model.transform(article);
        return search(
                v.terms(),
                v.weights(),
                ordinal(article.id()),
                k,
                filter == CandidateFilter.ALL ? null : d -> filter.accept(-1, d));
    }

    /** Receives an article's exact score. */
    @FunctionalInterface
    public interface ScoreConsumer {
        /**
         * @param ordinal an indexed article
         * @param score its exact score with the query, &gt; 0
         */
        void accept(int ordinal, double score);
    }

    /**
     * Every indexed article whose score with an indexed article is at least a threshold of its own, with that exact
     * score (the same double as in the article's lists): which lists an article could enter, since cosine is symmetric.
     * Costs one pass over the article's postings and exact scores near the thresholds only.
     *
     * @param ordinal the indexed article
     * @param threshold each other article's threshold (a score it must reach), given its ordinal
     * @param scored receives each article that reaches its threshold with a score &gt; 0, in no set order
     */
    public void scoresAtLeast(int ordinal, IntToDoubleFunction threshold, ScoreConsumer scored) {
        Objects.checkIndex(ordinal, size());
        ExactScorer scorer = pool.poll();
        if (scorer == null) {
            scorer = new ExactScorer(
                    index, delta, staleRows, vectors, Math.min(maxPooledK, Math.max(1, size())), pruning);
        }
        try {
            SparseVector v = vectors.row(ordinal);
            scorer.scoresAtLeast(v.terms(), v.weights(), 0, v.size(), ordinal, threshold, scored);
        } finally {
            pool.offer(scorer);
        }
    }

    /**
     * The k most similar articles of every indexed article, in input order.
     *
     * @param k list length, at least 1
     * @param threads worker threads, at least 1; the result does not depend on it
     * @return one list per article, in input order
     */
    public List<List<SimilarArticle>> allSimilar(int k, int threads) {
        return allSimilar(k, threads, Progress.NONE);
    }

    /**
     * Like {@link #allSimilar(int, int)}, reporting progress.
     *
     * @param k list length, at least 1
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param progress receives the number of articles scored so far
     * @return one list per article, in input order
     */
    public List<List<SimilarArticle>> allSimilar(int k, int threads, Progress progress) {
        return allSimilar(k, threads, CandidateFilter.ALL, progress);
    }

    /**
     * The k most similar eligible articles of every indexed article, in input order; exact for any filter.
     *
     * @param k list length, at least 1
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param filter which articles may appear in which list
     * @param progress receives the number of articles scored so far
     * @return one list per article, in input order
     */
    public List<List<SimilarArticle>> allSimilar(int k, int threads, CandidateFilter filter, Progress progress) {
        checkK(k);
        Workers.checkThreads(threads);
        int n = size();
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, filled by index from the workers
        List<SimilarArticle>[] lists = new List[n];
        if (n == 0) {
            return List.of();
        }
        int kk = Math.min(k, n);
        if (delta != null) {
            return new SimilarityIndex(articles, ordinals, new Vectorized(model, vectors), pruning, threads)
                    .allSimilar(k, threads, filter, progress);
        }
        AllPairsSearch search = new AllPairsSearch(index, vectors, kk, filter, threads);
        ExactScorer[] scorers = new ExactScorer[threads];
        search.run(
                threads,
                w -> scorers[w] = new ExactScorer(index, delta, staleRows, vectors, kk, pruning),
                (doc, docs, scores, count) -> lists[doc] = toList(docs, scores, count),
                progress);
        postingsVisited.addAndGet(search.postingsVisited());
        for (ExactScorer s : scorers) {
            if (s != null) {
                postingsVisited.addAndGet(s.postingsVisited());
                rescored.addAndGet(s.rescored());
            }
        }
        return List.of(lists);
    }

    /** Searches with the query vector (terms, weights), or with row {@code self}'s vector when terms is null. */
    private List<SimilarArticle> search(int[] terms, double[] weights, int self, int k, IntPredicate filter) {
        int kk = Math.min(k, Math.max(1, size()));
        ExactScorer scorer = kk <= maxPooledK ? pool.poll() : null;
        if (scorer == null) {
            scorer = new ExactScorer(
                    index, delta, staleRows, vectors, Math.max(kk, Math.min(maxPooledK, size())), pruning);
        }
        try {
            int[] docs = new int[kk];
            double[] scores = new double[kk];
            long before = scorer.postingsVisited();
            long rescoredBefore = scorer.rescored();
            int found = terms == null
                    ? scorer.searchRow(self, kk, filter, docs, scores)
                    : scorer.search(terms, weights, 0, terms.length, kk, self, filter, docs, scores);
            postingsVisited.addAndGet(scorer.postingsVisited() - before);
            rescored.addAndGet(scorer.rescored() - rescoredBefore);
            return toList(docs, scores, found);
        } finally {
            if (kk <= maxPooledK) {
                pool.offer(scorer);
            }
        }
    }

    private List<SimilarArticle> toList(int[] docs, double[] scores, int found) {
        SimilarArticle[] out = new SimilarArticle[found];
        for (int i = 0; i < found; i++) {
            out[i] = new SimilarArticle(docs[i], articles.get(docs[i]), scores[i]);
        }
        return List.of(out);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
    }

    @Override
    public String toString() {
        return "SimilarityIndex[" + size() + " articles, " + model.describe() + "]";
    }
}
