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
                Map.of(
                        CORE,
                        Set.of(),
                        CORE + ".concurrent",
                        Set.of(),
                        CORE + ".analysis",
                        Set.of(CORE),
                        CORE + ".text",
                        Set.of(CORE + ".concurrent"),
                        CORE + ".vector",
                        Set.of(CORE + ".concurrent"),
                        CORE + ".weighting",
                        Set.of(CORE, CORE + ".concurrent", CORE + ".analysis", CORE + ".text", CORE + ".vector"),
                        CORE + ".search",
                        Set.of(CORE, CORE + ".concurrent", CORE + ".vector", CORE + ".weighting"),
                        CORE + ".rank",
                        Set.of(CORE, CORE + ".concurrent", CORE + ".vector", CORE + ".weighting", CORE + ".search"),
                        CORE + ".explain",
                        Set.of(CORE, CORE + ".text", CORE + ".vector", CORE + ".weighting", CORE + ".search"),
                        CORE + ".preset",
                        Set.of(CORE + ".analysis", CORE + ".weighting", CORE + ".rank")));
    }
}
