package io.kindred.cli.evaluate;

import java.util.Objects;

/**
 * Everything {@code kindred evaluate} measured, as the reports show it. Immutable.
 *
 * @param corpus the corpus, as named to the user
 * @param labelField the field the labels come from
 * @param preset the preset of the evaluated configuration
 * @param metrics label agreement of its lists
 * @param scores every score in its lists (for the score distribution)
 * @param judgments correlation with judged pairs, or null without judgments
 * @param comparison the second configuration, or null without one
 */
public record Evaluation(
        String corpus,
        String labelField,
        String preset,
        LabelMetrics.Result metrics,
        double[] scores,
        RankCorrelation judgments,
        Comparison comparison) {

    /**
     * The second configuration and the test of the difference.
     *
     * @param options its options, as given
     * @param metrics label agreement of its lists
     * @param test the paired test of per-article precision@k, this configuration first
     */
    public record Comparison(String options, LabelMetrics.Result metrics, PairedTest test) {
        /**
         * Validates.
         *
         * @param options see {@link #options()}
         * @param metrics see {@link #metrics()}
         * @param test see {@link #test()}
         */
        public Comparison {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(metrics, "metrics");
            Objects.requireNonNull(test, "test");
        }
    }

    /**
     * Validates and copies the scores.
     *
     * @param corpus see {@link #corpus()}
     * @param labelField see {@link #labelField()}
     * @param preset see {@link #preset()}
     * @param metrics see {@link #metrics()}
     * @param scores see {@link #scores()}
     * @param judgments see {@link #judgments()}
     * @param comparison see {@link #comparison()}
     */
    public Evaluation {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(labelField, "labelField");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(metrics, "metrics");
        scores = scores.clone();
    }

    /** @return every score in the lists (a copy) */
    @Override
    public double[] scores() {
        return scores.clone();
    }
}
