package io.kindred.core.rank;

import io.kindred.core.Article;
import io.kindred.core.Progress;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.search.CandidateFilter;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.LatentSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * "Similar Articles" lists with news policies: a {@link SimilarityIndex} plus a {@link RankingPolicy}, whose steps
 * apply in the order of {@link RankingPolicy#ORDER}.
 *
 * <pre>{@code
 * Recommender r = new Recommender(index, RankingPolicy.of(new PastOnly(), new NearDuplicates(0.9)));
 * List<SimilarArticle> list = r.similar("article-42", 5);
 * }</pre>
 *
 * <p>Eligibility steps run inside the exact search. The other steps work on a pool of the best eligible candidates:
 * {@code max(4k, 40)}, or a step's own (feedback's) if larger. When the steps leave fewer than k articles, or (unless a
 * step re-ranks the pool: feedback, latent topics, MMR) when an article outside the pool could still outrank the k-th
 * after decay and boosts, the pool is deepened and the list recomputed, so those lists are exact. Every entry has a
 * score (what the list is ordered by, never increasing down a list) and its cosine; ties: by input position, except
 * editorial pins.
 *
 * <p>Thread-safe; pools are scratch, reused across queries.
 */
public final class Recommender {

    private final SimilarityIndex index;
    private final RankingPolicy policy;
    private final RankingContext context;
    private final List<Bound> steps;
    private final List<String> names;
    private final boolean explainRanking;
    /** Every step's eligibility at once, or null when no step excludes a candidate. */
    private final Bound.Eligibility eligibility;

    private final boolean changesPool;
    private final boolean reranksPool;
    private final boolean choosesFromAll;
    private final ConcurrentLinkedQueue<Pool> pools = new ConcurrentLinkedQueue<>();

    /**
     * A recommender whose entries do not record the steps' contributions to their scores.
     *
     * @param index the indexed corpus
     * @param policy the policy
     */
    public Recommender(SimilarityIndex index, RankingPolicy policy) {
        this(index, policy, false);
    }

    /**
     * @param index the indexed corpus
     * @param policy the policy
     * @param explainRanking whether every entry records each step's contribution to its score
     *     ({@link SimilarArticle#ranking()}; a few objects per entry)
     */
    public Recommender(SimilarityIndex index, RankingPolicy policy, boolean explainRanking) {
        this(index, policy, explainRanking, null);
    }

    /**
     * A recommender whose {@link Latent} step uses a given latent space instead of fitting one on the index: a space
     * frozen at an earlier fit, with the latent vector of every indexed article (a live index between refits).
     *
     * @param index the indexed corpus
     * @param policy the policy
     * @param explainRanking whether every entry records each step's contribution to its score
     * @param latent the latent space of the policy's {@link Latent} step, one vector per indexed article; or null to
     *     fit it on the index on first use
     * @throws IllegalArgumentException if {@code latent} does not hold one vector per indexed article
     */
    public Recommender(SimilarityIndex index, RankingPolicy policy, boolean explainRanking, LatentSpace latent) {
        this.index = Objects.requireNonNull(index, "index");
        this.explainRanking = explainRanking;
        this.policy = Objects.requireNonNull(policy, "policy");
        if (latent != null && latent.articles() != index.size()) {
            throw new IllegalArgumentException(
                    "latent space has " + latent.articles() + " articles, the index " + index.size());
        }
        this.context = new RankingContext(index, latent);
        List<Bound> bound = new ArrayList<>();
        List<Bound.Eligibility> rules = new ArrayList<>();
        for (RankingStep step : policy.steps()) {
            Bound b = step.bind(context);
            bound.add(b);
            if (b.eligibility() != null) {
                rules.add(b.eligibility());
            }
        }
        this.steps = List.copyOf(bound);
        this.names = policy.steps().stream().map(RankingStep::name).toList();
        this.eligibility = rules.isEmpty() ? null : all(rules.toArray(Bound.Eligibility[]::new));
        this.changesPool = steps.stream().anyMatch(Bound::changesPool);
        this.reranksPool = steps.stream().anyMatch(Bound::reranksPool);
        this.choosesFromAll = steps.stream().anyMatch(Bound::choosesFromAllSurvivors);
    }

    private static Bound.Eligibility all(Bound.Eligibility[] rules) {
        return rules.length == 1
                ? rules[0]
                : (queryId, queryDate, candidate) -> {
                    for (Bound.Eligibility rule : rules) {
                        if (!rule.eligible(queryId, queryDate, candidate)) {
                            return false;
                        }
                    }
                    return true;
                };
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
        Query query = new Query(q, id, context.published(q), null);
        prepare(1);
        return finish(query, candidates(query, poolSize(k)), k).list();
    }

