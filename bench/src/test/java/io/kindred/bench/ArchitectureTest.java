package io.kindred.bench;

import io.kindred.core.testing.Floors;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** bench's floors (docs/ARCHITECTURE.md): probes, then corpora, then the runners. */
class ArchitectureTest {

    private static final String BENCH = "io.kindred.bench";
    private static final String CORE = "io.kindred.core";

    @Test
    void eachPackageImportsOnlyThePackagesBelowIt() {
        Set<String> kindred = Set.of(
                CORE,
                CORE + ".analysis",
                CORE + ".concurrent",
                CORE + ".live",
                CORE + ".preset",
                CORE + ".rank",
                CORE + ".search",
                CORE + ".store",
                CORE + ".vector",
                CORE + ".weighting");
        Floors.check(
                BENCH,
                "io.kindred",
                Map.of(
                        BENCH,
                        Set.of(CORE),
                        BENCH + ".synthetic",
                        Set.of(CORE, CORE + ".analysis", CORE + ".concurrent"),
                        BENCH + ".corpora",
                        Set.of(BENCH + ".synthetic", CORE, CORE + ".testing", "io.kindred.io"),
                        BENCH + ".jmh",
                        union(kindred, BENCH + ".corpora"),
                        BENCH + ".jmh.jmh_generated",
                        union(kindred, BENCH + ".jmh"),
                        BENCH + ".peers",
                        union(kindred, BENCH, BENCH + ".corpora"),
                        BENCH + ".scale",
                        union(kindred, BENCH, BENCH + ".corpora"),
                        BENCH + ".profiles",
                        union(kindred, BENCH + ".corpora", BENCH + ".synthetic")));
    }

    private static Set<String> union(Set<String> a, String... b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(Set.of(b));
        return all;
    }
}
