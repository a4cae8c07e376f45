package io.kindred.core.rank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Editors' overrides, per query article or for every list ({@link #ALL_LISTS}):
 *
 * <ul>
 *   <li><b>block</b>: the target never appears;
 *   <li><b>boost</b>: the target's score is multiplied by a factor (&gt; 1 promotes, &lt; 1 buries);
 *   <li><b>pin</b>: the target is placed at a given position (1 = first) of the query's list, whatever its score.
 * </ul>
 *
 * Immutable and thread-safe once built.
 */
public final class Editorial {

    /** Query id meaning "every list". */
    public static final String ALL_LISTS = "*";

    /** No overrides. */
    public static final Editorial NONE = builder().build();

    /**
     * A pinned article.
     *
     * @param target the pinned article's id
     * @param position 1-based position in the list
     */
    public record Pin(String target, int position) {
        /**
         * Validates.
         *
         * @param target see {@link #target()}
         * @param position see {@link #position()}
         */
        public Pin {
            Objects.requireNonNull(target, "target");
            if (position < 1) {
                throw new IllegalArgumentException(
                        "pin position must be >= 1, was " + position + " for '" + target + "'");
            }
        }
    }

    private final Map<String, List<Pin>> pins;
    private final Map<String, Map<String, Double>> boosts;
    private final Map<String, Set<String>> blocks;

    private Editorial(Builder b) {
        this.pins = freeze(b.pins, List::copyOf);
        this.boosts = freeze(b.boosts, Map::copyOf);
        this.blocks = freeze(b.blocks, Set::copyOf);
    }

    private static <V> Map<String, V> freeze(Map<String, V> m, java.util.function.UnaryOperator<V> copy) {
        Map<String, V> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, copy.apply(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The overrides as ranking steps: their blocks, boosts and pins, each where {@link RankingPolicy#ORDER} puts it
     * (none for a kind of override the editors did not give).
     *
     * @return the steps
     */
    public List<RankingStep> steps() {
        List<RankingStep> steps = new ArrayList<>();
        if (!blocks.isEmpty()) {
            steps.add(new Blocks(this));
        }
        if (!boosts.isEmpty()) {
            steps.add(new Boosts(this));
        }
        if (!pins.isEmpty()) {
            steps.add(new Pins(this));
        }
        return List.copyOf(steps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Editorial e && pins.equals(e.pins) && boosts.equals(e.boosts) && blocks.equals(e.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pins, boosts, blocks);
    }

    @Override
    public String toString() {
        return "Editorial[pins " + pins + ", boosts " + boosts + ", blocks " + blocks + "]";
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return true when there is no override at all */
    public boolean isEmpty() {
        return pins.isEmpty() && boosts.isEmpty() && blocks.isEmpty();
    }

    /**
     * @param query the query article's id
     * @param target a candidate's id
     * @return true if the target is blocked from the query's list
     */
    public boolean blocked(String query, String target) {
        return contains(blocks.get(ALL_LISTS), target) || (query != null && contains(blocks.get(query), target));
    }

    private static boolean contains(Set<String> s, String x) {
        return s != null && s.contains(x);
    }

    /**
     * @param query the query article's id
     * @param target a candidate's id
     * @return the product of the boosts for the target in the query's list (1 without any)
     */
    public double boost(String query, String target) {
        return factor(boosts.get(ALL_LISTS), target) * (query == null ? 1 : factor(boosts.get(query), target));
    }

    private static double factor(Map<String, Double> m, String target) {
        Double f = m == null ? null : m.get(target);
        return f == null ? 1 : f;
    }

    /**
     * @param query the query article's id
     * @return the largest boost any target can get in the query's list (at least 1)
     */
    public double maxBoost(String query) {
        return maxFactor(boosts.get(ALL_LISTS)) * (query == null ? 1 : maxFactor(boosts.get(query)));
    }

    private static double maxFactor(Map<String, Double> m) {
        double max = 1;
        if (m != null) {
            for (double f : m.values()) {
                max = Math.max(max, f);
            }
        }
        return max;
    }

    /**
     * @param query the query article's id
     * @return its pins, in the order given
     */
    public List<Pin> pins(String query) {
        List<Pin> out = new ArrayList<>(pins.getOrDefault(ALL_LISTS, List.of()));
        if (query != null) {
            out.addAll(pins.getOrDefault(query, List.of()));
        }
        return out;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<Pin>> pins = new HashMap<>();
        private final Map<String, Map<String, Double>> boosts = new HashMap<>();
        private final Map<String, Set<String>> blocks = new HashMap<>();

        private Builder() {}

        /**
         * @param query query id or {@link #ALL_LISTS}
         * @param target the pinned article
         * @param position 1-based position
         * @return this
         */
        public Builder pin(String query, String target, int position) {
            pins.computeIfAbsent(Objects.requireNonNull(query, "query"), q -> new ArrayList<>())
                    .add(new Pin(target, position));
            return this;
        }

        /**
         * @param query query id or {@link #ALL_LISTS}
         * @param target the boosted article
         * @param factor multiplier, &gt; 0
         * @return this
         */
        public Builder boost(String query, String target, double factor) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("boost factor must be > 0, was " + factor + " for '" + target + "'");
            }
            boosts.computeIfAbsent(Objects.requireNonNull(query, "query"), q -> new HashMap<>())
                    .merge(Objects.requireNonNull(target, "target"), factor, (a, b) -> a * b);
            return this;
        }

        /**
         * @param query query id or {@link #ALL_LISTS}
         * @param target the blocked article
         * @return this
         */
        public Builder block(String query, String target) {
            blocks.computeIfAbsent(Objects.requireNonNull(query, "query"), q -> new HashSet<>())
                    .add(Objects.requireNonNull(target, "target"));
            return this;
        }

        /** @return the overrides */
        public Editorial build() {
            return new Editorial(this);
        }
    }
}
