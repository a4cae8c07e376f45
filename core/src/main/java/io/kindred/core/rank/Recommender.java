package io.kindred.core.rank;

import io.kindred.core.Article;
import io.kindred.core.Progress;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.search.CandidateFilter;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.vector.SparseVector;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * "Similar Articles" lists with news policies: a {@link SimilarityIndex} plus a {@link RankingPolicy} (see there for
 * the order in which the policies apply).
 *
 * <pre>{@code
 * Recommender r = new Recommender(index, RankingPolicy.builder().pastOnly(true).dedupThreshold(0.9).build());
 * List<SimilarArticle> list = r.similar("article-42", 5);
 * }</pre>
 *
 * <p>Eligibility rules run inside the exact search. Re-ranking steps work on a pool of the best eligible candidates:
 * {@code max(4k, 40)}, or the feedback pool if larger. When the steps leave fewer than k articles, or (without
 * feedback, latent re-ranking or MMR) when an article outside the pool could still outrank the k-th after decay and
 * boosts, the pool is deepened and the list recomputed, so those lists are exact. Ties: by input position. A policy's
 * latent space is fitted on first use, with that call's threads (it does not depend on them).
 *
 * <p>Thread-safe; scratch buffers are pooled.
 */
public final class Recommender {

    static final long NO_DATE = Long.MIN_VALUE;

    private final SimilarityIndex index;
    private final RankingPolicy policy;
    private final long[] published;
    private final boolean[] excluded;
    private final ConcurrentLinkedQueue<Reranker> rerankers = new ConcurrentLinkedQueue<>();
    /** Fitted on first use (with the threads of that call: the space does not depend on them). */
    private LatentSpace latent;

    /**
     * @param index the indexed corpus
     * @param policy the policy
     */
    public Recommender(SimilarityIndex index, RankingPolicy policy) {
        this.index = Objects.requireNonNull(index, "index");
        this.policy = Objects.requireNonNull(policy, "policy");
        int n = index.size();
        this.published = new long[n];
        this.excluded = new boolean[n];
        for (int i = 0; i < n; i++) {
            Article a = index.article(i);
            published[i] = a.published() == null ? NO_DATE : a.published().getEpochSecond();
            excluded[i] = policy.excludeIds().contains(a.id())
                    || (a.section() != null && policy.excludeSections().contains(a.section()));
        }
    }

    /** @return the policy */
    public RankingPolicy policy() {
        return policy;
    }

    /** @return the index */
    public SimilarityIndex index() {
        return index;
    }

    /**
     * The list of an indexed article.
     *
     * @param id its id
     * @param k list length, at least 1
     * @return at most k articles, best first
     * @throws IllegalArgumentException for an unknown id or k &lt; 1
     */
    public List<SimilarArticle> similar(String id, int k) {
        int q = index.ordinal(id);
        if (q < 0) {
            throw new IllegalArgumentException("unknown article id '" + id + "'");
        }
        Query query = new Query(q, id, published[q], null);
        fitLatent(1);
        return finish(query, candidates(query, pool(k)), k);
    }

    /**
     * The list of an article outside the index (vectorised with the fitted model; an indexed article with the same id
     * is excluded).
     *
     * @param article the article
     * @param k list length, at least 1
     * @return at most k articles, best first
     */
    public List<SimilarArticle> similar(Article article, int k) {
        long date = article.published() == null ? NO_DATE : article.published().getEpochSecond();
        Query query = new Query(-1, article.id(), date, article);
        fitLatent(1);
        return finish(query, candidates(query, pool(k)), k);
    }

    /**
     * Every indexed article's list, in input order.
     *
     * @param k list length, at least 1
     * @param threads worker threads; the result does not depend on it
     * @param progress receives the number of articles scored
     * @return one list per article
     */
    public List<List<SimilarArticle>> allSimilar(int k, int threads, Progress progress) {
        int n = index.size();
        CandidateFilter eligibility =
                policy.filters() ? (q, c) -> eligible(index.article(q).id(), published[q], c) : CandidateFilter.ALL;
        List<List<SimilarArticle>> base = index.allSimilar(pool(k), threads, eligibility, progress);
        if (!policy.reranks()) {
            return base;
        }
        fitLatent(threads);
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, filled by index from the workers
        List<SimilarArticle>[] out = new List[n];
        Workers.runBlocks(threads, n, 64, "kindred-rank", (w, from, to) -> {
            for (int q = from; q < to; q++) {
                out[q] = finish(new Query(q, index.article(q).id(), published[q], null), base.get(q), k);
            }
        });
        return List.of(out);
    }

    /** Fits the latent space once, if the policy asks for it; the re-rankers made after this use it. */
    private synchronized void fitLatent(int threads) {
        if (latent == null && policy.latent().enabled()) {
            latent = LatentSpace.fit(index.vectors(), policy.latent().dims(), threads);
        }
    }

    private synchronized LatentSpace latent() {
        return latent;
    }

    private int pool(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (!policy.reranks()) {
            return k;
        }
        int p = Math.max(4 * k, 40);
        return policy.feedback().enabled() ? Math.max(p, policy.feedback().pool()) : p;
    }

    /** The best {@code size} eligible candidates of a query, by raw similarity. */
    private List<SimilarArticle> candidates(Query query, int size) {
        CandidateFilter filter =
                policy.filters() ? (q, c) -> eligible(query.id(), query.published(), c) : CandidateFilter.ALL;
        return query.article() == null
                ? index.similar(query.id(), size, filter)
                : index.similar(query.article(), size, filter);
    }

    private boolean eligible(String queryId, long queryDate, int candidate) {
        if (excluded[candidate]) {
            return false;
        }
        long date = published[candidate];
        if (queryDate != NO_DATE && date != NO_DATE) {
            if (policy.pastOnly() && date > queryDate) {
                return false;
            }
            if (Math.abs((double) date - queryDate) > policy.windowDays() * 86_400.0) {
                return false;
            }
        }
        return !policy.editorial().hasBlocks()
                || !policy.editorial().blocked(queryId, index.article(candidate).id());
    }

    /** Re-ranks a pool; deepens it while the result could be incomplete or inexact. */
    private List<SimilarArticle> finish(Query query, List<SimilarArticle> pool, int k) {
        if (!policy.reranks()) {
            return pool;
        }
        int size = pool(k);
        while (true) {
            Reranker r = rerankers.poll();
            if (r == null) {
                r = new Reranker(index, policy, published, latent());
            }
            Reranker.Result result;
            try {
                result = r.rerank(query, pool, k);
            } finally {
                rerankers.offer(r);
            }
            boolean poolFull = pool.size() >= size;
            if (!poolFull || size >= index.size() || result.exact()) {
                return result.list();
            }
            size = (int) Math.min(index.size(), 4L * size);
            pool = candidates(query, size);
        }
    }

    /**
     * The query of a list.
     *
     * @param ordinal its input position, or -1 for an article outside the index
     * @param id its id
     * @param published its date in epoch seconds, or {@link #NO_DATE}
     * @param article the article when it is outside the index, else null
     */
    record Query(int ordinal, String id, long published, Article article) {
        /** @return the query's vector */
        SparseVector vector(SimilarityIndex index) {
            return article == null
                    ? index.vectors().row(ordinal)
                    : index.model().transform(article);
        }
    }
}
