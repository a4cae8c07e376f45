package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.StoreIo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change whose append failed after its record reached the log is not applied, so the next change gets the same
 * generation, in the next log if a commit started one. Replay must take the acknowledged one: a record of a log above
 * the generation at which the next log starts was never applied.
 */
class FailedAppendReplayTest {

    @TempDir
    Path tmp;

    private static final LiveOptions OPTIONS =
            LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);

    /** The real file system, but for one fsync and one rename the test arms to fail. */
    private static final class Armed implements StoreIo {
        volatile boolean failForce;
        volatile String failRenameTo;

        @Override
        public FileChannel openForReading(Path file) throws IOException {
            return DEFAULT.openForReading(file);
        }

        @Override
        public FileChannel openForWriting(Path file, boolean truncate) throws IOException {
            return DEFAULT.openForWriting(file, truncate);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer data) throws IOException {
            DEFAULT.write(channel, data);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            if (failForce) {
                failForce = false;
                throw new IOException("injected: fsync failed");
            }
            DEFAULT.force(channel);
        }

        @Override
        public void truncate(FileChannel channel, long size) throws IOException {
            DEFAULT.truncate(channel, size);
        }

        @Override
        public void move(Path source, Path target) throws IOException {
            if (target.getFileName().toString().equals(failRenameTo)) {
                failRenameTo = null;
                throw new IOException("injected: rename failed");
            }
            DEFAULT.move(source, target);
        }

        @Override
        public void delete(Path file) throws IOException {
            DEFAULT.delete(file);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            DEFAULT.syncDirectory(dir);
        }
    }

    @Test
    void anAcknowledgedChangeWinsOverAFailedAppendOfTheSameGeneration() throws IOException {
        ChangeScript script = new ChangeScript(16, 30, 20, 60);
        Path dir = tmp.resolve("index");
        LiveIndex base = LiveIndex.create(dir, Preset.NEWS, 4, script.initial(), OPTIONS);
        for (int i = 0; i < 5; i++) {
            ChangeScript.apply(base, script.next());
        }
        base.abandon();
        List<Article> before = script.articles();
        long generation = 5;

        Armed io = new Armed();
        LiveIndex live = LiveIndex.open(dir, OPTIONS, io, Clock.systemUTC());
        assertEquals(generation, live.snapshot().generation());
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(new Random(1));
        Article failed = gen.article("failed"); // its record is written, its fsync fails
        io.failForce = true;
        assertThrows(IOException.class, () -> live.upsert(failed));
        io.failRenameTo = "commit_" + generation; // the commit starts wal_5.log, then fails
        assertThrows(IOException.class, live::commit);
        Article acknowledged = gen.article("acked");
        live.upsert(acknowledged); // into wal_5.log, with the generation the failed one had
        live.abandon(); // a crash

        List<Article> expected = new ArrayList<>(before);
        expected.add(acknowledged);
        assertEquals(List.of(), LiveIndex.verify(dir));
        try (LiveIndex reopened = LiveIndex.open(dir, OPTIONS)) {
            Snapshot s = reopened.snapshot();
            assertTrue(s.article("acked").isPresent(), "the acknowledged change is lost");
            assertEquals(expected, s.articles());
            LiveOracle.assertFrozenLists(s, "after replay");
        }
    }
}
