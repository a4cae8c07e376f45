package io.kindred.core.live;

import static io.kindred.core.live.LiveOracle.assertSameList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.rank.TimeWindow;
import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live index against the batch engine, over seeded random sequences of upserts, replacements and deletes: between
 * fits every list equals a batch computation with the frozen model; after a refit, a batch run fitted afresh.
 */
class LiveIndexDifferentialTest {

    static Stream<Arguments> presets() {
        return Stream.of(
                Arguments.of("news", Preset.NEWS),
                Arguments.of("sklearn", Preset.SKLEARN),
                Arguments.of(
                        "news+past-only+near-duplicates+min-score",
                        Preset.NEWS.withPolicy(Preset.NEWS
                                .policy()
                                .with(List.of(new PastOnly(), new NearDuplicates(0.9), new MinScore(0.05))))),
                Arguments.of(
                        "sklearn+decay+window (deeper pools)",
                        Preset.SKLEARN.withPolicy(
                                RankingPolicy.of(new Decay(Decay.Shape.EXPONENTIAL, 20), new TimeWindow(60)))),
                Arguments.of("sklearn+mmr", Preset.SKLEARN.withPolicy(RankingPolicy.of(new Mmr(0.7)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyListIsTheBatchListAfterEveryChange(String name, Preset preset) throws IOException {
        long seed = Seeds.seed("LiveIndexDifferentialTest " + name);
        Random random = new Random(seed);
        Generator gen = new Generator(random);
        int k = 1 + random.nextInt(6);
        try (LiveIndex live = LiveIndex.inMemory(
                preset, k, gen.articles(20 + random.nextInt(30)), LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL))) {
            Map<String, Article> model = new LinkedHashMap<>();
            live.snapshot().articles().forEach(a -> model.put(a.id(), a));
            checkRefitted(live, k, "start, seed " + seed);
            int operations = 1200;
            for (int op = 1; op <= operations; op++) {
                int roll = random.nextInt(10);
                if (roll < 5 || model.size() < 3) {
                    Article a = gen.article();
                    assertEquals(LiveIndex.Upsert.ADDED, live.upsert(a));
                    model.put(a.id(), a);
                } else if (roll < 8) {
                    String id = pick(random, model);
                    Article a = gen.article(id);
                    assertEquals(LiveIndex.Upsert.REPLACED, live.upsert(a));
                    model.put(id, a); // keeps its place
                } else {
                    String id = pick(random, model);
                    assertTrue(live.delete(id));
                    model.remove(id);
                    assertFalse(live.delete(id));
                }
                assertEquals(List.copyOf(model.values()), live.snapshot().articles(), "index order, seed " + seed);
                if (op % 100 == 0) {
                    live.refit();
                    checkRefitted(live, k, "after refit at op " + op + ", seed " + seed);
                } else if (op % 25 == 0 || op < 30) {
                    checkFrozen(live, k, gen, "op " + op + ", seed " + seed);
                }
            }
        }
    }

    private static String pick(Random random, Map<String, Article> model) {
        List<String> ids = new ArrayList<>(model.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    /** Between fits: the kept lists, other lengths, a request-time policy and a new article, all as batch. */
    private static void checkFrozen(LiveIndex live, int k, Generator gen, String where) {
        Snapshot s = live.snapshot();
        RankingPolicy policy = s.policy();
        Recommender oracle = LiveOracle.frozen(s, policy);
        RankingPolicy strict = policy.with(new MinScore(0.1));
        Recommender strictOracle = LiveOracle.frozen(s, strict);
        for (Article a : s.articles()) {
            assertSameList(oracle.similar(a.id(), k), s.similar(a.id(), k), "kept list of " + a.id() + ", " + where);
            assertSameList(oracle.similar(a.id(), k + 3), s.similar(a.id(), k + 3), "k+3 of " + a.id() + ", " + where);
            assertSameList(
                    strictOracle.similar(a.id(), k),
                    s.similar(a.id(), k, strict, false),
                    "min-score list of " + a.id() + ", " + where);
        }
        Article draft = gen.article();
        assertSameList(oracle.similar(draft, k), s.similar(draft, k), "new article, " + where);
    }

    private static void checkRefitted(LiveIndex live, int k, String where) {
        Snapshot s = live.snapshot();
        Recommender oracle = LiveOracle.refitted(s, s.policy());
        for (Article a : s.articles()) {
            assertSameList(oracle.similar(a.id(), k), s.similar(a.id(), k), "list of " + a.id() + ", " + where);
        }
    }

    /** Random articles over a small vocabulary (frequent overlaps), some exact copies (ties), dates and sections. */
    static final class Generator {
        private final Random random;
        private final List<String> bodies = new ArrayList<>();
        private int next;

        Generator(Random random) {
            this.random = random;
        }

        List<Article> articles(int n) {
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(article());
            }
            return out;
        }

        Article article() {
            return article("a" + next++);
        }

        Article article(String id) {
            String body;
            if (!bodies.isEmpty() && random.nextInt(10) == 0) {
                body = bodies.get(random.nextInt(bodies.size()));
            } else if (random.nextInt(40) == 0) {
                body = "";
            } else {
                StringBuilder sb = new StringBuilder();
                int words = 2 + random.nextInt(25);
                for (int w = 0; w < words; w++) {
                    int t = (int) Math.floor(Math.pow(120, random.nextDouble())) - 1;
                    sb.append("w").append(t).append(' ');
                }
                body = sb.toString();
            }
            bodies.add(body);
            Article.Builder b = Article.builder(id).title(random.nextInt(3) == 0 ? "w" + random.nextInt(30) : null);
            b.body(body).section(random.nextBoolean() ? "world" : "sport");
            if (random.nextInt(8) != 0) {
                b.published(Instant.ofEpochSecond(1_700_000_000L + 86_400L * random.nextInt(120)));
            }
            return b.build();
        }
    }
}
