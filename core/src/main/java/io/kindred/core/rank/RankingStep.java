package io.kindred.core.rank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One policy of a "Similar Articles" list. A step may exclude candidates inside the exact search (eligibility: the list
 * is then filled with the best eligible articles) and may change the pool of the best candidates: their scores, which
 * are dropped, which are chosen, where some are placed. {@link RankingPolicy#ORDER} is the one order in which steps
 * apply.
 *
 * <p>The steps are kindred's own (the class is sealed): adding a policy is one subclass here, one line in
 * {@link RankingPolicy#ORDER} and its option. A step is configuration: immutable, validated when made, equal to another
 * of its class with the same parameters, and bound to an index by the {@link Recommender} that uses it.
 */
public abstract sealed class RankingStep
        permits ExcludeIds, ExcludeSections, DateStep, EditorialStep, Feedback, Latent, MinScore, NearDuplicates, Mmr {

    RankingStep() {}

    /**
     * @return the step's name in explanations ({@link io.kindred.core.search.SimilarArticle.Contribution#step()}): its
     *     class's simple name in lower case, e.g. {@code feedback}, {@code decay}, {@code boosts}
     */
    public final String name() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /**
     * @return the step's parameters by name, in a fixed order: they decide equality and appear in {@link #toString()}
     */
    abstract Map<String, Object> parameters();

    /** @return the step's parameters by name, in a fixed order (read only), e.g. {@code {value=0.1}} */
    public final Map<String, Object> settings() {
        return Collections.unmodifiableMap(parameters());
    }

    /**
     * @param namesAndValues a parameter's name, its value, the next name, ...
     * @return the parameters, in that order
     */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }

    /**
     * Binds the step to an index: what its queries need, computed once per {@link Recommender}.
     *
     * @param context the index and its articles' dates
     * @return the bound step
     */
    abstract Bound bind(RankingContext context);

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && parameters().equals(((RankingStep) o).parameters());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), parameters());
    }

    /** @return the step's class and parameters, e.g. {@code MinScore[value=0.1]} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('[');
        parameters()
                .forEach((name, value) -> sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ", ")
                        .append(name)
                        .append('=')
                        .append(value));
        return sb.append(']').toString();
    }
}
