package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live index whose writer is killed outright (SIGKILL) loses no acknowledged change. A child JVM opens the index and
 * makes the changes of a seeded {@link ChangeScript} with every change fsynced before it returns (the default
 * durability), committing every 25 changes and refitting in the background every 40, and prints each change's number
 * once {@code upsert} or {@code delete} has returned. The test kills it at a random moment, 50 times over the same
 * folder, and after each kill reopens the index: its articles are those of the acknowledged changes, or of those and
 * the one change in flight; {@link LiveIndex#verify} finds nothing; every list is the batch list with the index's
 * model. The next child goes on from there.
 */
class KilledLiveIndexTest {

    private static final int KILLS = 50;
    private static final int K = 4;

    /** What the child runs: background refits and commits happen while it is killed. */
    static final LiveOptions CHILD = LiveOptions.DEFAULT.withCommitEvery(25).withRefit(new RefitPolicy(40, 0, 0));

    /** The parent checks the folder without refitting or committing on its own. */
    private static final LiveOptions PARENT =
            LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);

    @TempDir
    Path tmp;

    static ChangeScript script(long seed) {
        return new ChangeScript(seed, 30, 20, 90);
    }

    /** The child: {@code <folder> <seed> <changes already in the index>}; changes until killed. */
    public static final class Changing {
        public static void main(String[] args) throws IOException {
            Path dir = Path.of(args[0]);
            ChangeScript script = script(Long.parseLong(args[1])).skipTo(Long.parseLong(args[2]));
            LiveIndex live = LiveIndex.open(dir, CHILD);
            while (true) {
                ChangeScript.apply(live, script.next());
                System.out.println(script.made());
                System.out.flush();
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aKilledWriterLosesNoAcknowledgedChange() throws Exception {
        long seed = Seeds.seed("KilledLiveIndexTest");
        Random random = new Random(seed);
        Path dir = tmp.resolve("index");
        LiveIndex.create(dir, Preset.NEWS, K, script(seed).initial(), PARENT).close();
        Path acks = tmp.resolve("acknowledged.txt");
        long applied = 0;
        int inFlightApplied = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Changing.class.getName(),
                            dir.toString(),
                            Long.toString(seed),
                            Long.toString(applied))
                    .redirectOutput(acks.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try {
                while (Files.size(acks) == 0) { // poll: the child's first acknowledgement
                    assertTrue(child.isAlive(), "the child ended before it acknowledged a change, seed " + seed);
                    Thread.sleep(5);
                }
                // mostly soon, sometimes late enough for a background refit to land
                Thread.sleep(random.nextInt(4) == 0 ? 400 + random.nextInt(1200) : random.nextInt(300));
                child.destroyForcibly();
                assertTrue(child.waitFor(1, TimeUnit.MINUTES));
                if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                    assertEquals(128 + 9, child.exitValue(), "killed by SIGKILL (signal 9)");
                }
            } finally {
                child.destroyForcibly();
            }
            String printed = Files.readString(acks, StandardCharsets.US_ASCII);
            // a line the kill cut short counts as in flight: its change may or may not be in
            List<Long> acknowledged = printed.substring(0, printed.lastIndexOf('\n') + 1)
                    .lines()
                    .map(Long::parseLong)
                    .toList();
            String where = "kill " + kill + ", seed " + seed;
            assertEquals(applied + 1, acknowledged.get(0), "the child went on after the last change, " + where);
            long last = acknowledged.get(acknowledged.size() - 1);

            assertEquals(List.of(), LiveIndex.verify(dir), where);
            try (LiveIndex live = LiveIndex.open(dir, PARENT)) {
                Snapshot s = live.snapshot();
                ChangeScript expected = script(seed).skipTo(last);
                List<Article> acked = expected.articles();
                expected.next();
                if (s.articles().equals(acked)) {
                    applied = last;
                } else {
                    assertEquals(expected.articles(), s.articles(), "neither acknowledged nor in flight, " + where);
                    applied = last + 1;
                    inFlightApplied++;
                }
                LiveOracle.assertFrozenLists(s, where);
                System.out.printf(
                        Locale.ROOT,
                        "kill %d: acknowledged up to %d, index holds %d (%d articles, generation %d, fit %d)%n",
                        kill,
                        last,
                        applied,
                        s.size(),
                        s.generation(),
                        s.model().fit());
            }
            assertEquals(List.of(), LiveIndex.verify(dir), "after the reopened index's commit, " + where);
        }
        System.out.printf(Locale.ROOT, "%d kills, %d with the change in flight applied%n", KILLS, inFlightApplied);
    }
}
