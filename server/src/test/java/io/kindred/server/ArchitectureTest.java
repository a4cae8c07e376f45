package io.kindred.server;

import io.kindred.core.testing.Floors;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service is one floor over io and core's public API (docs/ARCHITECTURE.md). */
class ArchitectureTest {

    @Test
    void eachPackageImportsOnlyThePackagesBelowIt() {
        Floors.check(
                "io.kindred.server",
                "io.kindred",
                Map.of(
                        "io.kindred.server",
                        Set.of(
                                "io.kindred.io",
                                "io.kindred.core",
                                "io.kindred.core.explain",
                                "io.kindred.core.live",
                                "io.kindred.core.rank",
                                "io.kindred.core.search")));
    }
}
