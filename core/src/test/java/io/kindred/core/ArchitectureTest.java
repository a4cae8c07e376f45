package io.kindred.core;

import io.kindred.core.testing.Floors;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** core's floors: each package imports only the packages below it (docs/ARCHITECTURE.md draws this table). */
class ArchitectureTest {

    private static final String CORE = "io.kindred.core";

    @Test
    void eachPackageImportsOnlyThePackagesBelowIt() {
        Floors.check(
                CORE,
                "io.kindred",
                Map.ofEntries(
                        Map.entry(CORE, Set.<String>of()),
                        Map.entry(CORE + ".concurrent", Set.<String>of()),
                        Map.entry(CORE + ".analysis", Set.of(CORE)),
                        Map.entry(CORE + ".text", Set.of(CORE + ".concurrent")),
                        Map.entry(CORE + ".vector", Set.of(CORE + ".concurrent")),
                        Map.entry(
                                CORE + ".weighting",
                                Set.of(
                                        CORE,
                                        CORE + ".concurrent",
                                        CORE + ".analysis",
                                        CORE + ".text",
                                        CORE + ".vector")),
                        Map.entry(
                                CORE + ".search",
                                Set.of(CORE, CORE + ".concurrent", CORE + ".vector", CORE + ".weighting")),
                        Map.entry(
                                CORE + ".rank",
                                Set.of(
                                        CORE,
                                        CORE + ".concurrent",
                                        CORE + ".vector",
                                        CORE + ".weighting",
                                        CORE + ".search")),
                        Map.entry(
                                CORE + ".explain",
                                Set.of(CORE, CORE + ".text", CORE + ".vector", CORE + ".weighting", CORE + ".search")),
                        Map.entry(CORE + ".preset", Set.of(CORE + ".analysis", CORE + ".weighting", CORE + ".rank")),
                        Map.entry(CORE + ".store", Set.of(CORE)),
                        Map.entry(
                                CORE + ".live",
                                Set.of(
                                        CORE,
                                        CORE + ".concurrent",
                                        CORE + ".analysis",
                                        CORE + ".text",
                                        CORE + ".vector",
                                        CORE + ".weighting",
                                        CORE + ".search",
                                        CORE + ".rank",
                                        CORE + ".preset",
                                        CORE + ".store"))));
    }
}
