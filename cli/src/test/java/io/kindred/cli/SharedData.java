package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to {@code ../shared} (corpora and golden files, never copied into the repository), located by the system
 * property {@code kindred.shared}. Tests that need it are skipped when it is absent, except under {@code CI=true},
 * where its absence fails them (the same rule as core's tests).
 */
final class SharedData {

    private SharedData() {}

    /** @return the shared folder; skips (or fails under CI=true) the calling test when it is missing */
    static Path root() {
        Path p = Path.of(System.getProperty("kindred.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(p.resolve("corpora")) || !Files.isDirectory(p.resolve("golden"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the shared data is missing at " + p + " (set -Dkindred.shared)");
            }
            assumeTrue(false, "shared data not found at " + p + "; test skipped");
        }
        return p;
    }

    /**
     * @param corpus folder name under corpora/
     * @return the corpus file
     */
    static Path corpus(String corpus) {
        Path p = root().resolve("corpora").resolve(corpus).resolve("articles.jsonl.gz");
        if (!Files.isRegularFile(p)) {
            fail("missing corpus " + p);
        }
        return p;
    }
}
