package io.kindred.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.Progress;
import io.kindred.core.preset.Preset;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For both presets and every combination of the policies the CLI offers (each option on or off: 2¹⁰ policies per
 * preset), on a random corpus with dates and sections: every list's scores never increase, {@code cosine + Σ ranking
 * contributions == score}, and a minimum score is a pure filter (the list without it, cut where the score falls below
 * it).
 */
class ScoreIsTheRankTest {

    private static final int K = 5;

    /** The CLI's policy options, each as the step it adds (editorial: blocks, boosts and pins together). */
    private static final int OPTIONS = 10;

    @ParameterizedTest
    @ValueSource(strings = {"news", "sklearn"})
    void everyPolicyCombinationOrdersByScoreAndMinScoreOnlyCuts(String presetName) {
        Preset preset = Preset.named(presetName);
        List<Article> corpus = corpus(new Random(Seeds.seed("scoreIsTheRank")));
        SimilarityIndex index = SimilarityIndex.build(corpus, preset.vectorizer(), 1);
        int reranked = 0;
        int cut = 0;
        for (int mask = 0; mask < 1 << OPTIONS; mask++) {
            RankingPolicy policy = policy(preset.policy(), mask);
            List<List<SimilarArticle>> lists = new Recommender(index, policy, true).allSimilar(K, 1, Progress.NONE);
            double[] scores = lists.stream()
                    .flatMap(List::stream)
                    .mapToDouble(SimilarArticle::score)
                    .sorted()
                    .toArray();
            for (List<SimilarArticle> list : lists) {
                for (int x = 0; x < list.size(); x++) {
                    SimilarArticle s = list.get(x);
                    assertTrue(
                            x == 0 || s.score() <= list.get(x - 1).score(),
                            () -> policy + ": scores never increase: " + list);
                    double sum = s.cosine()
                            + s.ranking().stream()
                                    .mapToDouble(SimilarArticle.Contribution::change)
                                    .sum();
                    assertEquals(s.score(), sum, 1e-9, () -> policy + ": cosine + contributions = score: " + s);
                    reranked += s.score() != s.cosine() ? 1 : 0;
                }
            }
            if (scores.length == 0) {
                continue;
            }
            double min = scores[scores.length / 2];
            List<List<SimilarArticle>> filtered =
                    new Recommender(index, policy.with(new MinScore(min)), true).allSimilar(K, 1, Progress.NONE);
            for (int q = 0; q < lists.size(); q++) {
                List<SimilarArticle> list = lists.get(q);
                int keep = 0;
                while (keep < list.size() && list.get(keep).score() >= min) {
                    keep++;
                }
                assertEquals(list.subList(0, keep), filtered.get(q), policy + " with MinScore " + min + ", list " + q);
                cut += list.size() - keep;
            }
        }
        assertTrue(reranked > 500 && cut > 500, reranked + " re-ranked entries, " + cut + " cut");
    }

    /** The preset's policy with option i of the mask switched on (or, when the preset has that step, left on). */
    private static RankingPolicy policy(RankingPolicy base, int mask) {
        RankingPolicy p = base.without(Feedback.class).without(Latent.class);
        Editorial editorial = Editorial.builder()
                .block(Editorial.ALL_LISTS, "a11")
                .boost(Editorial.ALL_LISTS, "a12", 1.8)
                .boost(Editorial.ALL_LISTS, "a13", 0.4)
                .pin(Editorial.ALL_LISTS, "a14", 2)
                .pin("a3", "a15", 1)
                .build();
        List<List<RankingStep>> options = List.of(
                List.of(new ExcludeIds(Set.of("a1", "a2"))),
                List.of(new ExcludeSections(Set.of("sport"))),
                List.of(new PastOnly()),
                List.of(new TimeWindow(20)),
                editorial.steps(),
                List.of(base.step(Feedback.class).orElse(Feedback.rounds(List.of(2, 3)))),
                List.of(base.step(Latent.class).orElse(new Latent(6, Latent.DEFAULT_WEIGHT))),
                List.of(Decay.exponential(10)),
                List.of(new NearDuplicates(0.9)),
                List.of(new Mmr(0.7)));
        assertEquals(OPTIONS, options.size());
        for (int i = 0; i < OPTIONS; i++) {
            if ((mask & 1 << i) != 0) {
                p = p.with(options.get(i));
            }
        }
        return p;
    }

    /** 40 random articles with sections and dates (some undated, some at the same instant). */
    private static List<Article> corpus(Random random) {
        List<String> sections = Arrays.asList("world", "sport", "business", null);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Article> out = new ArrayList<>();
        for (Article a : RandomCorpus.generate(random, 40, 40, 25)) {
            Instant published = random.nextInt(10) == 0
                    ? null
                    : start.plusSeconds(
                            86_400L * random.nextInt(60) + (random.nextBoolean() ? 0 : random.nextInt(86_400)));
            out.add(new Article(
                    a.id(),
                    a.title(),
                    a.body(),
                    null,
                    published,
                    sections.get(random.nextInt(sections.size())),
                    List.of(),
                    null,
                    null));
        }
        return out;
    }
}
