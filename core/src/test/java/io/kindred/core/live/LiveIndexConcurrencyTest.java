package io.kindred.core.live;

import static io.kindred.core.live.LiveOracle.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.testing.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Readers alongside a writer and background refits: every list a reader got is the batch list of the snapshot it read
 * from, so no reader saw a half-applied change.
 */
class LiveIndexConcurrencyTest {

    /** A list a reader got, with the snapshot it read it from. */
    private record Read(Snapshot snapshot, String id, List<SimilarArticle> list) {}

    @Test
    void readersSeeOnePointInTimeWhileAWriterAndRefitsRun() throws Exception {
        long seed = Seeds.seed("LiveIndexConcurrencyTest");
        Random random = new Random(seed);
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(random);
        LiveOptions options = LiveOptions.DEFAULT.withRefit(new RefitPolicy(60, 0, 0));
        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (LiveIndex live = LiveIndex.inMemory(Preset.NEWS, 4, gen.articles(60), options)) {
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Random mine = new Random(seed + r + 1);
                Thread t = new Thread(
                        () -> {
                            try {
                                while (!done.get()) {
                                    Snapshot s = live.snapshot();
                                    String id = s.articles()
                                            .get(mine.nextInt(s.size()))
                                            .id();
                                    List<SimilarArticle> list = s.similar(id, 4);
                                    if (mine.nextInt(20) == 0) {
                                        reads.add(new Read(s, id, list));
                                    }
                                }
                            } catch (Throwable e) {
                                failure.compareAndSet(null, e);
                            }
                        },
                        "reader-" + r);
                t.start();
                readers.add(t);
            }
            List<String> ids = new ArrayList<>(
                    live.snapshot().articles().stream().map(Article::id).toList());
            for (int op = 0; op < 250; op++) {
                int roll = random.nextInt(10);
                if (roll < 5) {
                    Article a = gen.article();
                    ids.add(a.id());
                    live.upsert(a);
                } else if (roll < 8) {
                    live.upsert(gen.article(ids.get(random.nextInt(ids.size()))));
                } else if (ids.size() > 20) {
                    live.delete(ids.remove(random.nextInt(ids.size())));
                }
            }
            done.set(true);
            for (Thread t : readers) {
                t.join();
            }
        }
        if (failure.get() != null) {
            throw new AssertionError("a reader failed, seed " + seed, failure.get());
        }
        assertTrue(reads.size() > 10, "readers read: " + reads.size());
        Map<Snapshot, Recommender> oracles = new HashMap<>();
        int checked = 0;
        for (Read r : reads) {
            if (oracles.size() >= 60 && !oracles.containsKey(r.snapshot())) {
                continue; // an oracle per snapshot costs a batch index: check a sample
            }
            Recommender oracle = oracles.computeIfAbsent(r.snapshot(), s -> LiveOracle.frozen(s, s.policy()));
            assertEquals(
                    render(oracle.similar(r.id(), 4)),
                    render(r.list()),
                    r.id() + " at generation " + r.snapshot().generation() + ", seed " + seed);
            checked++;
        }
        assertTrue(checked > 10);
    }
}
