package io.kindred.core.live;

import static io.kindred.core.live.LiveOracle.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.Durability;
import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live index on disk: what was acknowledged is there after a reopen, by commit or by replay of the log. */
class LiveIndexStorageTest {

    @TempDir
    Path tmp;

    private static final LiveOptions OPTIONS =
            LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);

    @Test
    void reopensExactlyAfterCloseAndAfterACrashWithoutClose() throws IOException {
        long seed = Seeds.seed("LiveIndexStorageTest");
        Random random = new Random(seed);
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(random);
        Path dir = tmp.resolve("index");
        String expected;
        try (LiveIndex live = LiveIndex.create(dir, Preset.NEWS, 5, gen.articles(40), OPTIONS)) {
            for (int i = 0; i < 30; i++) {
                live.upsert(gen.article());
            }
            live.delete(live.snapshot().articles().get(3).id());
            live.upsert(gen.article(live.snapshot().articles().get(7).id()));
            expected = lists(live.snapshot());
        }
        LiveIndex reopened = LiveIndex.open(dir, OPTIONS);
        assertEquals(expected, lists(reopened.snapshot()), "after close, seed " + seed);
        assertThrows(IOException.class, () -> LiveIndex.open(dir, OPTIONS), "a second writer");
        for (int i = 0; i < 20; i++) {
            reopened.upsert(gen.article());
        }
        reopened.delete(reopened.snapshot().articles().get(0).id());
        expected = lists(reopened.snapshot());
        long generation = reopened.snapshot().generation();
        reopened.abandon(); // no commit: the next open must replay the log
        assertTrue(LiveIndex.verify(dir).isEmpty());
        try (LiveIndex replayed = LiveIndex.open(dir, OPTIONS)) {
            assertEquals(expected, lists(replayed.snapshot()), "after replay, seed " + seed);
            assertEquals(generation, replayed.snapshot().generation());
        }
    }

    @Test
    void createRefusesAFolderThatHoldsSomethingAndOpenNamesAMissingIndex() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> LiveIndex.create(dir, Preset.NEWS, 5, List.of(), OPTIONS));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> LiveIndex.open(tmp.resolve("none"), OPTIONS));
        assertTrue(missing.getMessage().contains("no live index"), missing.getMessage());
    }

    @Test
    void anEmptyIndexTakesArticlesAndRefitsOnItsOwn() throws IOException, InterruptedException {
        Path dir = tmp.resolve("empty");
        LiveOptions options = OPTIONS.withRefit(new RefitPolicy(0, 0.25, 50)).withDurability(Durability.NONE);
        try (LiveIndex live = LiveIndex.create(dir, Preset.SKLEARN, 3, List.of(), options)) {
            Random random = new Random(7);
            LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(random);
            for (int i = 0; i < 30; i++) {
                live.upsert(gen.article());
            }
            live.refit(); // waits for the background refit the unknown terms started, then refits
            assertEquals(0, live.drift().changesSinceFit());
            assertTrue(live.info().terms() > 0);
            Article first = live.snapshot().articles().get(0);
            assertEquals(
                    render(LiveOracle.refitted(live.snapshot(), live.preset().policy())
                            .similar(first.id(), 3)),
                    render(live.similar(first.id(), 3)));
        }
    }

    private static String lists(Snapshot s) {
        StringBuilder sb = new StringBuilder();
        for (Article a : s.articles()) {
            sb.append(a.id()).append(": ").append(render(s.similar(a.id(), 5)));
        }
        return sb.toString();
    }
}
