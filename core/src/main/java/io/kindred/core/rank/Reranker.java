package io.kindred.core.rank;

import io.kindred.core.rank.Recommender.Query;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.LatentSpace;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The re-ranking steps of a {@link RankingPolicy} applied to one query's candidate pool: feedback, latent topics, decay
 * and boosts, minimum score, near-duplicates, MMR, k, pins. Mutable scratch: one instance per thread at a time.
 */
final class Reranker {

    /** A re-ranked list, and whether it provably equals the result over all candidates. */
    record Result(List<SimilarArticle> list, boolean exact) {}

    private final SimilarityIndex index;
    private final DocumentVectors vectors;
    private final RankingPolicy policy;
    private final long[] published;
    private final double[] dense;
    private int[] expandedTerms = new int[256];
    private int expanded;
    private int[] docs = new int[64];
    private double[] base = new double[64];
    /** What orders the list (feedback cosine when feedback is on), times decay and boosts. */
    private double[] score = new double[64];
    /** What a list shows and {@code minScore} tests: the cosine with the query, times decay and boosts. */
    private double[] shown = new double[64];

    private Integer[] order = new Integer[64];

    /** The corpus's latent space when the policy re-ranks by it, else null. */
    private final LatentSpace latent;

    Reranker(SimilarityIndex index, RankingPolicy policy, long[] published, LatentSpace latent) {
        this.latent = latent;
        this.index = index;
        this.vectors = index.vectors();
        this.policy = policy;
        this.published = published;
        this.dense = new double[vectors.dimensions()];
    }

    Result rerank(Query query, List<SimilarArticle> pool, int k) {
        int m = load(pool);
        if (policy.feedback().enabled() && m > 0) {
            feedback(query, m);
        }
        if (latent != null && m > 0) {
            // an article of the corpus has its latent vector already
            float[] q = query.article() == null ? latent.vector(query.ordinal()) : latent.embed(query.vector(index));
            double weight = policy.latent().weight();
            for (int i = 0; i < m; i++) {
                score[i] += weight * latent.cosine(docs[i], q);
            }
        }
        double maxFactor = policy.editorial().maxBoost(query.id());
        for (int i = 0; i < m; i++) {
            double f = factor(query, i);
            score[i] *= f;
            shown[i] = base[i] * f;
        }
        sortByScore(m);
        List<Integer> kept = new ArrayList<>();
        boolean mmr = policy.mmrLambda() < 1;
        int wanted = mmr ? m : k;
        for (int x = 0; x < m && kept.size() < wanted; x++) {
            int i = order[x];
            if (shown[i] <= 0 || shown[i] < policy.minScore() || duplicate(i, kept)) {
                continue;
            }
            kept.add(i);
        }
        List<Integer> chosen = mmr ? mmr(kept, k) : kept.subList(0, Math.min(k, kept.size()));
        List<SimilarArticle> list = new ArrayList<>();
        for (int i : chosen) {
            list.add(new SimilarArticle(index.article(docs[i]).id(), shown[i]));
        }
        // exact unless an article outside the pool could still enter: the pool was cut at base[m - 1]
        boolean exact = chosen.size() == k
                && (policy.feedback().enabled()
                        || latent != null
                        || mmr
                        || m == 0
                        || score[chosen.get(k - 1)] > base[m - 1] * maxFactor);
        return new Result(pin(query, list, k), exact);
    }

    /** Copies the pool into arrays; returns its size. */
    private int load(List<SimilarArticle> pool) {
        int m = pool.size();
        if (docs.length < m) {
            docs = new int[m];
            base = new double[m];
            score = new double[m];
            shown = new double[m];
            order = new Integer[m];
        }
        for (int i = 0; i < m; i++) {
            docs[i] = index.ordinal(pool.get(i).id());
            base[i] = pool.get(i).score();
            score[i] = base[i];
            order[i] = i;
        }
        return m;
    }