    /**
     * The list of an indexed article from its nearest neighbours by cosine, kept by the caller (a live index keeps them
     * per article): the same list as {@link #similar(String, int)}, searching the index only if the neighbours do not
     * hold enough eligible candidates or the steps need a deeper pool.
     *
     * @param ordinal the article's position in the index
     * @param k list length, at least 1
     * @param neighbours the article's best candidates by cosine, best first (ties by ordinal), without eligibility
     *     rules
     * @param complete whether {@code neighbours} holds every article with a cosine &gt; 0
     * @return the list, and whether it depends on nothing but the article and its first {@link #candidates(int)}
     *     eligible neighbours
     */
    public Ranked similar(int ordinal, int k, List<SimilarArticle> neighbours, boolean complete) {
        Objects.checkIndex(ordinal, index.size());
        Query query = new Query(ordinal, context.id(ordinal), context.published(ordinal), null);
        int size = poolSize(k);
        prepare(1);
        List<SimilarArticle> eligible = new ArrayList<>(Math.min(size, neighbours.size()));
        for (int i = 0; i < neighbours.size() && eligible.size() < size; i++) {
            SimilarArticle s = neighbours.get(i);
            if (eligibility == null || eligibility.eligible(query.id(), query.published(), s.ordinal())) {
                eligible.add(s);
            }
        }
        if (eligible.size() < size && !complete) {
            return new Ranked(finish(query, candidates(query, size), k).list(), false);
        }
        Ranked ranked = finish(query, eligible, k);
        return dependsOnIndex(query) ? new Ranked(ranked.list(), false) : ranked;
    }

    /**
     * A list and where it came from.
     *
     * @param list the list
     * @param fromCandidates whether it depends only on the query and its first {@link #candidates(int)} eligible
     *     candidates by cosine (no deeper search, no step that reads other articles): a change elsewhere in the index
     *     cannot change it
     */
    public record Ranked(List<SimilarArticle> list, boolean fromCandidates) {}

    /**
     * @param k list length, at least 1
     * @return how many eligible candidates by cosine a list of k is ranked from
     */
    public int candidates(int k) {
        return poolSize(k);
    }

    private boolean dependsOnIndex(Query query) {
        for (Bound step : steps) {
            if (step.readsBeyondPool(query)) {
                return true;
            }
        }
        return false;
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
        Query query = new Query(-1, article.id(), RankingContext.date(article), article);
        prepare(1);
        return finish(query, candidates(query, poolSize(k)), k).list();
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
        CandidateFilter filter = eligibility == null
                ? CandidateFilter.ALL
                : (q, c) -> eligibility.eligible(context.id(q), context.published(q), c);
        List<List<SimilarArticle>> base = index.allSimilar(poolSize(k), threads, filter, progress);
        if (!changesPool) {
            return base;
        }
        prepare(threads);
        int n = index.size();
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, filled by index from the workers
        List<SimilarArticle>[] out = new List[n];
        Workers.runBlocks(threads, n, 64, "kindred-rank", (w, from, to) -> {
            for (int q = from; q < to; q++) {
                out[q] = finish(new Query(q, context.id(q), context.published(q), null), base.get(q), k)
                        .list();
            }
        });
        return List.of(out);
    }

    /** Work the steps do once before queries (fitting the latent space), with the caller's threads. */
    private void prepare(int threads) {
        for (Bound step : steps) {
            step.prepare(threads);
        }
    }

    private int poolSize(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (!changesPool) {
            return k;
        }
        int size = Math.max(4 * k, 40);
        for (Bound step : steps) {
            size = Math.max(size, step.poolSize(k));
        }
        return size;
    }

    /** The best {@code size} eligible candidates of a query, by cosine. */
    private List<SimilarArticle> candidates(Query query, int size) {
        CandidateFilter filter = eligibility == null
                ? CandidateFilter.ALL
                : (q, c) -> eligibility.eligible(query.id(), query.published(), c);
        return query.article() == null
                ? index.similar(query.id(), size, filter)
                : index.similar(query.article(), size, filter);
    }

    /** Runs the pool steps; deepens the pool while the result could be incomplete or inexact. */
    private Ranked finish(Query query, List<SimilarArticle> candidates, int k) {
        if (!changesPool) {
            return new Ranked(candidates.size() > k ? List.copyOf(candidates.subList(0, k)) : candidates, true);
        }
        boolean deepened = false;
        double maxFactor = 1;
        for (Bound step : steps) {
            maxFactor *= step.maxFactor(query);
        }
        int size = poolSize(k);
        while (true) {
            Pool pool = pools.poll();
            if (pool == null) {
                pool = new Pool(index);
            }
            List<SimilarArticle> list;
            boolean exact;
            try {
                pool.load(query, candidates, k, choosesFromAll, reranksPool, maxFactor, explainRanking);
                for (int s = 0; s < steps.size(); s++) {
                    steps.get(s).apply(pool);
                    pool.record(names.get(s));
                }
                list = List.copyOf(pool.list());
                exact = pool.exact();
            } finally {
                pools.offer(pool);
            }
            boolean poolFull = candidates.size() >= size;
            if (!poolFull || size >= index.size() || exact) {
                return new Ranked(list, !deepened);
            }
            size = (int) Math.min(index.size(), 4L * size);
            candidates = candidates(query, size);
            deepened = true;
        }
    }
}
