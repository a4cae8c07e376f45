package io.kindred.io;

import io.kindred.core.testing.Floors;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** kindred-io is one floor above core (docs/ARCHITECTURE.md). */
class ArchitectureTest {

    @Test
    void eachPackageImportsOnlyThePackagesBelowIt() {
        Floors.check(
                "io.kindred.io",
                "io.kindred",
                Map.of(
                        "io.kindred.io",
                        Set.of(
                                "io.kindred.core",
                                "io.kindred.core.explain",
                                "io.kindred.core.rank",
                                "io.kindred.core.search")));
    }
}
