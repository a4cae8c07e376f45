package io.kindred.cli.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@code kindred evaluate} measured, as the reports show it. Immutable.
 *
 * @param corpus the corpus, as named to the user
 * @param labelField the field the labels come from
 * @param preset the preset of the evaluated configuration
 * @param configuration what was measured of the evaluated configuration
 * @param comparison the second configuration, or null without one
 */
public record Evaluation(
        String corpus, String labelField, String preset, Configuration configuration, Comparison comparison) {

    /**
     * What was measured of one configuration.
     *
     * @param settings every setting of the configuration by name, in a fixed order, as the user would read it
     * @param metrics label agreement of its lists; without labels only coverage and the list lengths are figures
     * @param scores every score in its lists (for the score distribution)
     * @param judgments correlation with judged pairs, or null without judgments
     * @param best the lists with the highest precision@k ({@link ExampleLists}), empty without labels
     * @param worst the lists with the lowest, empty without labels
     */
    public record Configuration(
            Map<String, String> settings,
            LabelMetrics.Result metrics,
            double[] scores,
            RankCorrelation judgments,
            List<ExampleLists.Example> best,
            List<ExampleLists.Example> worst) {

        /**
         * Validates and copies.
         *
         * @param settings see {@link #settings()}
         * @param metrics see {@link #metrics()}
         * @param scores see {@link #scores()}
         * @param judgments see {@link #judgments()}
         * @param best see {@link #best()}
         * @param worst see {@link #worst()}
         */
        public Configuration {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            Objects.requireNonNull(metrics, "metrics");
            scores = scores.clone();
            best = List.copyOf(best);
            worst = List.copyOf(worst);
        }

        /** @return every score in the lists (a copy) */
        @Override
        public double[] scores() {
            return scores.clone();
        }
    }

    /**
     * The second configuration and the test of the difference.
     *
     * @param options its options, as given
     * @param configuration what was measured of it
     * @param test the paired test of per-article precision@k, this configuration first; null without labels
     */
    public record Comparison(String options, Configuration configuration, PairedTest test) {
        /**
         * Validates.
         *
         * @param options see {@link #options()}
         * @param configuration see {@link #configuration()}
         * @param test see {@link #test()}
         */
        public Comparison {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(configuration, "configuration");
        }
    }

    /**
     * Validates.
     *
     * @param corpus see {@link #corpus()}
     * @param labelField see {@link #labelField()}
     * @param preset see {@link #preset()}
     * @param configuration see {@link #configuration()}
     * @param comparison see {@link #comparison()}
     */
    public Evaluation {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(labelField, "labelField");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(configuration, "configuration");
    }

    /** @return the evaluated configuration's label metrics */
    public LabelMetrics.Result metrics() {
        return configuration.metrics();
    }

    /** @return whether any article has a label, so that the label metrics are figures */
    public boolean labelled() {
        return configuration.metrics().queries() > 0;
    }

    /**
     * @return why the label metrics were skipped, for every report to say, e.g. {@code no article has a label in the
     *     field "category"}; null when they were not
     */
    public String labelsSkipped() {
        return labelled() ? null : "no article has a label in the field \"" + labelField + "\"";
    }

    /**
     * @return the settings whose values differ between the two configurations, by name: this configuration's value and
     *     the other's; empty without a comparison
     */
    public Map<String, List<String>> differingSettings() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (comparison == null) {
            return out;
        }
        Map<String, String> mine = configuration.settings();
        Map<String, String> theirs = comparison.configuration().settings();
        for (Map.Entry<String, String> s : mine.entrySet()) {
            String other = theirs.getOrDefault(s.getKey(), "");
            if (!s.getValue().equals(other)) {
                out.put(s.getKey(), List.of(s.getValue(), other));
            }
        }
        for (Map.Entry<String, String> s : theirs.entrySet()) {
            if (!mine.containsKey(s.getKey())) {
                out.put(s.getKey(), List.of("", s.getValue()));
            }
        }
        return out;
    }
}
