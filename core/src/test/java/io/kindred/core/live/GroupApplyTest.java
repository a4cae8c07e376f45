package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that arrive while another's change is being logged are applied together (one fsync, one snapshot), and each
 * gets the answer it would have got alone: the index ends as the changes one by one would leave it.
 */
class GroupApplyTest {

    @TempDir
    Path tmp;

    private static final int WRITERS = 6;
    private static final int ROUNDS = 12;

    /** The real file system, counting fsyncs; the first log fsync waits until every writer is queued. */
    private static final class Gate implements StoreIo {
        final AtomicInteger forces = new AtomicInteger();
        volatile CountDownLatch hold;

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
            CountDownLatch h = hold;
            if (h != null) {
                hold = null;
                try {
                    h.await(10, TimeUnit.SECONDS); // bounded: the test fails on its counts if it times out
                    Thread.sleep(200); // the writers counted down just before calling upsert: let them queue
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            forces.incrementAndGet();
            DEFAULT.force(channel);
        }

        @Override
        public void truncate(FileChannel channel, long size) throws IOException {
            DEFAULT.truncate(channel, size);
        }

        @Override
        public void move(Path source, Path target) throws IOException {
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
    void concurrentWritersShareAnFsyncAndEachGetsItsOwnAnswer() throws Exception {
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(new Random(17));
        LiveOptions options = LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);
        Gate io = new Gate();
        Path dir = tmp.resolve("index");
        try (LiveIndex live = LiveIndex.create(dir, Preset.NEWS, 4, gen.articles(40), options, io, Clock.systemUTC())) {
            Article first = gen.article("first");
            List<List<Article>> mine = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<Article> articles = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    articles.add(gen.article("w" + w + "-" + r));
                }
                mine.add(articles);
            }
            int forcesBefore = io.forces.get();
            CountDownLatch queued = new CountDownLatch(WRITERS);
            io.hold = queued;
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread leader =
                    new Thread(() -> run(failure, () -> assertEquals(LiveIndex.Upsert.ADDED, live.upsert(first))));
            leader.start();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<Article> articles = mine.get(w);
                Thread t = new Thread(() -> run(failure, () -> {
                    // each writer's ids are its own, so its answers do not depend on the others
                    for (int r = 0; r < ROUNDS; r++) {
                        Article a = articles.get(r);
                        if (r == 0) {
                            queued.countDown();
                        }
                        assertEquals(LiveIndex.Upsert.ADDED, live.upsert(a), a.id());
                        assertEquals(LiveIndex.Upsert.REPLACED, live.upsert(a), a.id());
                        if (r % 3 == 0) {
                            assertTrue(live.delete(a.id()), a.id());
                            assertFalse(live.delete(a.id()), a.id());
                        }
                    }
                }));
                t.start();
                writers.add(t);
            }
            leader.join(60_000);
            for (Thread t : writers) {
                t.join(60_000);
            }
            if (failure.get() != null) {
                throw new AssertionError("a writer failed", failure.get());
            }
            int changes = 1 + WRITERS * ROUNDS * 2 + WRITERS * (ROUNDS / 3); // the deletes of absent ids log nothing
            Snapshot s = live.snapshot();
            assertEquals(changes, s.generation(), "every change counted once");
            Set<String> expected = new HashSet<>();
            expected.add("first");
            for (List<Article> articles : mine) {
                for (int r = 0; r < ROUNDS; r++) {
                    if (r % 3 != 0) {
                        expected.add(articles.get(r).id());
                    }
                }
            }
            Set<String> stored = new HashSet<>();
            s.articles().stream().skip(40).forEach(a -> stored.add(a.id()));
            assertEquals(expected, stored);
            LiveOracle.assertFrozenLists(s, "after concurrent writers");
            int forces = io.forces.get() - forcesBefore;
            assertTrue(
                    forces <= changes - WRITERS + 1,
                    "the writers queued behind the first fsync share the next one: " + forces + " fsyncs for " + changes
                            + " changes");
        }
        try (LiveIndex reopened = LiveIndex.open(dir, options)) {
            LiveOracle.assertFrozenLists(reopened.snapshot(), "replayed");
        }
    }

    @Test
    void aBatchAnswersEachChangeByWhatCameBeforeIt() throws IOException {
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(new Random(5));
        LiveOptions options = LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL);
        try (LiveIndex live = LiveIndex.inMemory(Preset.NEWS, 4, gen.articles(12), options)) {
            String stored = live.snapshot().articles().get(3).id();
            Article x = gen.article("x");
            live.upsertAll(List.of(x, gen.article("x")));
            assertEquals(2, live.snapshot().generation());
            // x and the stored article once each; the second delete of each and an absent id change nothing
            assertEquals(2, live.deleteAll(List.of("x", stored, "x", "absent", stored)));
            assertEquals(4, live.snapshot().generation());
            assertEquals(11, live.snapshot().size());
            LiveOracle.assertFrozenLists(live.snapshot(), "after the batches");
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void run(AtomicReference<Throwable> failure, Step step) {
        try {
            step.run();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }
}
