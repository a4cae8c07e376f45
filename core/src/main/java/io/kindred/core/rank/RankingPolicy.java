package io.kindred.core.rank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a "Similar Articles" list may contain and how it is ordered beyond raw similarity: a set of
 * {@link RankingStep}s, at most one of each class, applied by a {@link Recommender} in the one order {@link #ORDER}
 * defines. Eligibility steps run inside the exact search, so lists are filled with the best eligible articles; the
 * others change the pool of the best candidates; unless a step chooses (MMR), the list is then the first k candidates
 * that survive, placement steps (pins) come next and a minimum score cuts the finished list. Every document that tells
 * the order refers to {@link #ORDER}.
 *
 * <p>Immutable and thread-safe; {@link #with} and {@link #without} return changed copies.
 */
public final class RankingPolicy {

    /**
     * The order in which steps apply: eligibility (exclusions, dates, editorial blocks), re-ranking (feedback, latent
     * topics), adjustment (recency decay, editorial boosts), filter (near-duplicates), choice (MMR, else the first k),
     * placement (editorial pins), cut (minimum score).
     */
    public static final List<Class<? extends RankingStep>> ORDER = List.of(
            ExcludeIds.class,
            ExcludeSections.class,
            PastOnly.class,
            TimeWindow.class,
            Blocks.class,
            Feedback.class,
            Latent.class,
            Decay.class,
            Boosts.class,
            NearDuplicates.class,
            Mmr.class,
            Pins.class,
            MinScore.class);

    /** Plain similarity: no step. */
    public static final RankingPolicy NONE = new RankingPolicy(List.of());

    private final List<RankingStep> steps;

    private RankingPolicy(List<RankingStep> steps) {
        this.steps = steps;
    }

    /**
     * @param steps steps in any order, at most one of each class
     * @return the policy, its steps in {@link #ORDER}
     * @throws IllegalArgumentException for two steps of one class
     */
    public static RankingPolicy of(RankingStep... steps) {
        return of(List.of(steps));
    }

    /**
     * @param steps steps in any order, at most one of each class
     * @return the policy, its steps in {@link #ORDER}
     * @throws IllegalArgumentException for two steps of one class
     */
    public static RankingPolicy of(Collection<? extends RankingStep> steps) {
        List<RankingStep> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(s -> ORDER.indexOf(s.getClass())));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getClass() == sorted.get(i - 1).getClass()) {
                throw new IllegalArgumentException(
                        "two steps of one kind: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return new RankingPolicy(List.copyOf(sorted));
    }

    /** @return the steps, in {@link #ORDER} */
    public List<RankingStep> steps() {
        return steps;
    }

    /**
     * @param kind a step class
     * @param <S> its type
     * @return the policy's step of that class, if any
     */
    public <S extends RankingStep> Optional<S> step(Class<S> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /**
     * @param step a step
     * @return this policy with it, replacing any step of its class
     */
    public RankingPolicy with(RankingStep step) {
        List<RankingStep> out = new ArrayList<>(without(step.getClass()).steps);
        out.add(step);
        return of(out);
    }

    /**
     * @param steps steps
     * @return this policy with each of them (see {@link #with(RankingStep)})
     */
    public RankingPolicy with(Collection<? extends RankingStep> steps) {
        RankingPolicy p = this;
        for (RankingStep s : steps) {
            p = p.with(s);
        }
        return p;
    }

    /**
     * @param kind a step class
     * @return this policy without a step of that class
     */
    public RankingPolicy without(Class<? extends RankingStep> kind) {
        return new RankingPolicy(steps.stream().filter(s -> !kind.isInstance(s)).toList());
    }

    /**
     * Changes the policy's step of a class.
     *
     * @param kind a step class
     * @param change the change
     * @param <S> its type
     * @return this policy with the changed step
     * @throws NoSuchElementException if the policy has no step of that class (there is nothing to change)
     * @throws IllegalArgumentException if the step refuses the change
     */
    public <S extends RankingStep> RankingPolicy update(Class<S> kind, UnaryOperator<S> change) {
        S step = step(kind)
                .orElseThrow(() ->
                        new NoSuchElementException("the policy has no " + kind.getSimpleName() + " step to change"));
        return with(change.apply(step));
    }

    /** @return the steps that decide by publication dates ({@link PastOnly}, {@link TimeWindow}, {@link Decay}) */
    public List<DateStep> dateSteps() {
        return steps.stream()
                .filter(DateStep.class::isInstance)
                .map(DateStep.class::cast)
                .toList();
    }

    /**
     * Sets what every date step of the policy does with undated articles.
     *
     * @param undated what to do with undated articles
     * @return this policy with every date step changed
     * @throws NoSuchElementException if the policy has no date step (the setting would change nothing)
     */
    public RankingPolicy withUndated(Undated undated) {
        List<DateStep> dated = dateSteps();
        if (dated.isEmpty()) {
            throw new NoSuchElementException("the policy has no date step (past-only, window, decay) to apply it to");
        }
        return with(dated.stream().map(s -> s.withUndated(undated)).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RankingPolicy p && steps.equals(p.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "RankingPolicy" + steps;
    }
}
