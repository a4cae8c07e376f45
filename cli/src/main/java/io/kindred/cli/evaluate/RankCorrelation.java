package io.kindred.cli.evaluate;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well kindred's similarities agree with judged pairs: Spearman's ρ (Pearson correlation of the ranks, ties given
 * their average rank) and Kendall's τ-b (concordant minus discordant pairs, corrected for ties), which only see the
 * order, and Pearson's r of the values themselves (the figure the literature on judged similarity reports), all from
 * Apache Commons Math. Immutable.
 *
 * @param pairs the number of judged pairs
 * @param spearman Spearman's ρ, NaN when either side is constant
 * @param kendall Kendall's τ-b, NaN when either side is constant
 * @param pearson Pearson's r, NaN when either side is constant
 */
public record RankCorrelation(int pairs, double spearman, double kendall, double pearson) {

    /**
     * @param similarity kindred's similarity of each pair
     * @param judgment the judged similarity of each pair
     * @return the correlations
     * @throws IllegalArgumentException for fewer than two pairs or arrays of different lengths
     */
    public static RankCorrelation of(double[] similarity, double[] judgment) {
        if (similarity.length != judgment.length) {
            throw new IllegalArgumentException(
                    "as many similarities as judgments needed, got " + similarity.length + " and " + judgment.length);
        }
        if (similarity.length < 2) {
            throw new IllegalArgumentException("a correlation needs at least 2 judged pairs, got " + similarity.length);
        }
        return new RankCorrelation(
                similarity.length,
                new SpearmansCorrelation().correlation(similarity, judgment),
                new KendallsCorrelation().correlation(similarity, judgment),
                new PearsonsCorrelation().correlation(similarity, judgment));
    }
}
