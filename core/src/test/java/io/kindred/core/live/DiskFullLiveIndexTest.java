package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.FailingStoreIo;
import io.kindred.core.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk at any write step of a live index's operations: {@code create}, a {@code commit} after changes, an
 * {@code upsert} (its log append) and a {@code refit} with its commit. For every step n of each, a
 * {@link FailingStoreIo} fails step n only, or every step from n on: the caller gets an IOException naming the file;
 * the index the folder holds then opens with the real file system, {@link LiveIndex#verify} finds nothing, and it holds
 * the state before the operation or the state after it, never another, with every list exact. Where the disk has room
 * again (a failure that is not sticky), the same index commits, as a caller retrying would.
 */
class DiskFullLiveIndexTest {

    private static final int K = 4;
    private static final long SEED = 16;
    private static final LiveOptions OPTIONS =
            LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    /** What an operation does to an index opened on a copy of the base folder. */
    @FunctionalInterface
    interface Operation {
        void run(LiveIndex live) throws IOException;
    }

    @Test
    void create() throws IOException {
        List<Article> articles = new ChangeScript(SEED, 30, 20, 60).initial();
        FailingStoreIo counting = FailingStoreIo.counting();
        LiveIndex.create(tmp.resolve("count"), Preset.NEWS, K, articles, OPTIONS, counting, CLOCK)
                .abandon();
        int steps = counting.steps();
        assertTrue(steps >= 20, "log header, four files, commit, cleanup: " + steps);
        int published = 0;
        for (boolean sticky : new boolean[] {false, true}) {
            for (int step = 1; step <= steps; step++) {
                Path dir = tmp.resolve("create-" + sticky + "-" + step);
                FailingStoreIo io = new FailingStoreIo(step, sticky);
                String where = "create, step " + step + (sticky ? " on" : "");
                IOException e = assertThrows(
                        IOException.class,
                        () -> LiveIndex.create(dir, Preset.NEWS, K, articles, OPTIONS, io, CLOCK)
                                .abandon(),
                        where);
                assertNamed(e, dir, where);
                if (Files.exists(dir.resolve("commit_0"))) {
                    published++;
                    assertState(dir, articles, 0, where);
                } else {
                    IOException none = assertThrows(IOException.class, () -> LiveIndex.open(dir, OPTIONS), where);
                    assertTrue(none.getMessage().contains("no live index"), where + ": " + none.getMessage());
                }
            }
        }
        System.out.printf(
                Locale.ROOT, "create: %d steps, twice; %d failures after the publication%n", steps, published);
    }

    @Test
    void commitAfterChanges() throws IOException {
        ChangeScript script = new ChangeScript(SEED, 30, 20, 60);
        Path base = base(script, 15);
        every("commit", base, LiveIndex::commit, script.articles(), script.articles());
    }

    @Test
    void upsertAppendingToTheLog() throws IOException {
        ChangeScript script = new ChangeScript(SEED, 30, 20, 60);
        Path base = base(script, 5);
        List<Article> before = script.articles();
        LiveIndex.Change change = script.next();
        every("upsert", base, live -> ChangeScript.apply(live, change), before, script.articles());
    }

    @Test
    void deleteAppendingToTheLog() throws IOException {
        ChangeScript script = new ChangeScript(SEED, 30, 20, 60);
        Path base = base(script, 5);
        List<Article> before = script.articles();
        String id = before.get(3).id();
        List<Article> after = before.stream().filter(a -> !a.id().equals(id)).toList();
        every("delete", base, live -> live.delete(id), before, after);
    }

    @Test
    void refitAndItsCommit() throws IOException {
        ChangeScript script = new ChangeScript(SEED, 30, 20, 60);
        Path base = base(script, 15);
        every("refit", base, LiveIndex::refit, script.articles(), script.articles());
    }

    /** A folder with its first commit and {@code changes} changes in its log since. */
    private Path base(ChangeScript script, int changes) throws IOException {
        Path base = tmp.resolve("base");
        LiveIndex live = LiveIndex.create(base, Preset.NEWS, K, script.initial(), OPTIONS);
        for (int i = 0; i < changes; i++) {
            ChangeScript.apply(live, script.next());
        }
        live.abandon();
        return base;
    }

    /**
     * Runs the operation on a copy of the base folder once with each write step failing, once and for good; then checks
     * the folder holds the state before or after it.
     */
    private void every(String name, Path base, Operation operation, List<Article> before, List<Article> after)
            throws IOException {
        FailingStoreIo counting = FailingStoreIo.counting();
        Path countDir = copy(base, tmp.resolve(name + "-count"));
        LiveIndex counted = LiveIndex.open(countDir, OPTIONS, counting, CLOCK);
        long generation = counted.snapshot().generation();
        int opening = counting.steps();
        operation.run(counted);
        int steps = counting.steps() - opening;
        counted.abandon();
        assertTrue(steps >= 2, name + " takes " + steps + " write steps");
        int[] outcomes = new int[2];
        for (boolean sticky : new boolean[] {false, true}) {
            for (int step = 1; step <= steps; step++) {
                Path dir = copy(base, tmp.resolve(name + "-" + sticky + "-" + step));
                String where = name + ", step " + step + " of " + steps + (sticky ? " on" : "");
                LiveIndex live = LiveIndex.open(dir, OPTIONS, new FailingStoreIo(opening + step, sticky), CLOCK);
                try {
                    IOException e = assertThrows(IOException.class, () -> operation.run(live), where);
                    assertNamed(e, dir, where);
                    if (!sticky) {
                        live.commit(); // the disk has room again: the caller commits what it was told of
                    }
                } finally {
                    live.abandon();
                }
                boolean done = assertState(dir, before, after, generation, where);
                outcomes[done ? 1 : 0]++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d write steps, twice; reopened before it %d times, after it %d%n",
                name,
                steps,
                outcomes[0],
                outcomes[1]);
    }

    /** The failure is a StoreException naming a file of the folder, and says what failed. */
    private static void assertNamed(IOException e, Path dir, String where) {
        assertTrue(e instanceof StoreException, where + ": " + e);
        assertTrue(e.getMessage().contains(dir.toString()), where + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("injected: disk full"), where + ": " + e.getMessage());
    }

    private static void assertState(Path dir, List<Article> articles, long generation, String where)
            throws IOException {
        assertState(dir, articles, articles, generation, where);
    }

    /**
     * The folder verifies clean, opens with the articles before or after, every list exact, and commits on close.
     *
     * @return whether it holds the state after
     */
    private static boolean assertState(
            Path dir, List<Article> before, List<Article> after, long generation, String where) throws IOException {
        assertEquals(List.of(), LiveIndex.verify(dir), where);
        boolean done;
        try (LiveIndex live = LiveIndex.open(dir, OPTIONS)) {
            Snapshot s = live.snapshot();
            done = s.generation() != generation;
            assertEquals(done ? after : before, s.articles(), where + ", generation " + s.generation());
            assertTrue(s.generation() - generation <= 1, where + ", generation " + s.generation());
            LiveOracle.assertFrozenLists(s, where);
        }
        assertEquals(List.of(), LiveIndex.verify(dir), "after closing, " + where);
        return done;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }
}
