package io.kindred.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one order of the steps, and what a policy is made of. */
class RankingPolicyTest {

    @Test
    void theOrderHoldsEveryStepOnce() {
        assertEquals(steps(RankingStep.class), Set.copyOf(RankingPolicy.ORDER), "every kind of step has its place");
        assertEquals(RankingPolicy.ORDER.size(), Set.copyOf(RankingPolicy.ORDER).size(), "no step twice");
    }

    /** The concrete classes under a sealed one. */
    private static Set<Class<?>> steps(Class<?> sealed) {
        Set<Class<?>> out = new java.util.HashSet<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed()) {
                out.addAll(steps(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void stepsGoInTheOrderWhateverTheOrderGiven() {
        RankingPolicy p = RankingPolicy.of(new Mmr(0.5), new PastOnly(), Feedback.rounds(List.of(3)));
        assertEquals(List.of(new PastOnly(), Feedback.rounds(List.of(3)), new Mmr(0.5)), p.steps());
        assertEquals(
                p,
                RankingPolicy.NONE
                        .with(new Mmr(0.5))
                        .with(Feedback.rounds(List.of(3)))
                        .with(new PastOnly()));
        assertEquals(
                List.of(new PastOnly(), new Mmr(0.7)),
                p.with(new Mmr(0.7)).without(Feedback.class).steps());
        assertEquals(
                "RankingPolicy[PastOnly[undated=KEEP], Feedback[rounds=[3], weight=2.0, pool=50], Mmr[lambda=0.5]]",
                p.toString());
    }

    @Test
    void undatedArticlesAreASettingOfEveryDateStep() {
        RankingPolicy p = RankingPolicy.of(new PastOnly(), Decay.gaussian(3), new Mmr(0.5));
        assertEquals(
                List.of(new PastOnly(Undated.DROP), new Decay(Decay.Shape.GAUSSIAN, 3, Undated.DROP), new Mmr(0.5)),
                p.withUndated(Undated.DROP).steps());
        assertEquals(List.of(new PastOnly(), Decay.gaussian(3)), p.dateSteps());
        assertEquals(new TimeWindow(2, Undated.KEEP), new TimeWindow(2, Undated.DROP).withUndated(Undated.KEEP));
        assertEquals(Undated.KEEP, new TimeWindow(2).undated(), "the default");
        NoSuchElementException e = assertThrows(
                NoSuchElementException.class,
                () -> RankingPolicy.of(new Mmr(0.5)).withUndated(Undated.DROP));
        assertEquals("the policy has no date step (past-only, window, decay) to apply it to", e.getMessage());
    }

    @Test
    void stepsAreEqualByTheirParameters() {
        assertEquals(new MinScore(0.1), new MinScore(0.1));
        assertEquals(new ExcludeIds(Set.of("a", "b")), new ExcludeIds(Set.of("b", "a")));
        assertEquals(
                Editorial.builder().pin("a", "b", 1).build().steps(),
                Editorial.builder().pin("a", "b", 1).build().steps());
        assertEquals(false, new Latent(10, 1).equals(new Latent(10, 2)));
    }
}
