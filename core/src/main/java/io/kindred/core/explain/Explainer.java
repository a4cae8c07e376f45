package io.kindred.core.explain;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.SparseVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Explains scores of a {@link SimilarityIndex}. Stateless and thread-safe. */
public final class Explainer {

    private Explainer() {}

    /**
     * Explains the similarity of two indexed articles.
     *
     * @param index the index
     * @param queryId the query article's id
     * @param otherId the similar article's id
     * @param maxTerms how many terms to list, at least 0
     * @return the explanation
     * @throws IllegalArgumentException for an unknown id or a negative {@code maxTerms}
     */
    public static Explanation explain(SimilarityIndex index, String queryId, String otherId, int maxTerms) {
        return explain(index, row(index, queryId), ordinal(index, otherId), maxTerms);
    }

    /**
     * Explains an entry of an indexed article's list.
     *
     * @param index the index
     * @param query the list's article's position in the index
     * @param other an entry of its list
     * @param maxTerms how many terms to list, at least 0
     * @return the explanation
     */
    public static Explanation explain(SimilarityIndex index, int query, SimilarArticle other, int maxTerms) {
        return explain(index, index.vectors().row(query), other.ordinal(), maxTerms);
    }

    /**
     * Explains an entry of a new article's list.
     *
     * @param index the index
     * @param query the new article (vectorised with the fitted model)
     * @param other an entry of its list
     * @param maxTerms how many terms to list, at least 0
     * @return the explanation
     */
    public static Explanation explain(SimilarityIndex index, Article query, SimilarArticle other, int maxTerms) {
        return explain(index, index.model().transform(query), other.ordinal(), maxTerms);
    }

    private static Explanation explain(SimilarityIndex index, SparseVector q, int other, int maxTerms) {
        if (maxTerms < 0) {
            throw new IllegalArgumentException("maxTerms must be >= 0, was " + maxTerms);
        }
        SparseVector d = index.vectors().row(other);
        Vocabulary vocabulary = index.model().vocabulary();
        List<Explanation.TermContribution> shared = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < q.size() && j < d.size()) {
            if (q.term(i) == d.term(j)) {
                shared.add(new Explanation.TermContribution(vocabulary.term(q.term(i)), q.weight(i) * d.weight(j)));
                i++;
                j++;
            } else if (q.term(i) < d.term(j)) {
                i++;
            } else {
                j++;
            }
        }
        shared.sort(Comparator.comparingDouble(Explanation.TermContribution::contribution)
                .reversed()
                .thenComparing(Explanation.TermContribution::term));
        int listed = Math.min(maxTerms, shared.size());
        double rest = 0;
        for (int x = listed; x < shared.size(); x++) {
            rest += shared.get(x).contribution();
        }
        return new Explanation(q.dot(d), shared.subList(0, listed), rest);
    }

    private static SparseVector row(SimilarityIndex index, String id) {
        return index.vectors().row(ordinal(index, id));
    }

    private static int ordinal(SimilarityIndex index, String id) {
        int ordinal = index.ordinal(id);
        if (ordinal < 0) {
            throw new IllegalArgumentException("unknown article id '" + id + "'");
        }
        return ordinal;
    }
}
