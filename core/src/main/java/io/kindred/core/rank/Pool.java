package io.kindred.core.rank;

import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One query's candidates while the steps rank them: for each, its ordinal, its cosine with the query, its ranking score
 * (what orders the list; the cosine until a step changes it), its adjusted cosine (the cosine times the factors of
 * decay and boosts) and whether a step dropped it; then the list chosen from them, each entry with its ranking score.
 *
 * <p>Factors are multiplied into a candidate's factor first and applied to its scores when they are next read, so that
 * several steps' factors multiply each other before they multiply a score. The order is by ranking score, then by
 * ordinal (the tie rule of every list). Unless a step chooses (MMR), the list is the first k candidates in order that
 * survive, those with a positive adjusted cosine that no step dropped. When tracing, {@link #record} notes after each
 * step how it changed every candidate's score, for the entries' {@link SimilarArticle#ranking()}.
 *
 * <p>Mutable scratch: one per thread, reused query after query.
 */
final class Pool {

    private final SimilarityIndex index;
    private Query query;
    private int k;
    private int size;
    private int wanted;
    private boolean reranksPool;
    private double maxFactor;
    private int[] docs = new int[0];
    private double[] cosine = new double[0];
    private double[] score = new double[0];
    private double[] adjusted = new double[0];
    private double[] factor = new double[0];
    private boolean[] dropped = new boolean[0];
    private boolean factorsPending;
    private int[] order = new int[0];
    private int[] sortBuffer = new int[0];
    private boolean sorted;
    private int[] chosen = new int[0];
    private double[] chosenScore = new double[0];
    private int chosenCount = -1;
    private boolean tracing;
    private double[] recorded = new double[0];
    private List<List<SimilarArticle.Contribution>> contributions = new ArrayList<>();
    private List<SimilarArticle> list;
    private boolean exact;
    private TermWeights termWeights;

    Pool(SimilarityIndex index) {
        this.index = index;
    }

    /**
     * Loads a query's candidates.
     *
     * @param query the query
     * @param candidates the best eligible candidates by cosine, best first
     * @param k list length
     * @param choosesFromAll whether a step chooses among all survivors (then filters walk the whole pool)
     * @param reranksPool whether a step defines the list over the pool (then a deeper pool is never needed)
     * @param maxFactor the largest factor the steps can multiply a score by in this query's list
     * @param tracing whether the list's entries record each step's contribution to their scores
     */
    void load(
            Query query,
            List<SimilarArticle> candidates,
            int k,
            boolean choosesFromAll,
            boolean reranksPool,
            double maxFactor,
            boolean tracing) {
        int m = candidates.size();
        if (docs.length < m) {
            docs = new int[m];
            cosine = new double[m];
            score = new double[m];
            adjusted = new double[m];
            factor = new double[m];
            dropped = new boolean[m];
            order = new int[m];
            sortBuffer = new int[m];
            chosen = new int[m];
            chosenScore = new double[m];
            recorded = new double[m];
        }
        for (int i = 0; i < m; i++) {
            SimilarArticle s = candidates.get(i);
            docs[i] = s.ordinal();
            cosine[i] = s.score();
            score[i] = cosine[i];
            adjusted[i] = cosine[i];
            factor[i] = 1;
            dropped[i] = false;
            order[i] = i;
        }
        this.tracing = tracing;
        if (tracing) {
            System.arraycopy(cosine, 0, recorded, 0, m);
            contributions = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                contributions.add(new ArrayList<>(2));
            }
        }
        this.query = query;
        this.k = k;
        this.size = m;
        this.wanted = choosesFromAll ? m : k;
        this.reranksPool = reranksPool;
        this.maxFactor = maxFactor;
        this.factorsPending = false;
        this.sorted = true; // candidates come best first, ties by ordinal
        this.chosenCount = -1;
        this.list = null;
    }

    Query query() {
        return query;
    }

    SimilarityIndex index() {
        return index;
    }

    DocumentVectors vectors() {
        return index.vectors();
    }

    /** @return the number of candidates */
    int size() {
        return size;
    }

    /** @return the list length */
    int k() {
        return k;
    }

    /** @return how many survivors a filter walking down the order must keep before it may stop */
    int wanted() {
        return wanted;
    }

    /**
     * @param i a candidate
     * @return its ordinal in the index
     */
    int doc(int i) {
        return docs[i];
    }

    /**
     * @param i a candidate
     * @return its cosine with the query
     */
    double cosine(int i) {
        return cosine[i];
    }

    /**
     * @param i a candidate
     * @return its ranking score
     */
    double score(int i) {
        applyFactors();
        return score[i];
    }

    /**
     * Sets a candidate's ranking score (re-rankers).
     *
     * @param i a candidate
     * @param s its ranking score
     */
    void setScore(int i, double s) {
        applyFactors();
        score[i] = s;
        sorted = false;
    }

    /**
     * Multiplies a candidate's ranking score and adjusted cosine by a factor (decay, boosts).
     *
     * @param i a candidate
     * @param f the factor
     */
    void multiply(int i, double f) {
        factor[i] *= f;
        factorsPending = true;
    }

    /**
     * @param i a candidate
     * @return true unless a step dropped it or its adjusted cosine is not positive
     */
    boolean survives(int i) {
        applyFactors();
        return !dropped[i] && adjusted[i] > 0;
    }

    /**
     * Drops a candidate from the list.
     *
     * @param i a candidate
     */
    void drop(int i) {
        dropped[i] = true;
    }

    /** @return the candidates by ranking score, then ordinal: {@code order()[x]} is the x-th best (read only) */
    int[] order() {
        applyFactors();
        if (!sorted) {
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            mergeSort(0, size);
            sorted = true;
        }
        return order;
    }

    /**
     * Chooses the list (MMR), best first.
     *
     * @param picks candidates
     * @param scores their scores in the list, non-increasing
     * @param count how many
     */
    void choose(int[] picks, double[] scores, int count) {
        System.arraycopy(picks, 0, chosen, 0, count);
        System.arraycopy(scores, 0, chosenScore, 0, count);
        chosenCount = count;
    }

    /** @return whether the list's entries record each step's contribution to their scores */
    boolean tracing() {
        return tracing;
    }

    /**
     * When tracing, notes what a step that just applied changed in every candidate's ranking score.
     *
     * @param step the step's name
     */
    void record(String step) {
        if (!tracing) {
            return;
        }
        applyFactors();
        for (int i = 0; i < size; i++) {
            if (score[i] != recorded[i]) {
                contributions.get(i).add(new SimilarArticle.Contribution(step, score[i] - recorded[i]));
                recorded[i] = score[i];
            }
        }
    }

    /**
     * A list entry with a new score, set by a step after the list was chosen (pins).
     *
     * @param entry the entry
     * @param step the step's name
     * @param newScore its score
     * @return the entry with that score, and when tracing the step's contribution
     */
    SimilarArticle rescore(SimilarArticle entry, String step, double newScore) {
        if (!tracing || newScore == entry.score()) {
            return new SimilarArticle(entry.ordinal(), entry.article(), newScore, entry.cosine(), entry.ranking());
        }
        List<SimilarArticle.Contribution> ranking = new ArrayList<>(entry.ranking());
        ranking.add(new SimilarArticle.Contribution(step, newScore - entry.score()));
        return new SimilarArticle(entry.ordinal(), entry.article(), newScore, entry.cosine(), ranking);
    }

    /**
     * The list: what a step chose, else the first k survivors in order. The first call fixes it and whether it is
     * provably the list over every eligible article.
     *
     * @return the list, best first (placement steps may replace it)
     */
    List<SimilarArticle> list() {
        if (list == null) {
            if (chosenCount < 0) {
                int[] o = order();
                chosenCount = 0;
                for (int x = 0; x < size && chosenCount < k; x++) {
                    if (survives(o[x])) {
                        chosenScore[chosenCount] = score[o[x]];
                        chosen[chosenCount++] = o[x];
                    }
                }
            }
            // exact unless an article outside the pool could still enter: the pool was cut at cosine[size - 1]
            exact = chosenCount == k
                    && (reranksPool || size == 0 || score[chosen[k - 1]] > cosine[size - 1] * maxFactor);
            List<SimilarArticle> out = new ArrayList<>(chosenCount);
            for (int x = 0; x < chosenCount; x++) {
                int i = chosen[x];
                out.add(new SimilarArticle(
                        docs[i], index.article(docs[i]), chosenScore[x], cosine[i], ranking(i, chosenScore[x])));
            }
            list = out;
        }
        return list;
    }

    /** The contributions to candidate i's score in the list: the steps' and a choosing step's (MMR). */
    private List<SimilarArticle.Contribution> ranking(int i, double listScore) {
        if (!tracing) {
            return List.of();
        }
        List<SimilarArticle.Contribution> out = contributions.get(i);
        if (listScore != score[i]) {
            out.add(new SimilarArticle.Contribution("mmr", listScore - score[i]));
        }
        return out;
    }

    /**
     * Replaces the list (placement steps).
     *
     * @param placed the new list
     */
    void setList(List<SimilarArticle> placed) {
        list();
        list = placed;
    }

    /** @return whether the list is provably the list over every eligible article (see {@link #list()}) */
    boolean exact() {
        list();
        return exact;
    }

    /** @return a cleared vector over the vocabulary, to be left cleared (feedback's expanded query) */
    TermWeights termWeights() {
        if (termWeights == null) {
            termWeights = new TermWeights(index.vectors().dimensions());
        }
        return termWeights;
    }

    private void applyFactors() {
        if (factorsPending) {
            for (int i = 0; i < size; i++) {
                score[i] *= factor[i];
                adjusted[i] = cosine[i] * factor[i];
                factor[i] = 1;
            }
            factorsPending = false;
            sorted = false;
        }
    }

    /** Stable merge sort of order[from, to) by ranking score, descending, then ordinal, ascending. */
    private void mergeSort(int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(from, mid);
        mergeSort(mid, to);
        if (!before(order[mid], order[mid - 1])) {
            return;
        }
        System.arraycopy(order, from, sortBuffer, from, to - from);
        for (int out = from, a = from, b = mid; out < to; out++) {
            order[out] =
                    b == to || (a < mid && !before(sortBuffer[b], sortBuffer[a])) ? sortBuffer[a++] : sortBuffer[b++];
        }
    }

    /** True if candidate i comes before candidate j: higher ranking score, or equal score and smaller ordinal. */
    private boolean before(int i, int j) {
        return score[i] > score[j] || (score[i] == score[j] && docs[i] < docs[j]);
    }

    @Override
    public String toString() {
        return "Pool[" + size + " candidates of " + query + ", " + Arrays.toString(Arrays.copyOf(docs, size)) + "]";
    }
}
