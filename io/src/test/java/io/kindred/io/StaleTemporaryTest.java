package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a process killed outright (SIGKILL: no shutdown hook runs) leaves its temporary file; the next
 * output to the same target deletes it, and leaves alone the temporary file of a process that still runs.
 */
class StaleTemporaryTest {

    @TempDir
    Path dir;

    /** A child JVM: writes to an AtomicOutput, says "ready" once 4 MB are on disk, then writes on until killed. */
    public static final class Writing {
        public static void main(String[] args) throws IOException {
            try (AtomicOutput out = AtomicOutput.create(Path.of(args[0]))) {
                Writer w = out.writer();
                String line = "{\"id\": \"x\", \"similar\": []}".repeat(40) + "\n";
                for (long written = 0; ; written += line.length()) {
                    w.write(line);
                    if (written >= 4 << 20 && written - line.length() < 4 << 20) {
                        w.flush();
                        System.out.println("ready " + out.temp().getFileName());
                        System.out.flush();
                    }
                }
            }
        }
    }

    private static Process start(Path target) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writing.class.getName(),
                        target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** @return the name of the child's temporary file, once it holds 4 MB */
    private static String ready(Process child) throws IOException {
        String line =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(line != null && line.startsWith("ready "), "the child said " + line);
        return line.substring("ready ".length());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theNextRunDeletesTheTemporaryFileOfAKilledRun() throws Exception {
        Path target = dir.resolve("related.jsonl");
        Process live = start(target);
        Process killed = start(target);
        try {
            String liveTemp = ready(live);
            String killedTemp = ready(killed);
            long killedPid = killed.pid();
            killed.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(killed.waitFor(1, TimeUnit.MINUTES));
            assertTrue(killedTemp.startsWith(".related.jsonl.kindred-" + killedPid + "-"), killedTemp);
            assertTrue(Files.size(dir.resolve(killedTemp)) >= 4 << 20, "the killed run's temporary file stays");

            try (AtomicOutput out = AtomicOutput.create(target)) {
                List<String> files = files();
                assertFalse(files.contains(killedTemp), files::toString);
                assertTrue(files.contains(liveTemp), files::toString);
                assertEquals(
                        List.of(out.temp().getFileName().toString(), liveTemp).stream()
                                .sorted()
                                .toList(),
                        files);
                out.commit();
            }
            assertTrue(files().contains("related.jsonl"));
        } finally {
            live.destroyForcibly();
            killed.destroyForcibly();
            live.waitFor(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void otherFilesAndOtherTargetsAreLeftAlone() throws IOException {
        List<String> others = List.of(
                ".related.jsonl.kindred-notapid-00.tmp", // not ours
                ".other.jsonl.kindred-999999999-00.tmp", // another target
                ".related.jsonl.0a1b2c.tmp"); // no process id
        for (String name : others) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.writeString(dir.resolve(".related.jsonl.kindred-999999999-00.tmp"), "x"); // no such process
        try (AtomicOutput out = AtomicOutput.create(dir.resolve("related.jsonl"))) {
            List<String> expected = new ArrayList<>(others);
            expected.add(out.temp().getFileName().toString());
            assertEquals(expected.stream().sorted().toList(), files());
        }
    }
}
