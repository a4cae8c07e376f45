package io.kindred.core.explain;

import io.kindred.core.Article;
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
        return explain(index, row(index, queryId), otherId, maxTerms);
    }

    /**
     * Explains the similarity of a new article to an indexed one.
     *
     * @param index the index
     * @param query the new article (vectorised with the fitted model)
     * @param otherId the similar article's id
     * @param maxTerms how many terms to list, at least 0
     * @return the explanation
     */
    public static Explanation explain(SimilarityIndex index, Article query, String otherId, int maxTerms) {
        return explain(index, index.model().transform(query), otherId, maxTerms);
    }

    private static Explanation explain(SimilarityIndex index, SparseVector q, String otherId, int maxTerms) {
        if (maxTerms < 0) {
            throw new IllegalArgumentException("maxTerms must be >= 0, was " + maxTerms);
        }
        SparseVector d = row(index, otherId);
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
        int ordinal = index.ordinal(id);
        if (ordinal < 0) {
            throw new IllegalArgumentException("unknown article id '" + id + "'");
        }
        return index.vectors().row(ordinal);
    }
}