    /** Rocchio rounds: rescores the pool with the query expanded by its current top m, normalised. */
    private void feedback(Query query, int m) {
        SparseVector q = query.vector(index);
        for (int round : policy.feedback().rounds()) {
            sortByScore(m);
            expanded = 0;
            for (int e = 0; e < q.size(); e++) {
                expand(q.term(e), q.weight(e));
            }
            int top = Math.min(round, m);
            double w = policy.feedback().weight() / top;
            for (int x = 0; x < top; x++) {
                int d = docs[order[x]];
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    expand(vectors.term(e), w * vectors.weight(e));
                }
            }
            double squares = 0;
            for (int i = 0; i < expanded; i++) {
                squares += dense[expandedTerms[i]] * dense[expandedTerms[i]];
            }
            double norm = Math.sqrt(squares);
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int e = vectors.rowStart(docs[i]), end = vectors.rowEnd(docs[i]); e < end; e++) {
                    s += dense[vectors.term(e)] * vectors.weight(e);
                }
                score[i] = norm > 0 ? s / norm : 0;
            }
            for (int i = 0; i < expanded; i++) {
                dense[expandedTerms[i]] = 0;
            }
        }
    }

    /** Adds w to the expanded query's term t, remembering terms set for the first time (weights are positive). */
    private void expand(int t, double w) {
        if (dense[t] == 0) {
            if (expanded == expandedTerms.length) {
                expandedTerms = Arrays.copyOf(expandedTerms, expanded * 2);
            }
            expandedTerms[expanded++] = t;
        }
        dense[t] += w;
    }

    /** Recency decay times editorial boost for pool entry i. */
    private double factor(Query query, int i) {
        double f = 1;
        long date = published[docs[i]];
        if (policy.decay().shape() != Decay.Shape.NONE
                && query.published() != Recommender.NO_DATE
                && date != Recommender.NO_DATE) {
            f = policy.decay().factor((double) date - query.published());
        }
        if (!policy.editorial().isEmpty()) {
            f *= policy.editorial().boost(query.id(), index.article(docs[i]).id());
        }
        return f;
    }

    /** Orders pool entries by score, then input position. */
    private void sortByScore(int m) {
        Arrays.sort(
                order,
                0,
                m,
                (a, b) ->
                        score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(docs[a], docs[b]));
    }

    /** A near-duplicate of the query (its cosine is the base score) or of an article already kept. */
    private boolean duplicate(int i, List<Integer> kept) {
        double threshold = policy.dedupThreshold();
        if (threshold == RankingPolicy.NO_DEDUP) {
            return false;
        }
        if (base[i] >= threshold) {
            return true;
        }
        for (int j : kept) {
            if (cosine(docs[i], docs[j]) >= threshold) {
                return true;
            }
        }
        return false;
    }

    /** Greedy MMR: λ · score − (1 − λ) · max cosine with the chosen ones; ties by the current order. */
    private List<Integer> mmr(List<Integer> candidates, int k) {
        double lambda = policy.mmrLambda();
        double[] maxSim = new double[candidates.size()];
        boolean[] taken = new boolean[candidates.size()];
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(k, candidates.size())) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < candidates.size(); c++) {
                if (!taken[c]) {
                    double value = lambda * score[candidates.get(c)] - (1 - lambda) * maxSim[c];
                    if (value > bestValue) {
                        best = c;
                        bestValue = value;
                    }
                }
            }
            taken[best] = true;
            int picked = candidates.get(best);
            chosen.add(picked);
            for (int c = 0; c < candidates.size(); c++) {
                if (!taken[c]) {
                    maxSim[c] = Math.max(maxSim[c], cosine(docs[candidates.get(c)], docs[picked]));
                }
            }
        }
        return chosen;
    }

    /** Puts the editorial pins at their positions, then cuts to k. */
    private List<SimilarArticle> pin(Query query, List<SimilarArticle> list, int k) {
        List<Editorial.Pin> pins = policy.editorial().pins(query.id());
        if (pins.isEmpty()) {
            return List.copyOf(list);
        }
        List<SimilarArticle> out = new ArrayList<>(list);
        for (Editorial.Pin pin : pins) {
            int target = index.ordinal(pin.target());
            if (target < 0 || pin.target().equals(query.id())) {
                continue; // unknown ids are reported when the overrides are loaded; an article is never its own pin
            }
            out.removeIf(s -> s.id().equals(pin.target()));
            double s = query.vector(index).dot(vectors.row(target));
            out.add(Math.min(pin.position() - 1, out.size()), new SimilarArticle(pin.target(), s));
        }
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    /** Exact cosine of two indexed articles, in increasing term order. */
    private double cosine(int a, int b) {
        double s = 0;
        int i = vectors.rowStart(a);
        int j = vectors.rowStart(b);
        int ea = vectors.rowEnd(a);
        int eb = vectors.rowEnd(b);
        while (i < ea && j < eb) {
            int ta = vectors.term(i);
            int tb = vectors.term(j);
            if (ta == tb) {
                s += vectors.weight(i++) * vectors.weight(j++);
            } else if (ta < tb) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }
}
