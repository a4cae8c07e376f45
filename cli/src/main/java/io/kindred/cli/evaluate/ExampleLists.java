package io.kindred.cli.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A few Similar Articles lists to read, chosen by precision@k: the <em>best</em> are the n labelled articles with the
 * highest P@k, the <em>worst</em> the n with the lowest among the others (so no article is in both), ties by input
 * order, earlier first. Stateless and thread-safe; the records are immutable.
 */
public final class ExampleLists {

    private ExampleLists() {}

    /**
     * One entry of an example list.
     *
     * @param id the similar article's id
     * @param title its title (may be empty)
     * @param score its score in the list
     * @param relevant whether it shares a label with the list's article
     */
    public record Entry(String id, String title, double score, boolean relevant) {
        /**
         * Checks for nulls.
         *
         * @param id see {@link #id()}
         * @param title see {@link #title()}
         * @param score see {@link #score()}
         * @param relevant see {@link #relevant()}
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * An article and its list.
     *
     * @param id the article's id
     * @param title its title (may be empty)
     * @param labels its labels
     * @param precision its P@k
     * @param list its list, best first
     */
    public record Example(String id, String title, List<String> labels, double precision, List<Entry> list) {
        /**
         * Copies the lists.
         *
         * @param id see {@link #id()}
         * @param title see {@link #title()}
         * @param labels see {@link #labels()}
         * @param precision see {@link #precision()}
         * @param list see {@link #list()}
         */
        public Example {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            labels = List.copyOf(labels);
            list = List.copyOf(list);
        }
    }

    /**
     * The chosen articles, by position.
     *
     * @param best the n with the highest P@k, highest first
     * @param worst the n with the lowest P@k among the others, lowest first
     */
    public record Choice(List<Integer> best, List<Integer> worst) {
        /**
         * Copies the lists.
         *
         * @param best see {@link #best()}
         * @param worst see {@link #worst()}
         */
        public Choice {
            best = List.copyOf(best);
            worst = List.copyOf(worst);
        }
    }

    /**
     * @param queryPrecision P@k of each article by position, NaN for an article without a label (never chosen)
     * @param n how many of each, at least 0
     * @return the best and the worst; fewer when fewer articles have a label
     * @throws IllegalArgumentException if n &lt; 0
     */
    public static Choice choose(double[] queryPrecision, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < queryPrecision.length; i++) {
            if (!Double.isNaN(queryPrecision[i])) {
                labelled.add(i);
            }
        }
        Comparator<Integer> byPrecision = Comparator.comparingDouble(i -> queryPrecision[i]);
        List<Integer> best = labelled.stream()
                .sorted(byPrecision.reversed().thenComparing(Comparator.naturalOrder()))
                .limit(n)
                .toList();
        List<Integer> worst = labelled.stream()
                .filter(i -> !best.contains(i))
                .sorted(byPrecision.thenComparing(Comparator.naturalOrder()))
                .limit(n)
                .toList();
        return new Choice(best, worst);
    }
}
