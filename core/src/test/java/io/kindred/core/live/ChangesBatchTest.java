package io.kindred.core.live;

import static io.kindred.core.live.LiveOracle.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

/** A batch of changes gives the same snapshot as the same changes one by one. */
class ChangesBatchTest {

    @RepeatedTest(5)
    void aBatchIsItsChangesOneByOne() {
        long seed = Seeds.seed("ChangesBatchTest");
        Random random = new Random(seed);
        LiveIndexDifferentialTest.Generator gen = new LiveIndexDifferentialTest.Generator(random);
        Preset preset = random.nextBoolean() ? Preset.NEWS : Preset.SKLEARN;
        LiveIndex live =
                LiveIndex.inMemory(preset, 4, gen.articles(40), LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL));
        Snapshot start = live.snapshot();
        List<LiveIndex.Change> changes = new ArrayList<>();
        List<String> ids =
                new ArrayList<>(start.articles().stream().map(Article::id).toList());
        for (int i = 0; i < 30; i++) {
            int roll = random.nextInt(3);
            if (roll == 0) {
                Article a = gen.article();
                ids.add(a.id());
                changes.add(new LiveIndex.Change(a, null));
            } else if (roll == 1) {
                changes.add(new LiveIndex.Change(gen.article(ids.get(random.nextInt(ids.size()))), null));
            } else {
                changes.add(new LiveIndex.Change(null, ids.get(random.nextInt(ids.size()))));
            }
        }
        Snapshot one = start;
        for (LiveIndex.Change c : changes) {
            one = c.article() != null ? Changes.upsert(one, c.article()) : Changes.delete(one, c.id());
        }
        Snapshot batch = Changes.apply(start, changes, start.generation() + changes.size());
        assertEquals(one.articles(), batch.articles(), "seed " + seed);
        for (Article a : one.articles()) {
            assertEquals(render(one.similar(a.id(), 4)), render(batch.similar(a.id(), 4)), a.id() + ", seed " + seed);
        }
    }
}
