package io.kindred.cli;

import io.kindred.core.testing.Floors;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CLI's floors: the commands on top of the evaluation metrics, kindred-io and core (docs/ARCHITECTURE.md). */
class ArchitectureTest {

    private static final String CORE = "io.kindred.core";

    @Test
    void eachPackageImportsOnlyThePackagesBelowIt() {
        Floors.check(
                "io.kindred.cli",
                "io.kindred",
                Map.of(
                        "io.kindred.cli.evaluate", Set.of(),
                        "io.kindred.cli",
                                Set.of(
                                        "io.kindred.cli.evaluate",
                                        "io.kindred.io",
                                        "io.kindred.server",
                                        CORE,
                                        CORE + ".analysis",
                                        CORE + ".concurrent",
                                        CORE + ".explain",
                                        CORE + ".live",
                                        CORE + ".preset",
                                        CORE + ".rank",
                                        CORE + ".search",
                                        CORE + ".store",
                                        CORE + ".text",
                                        CORE + ".vector",
                                        CORE + ".weighting")));
    }
}
