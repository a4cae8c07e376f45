package io.kindred.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Past-only, the window and decay on dates as the readers give them (a date-only value is the start of its day, UTC),
 * and what each does with undated articles. The corpus: every article shares "storm" with q, the others decreasingly
 * ("storm coast flood" &gt; "storm coast" &gt; "storm"), so that the plain order is known.
 */
class DateStepTest {

    private static Article article(String id, String body, String date) {
        return Article.builder(id).body(body).date(date).build();
    }

    private static final List<Article> CORPUS = List.of(
            article("q", "storm coast flood warning", "2026-04-17"),
            article("sameDay", "storm coast flood", "2026-04-17"),
            article("laterThatDay", "storm coast flood", "2026-04-17T09:30:00Z"),
            article("dayBefore", "storm coast", "2026-04-16"),
            article("undated", "storm coast", ""),
            article("old", "storm", "2026-01-01"));

    private static SimilarityIndex index() {
        return SimilarityIndex.build(CORPUS, TfidfVectorizer.sklearnDefaults(), 1);
    }

    private static List<String> list(RankingPolicy policy, String id) {
        return new Recommender(index(), policy)
                .similar(id, 10).stream().map(SimilarArticle::id).toList();
    }

    private static List<String> list(RankingPolicy policy, Article outside) {
        return new Recommender(index(), policy)
                .similar(outside, 10).stream().map(SimilarArticle::id).toList();
    }

    @Test
    void plainOrder() {
        assertEquals(List.of("sameDay", "laterThatDay", "dayBefore", "undated", "old"), list(RankingPolicy.NONE, "q"));
    }

    @Test
    void pastOnlyIsStrictlyEarlier() {
        RankingPolicy past = RankingPolicy.of(new PastOnly());
        // sameDay has q's instant (both the start of 2026-04-17): not before it; laterThatDay is after it
        assertEquals(List.of("dayBefore", "undated", "old"), list(past, "q"));
        assertEquals(List.of("dayBefore", "undated", "old"), list(past, "sameDay"));
        // a date-only article is before one published later that day: every other article is before laterThatDay
        assertEquals(list(RankingPolicy.NONE, "laterThatDay"), list(past, "laterThatDay"));
        assertEquals(5, list(past, "laterThatDay").size());
    }

    @Test
    void undatedArticlesUnderPastOnly() {
        RankingPolicy keep = RankingPolicy.of(new PastOnly(Undated.KEEP));
        RankingPolicy drop = RankingPolicy.of(new PastOnly(Undated.DROP));
        assertEquals(List.of("dayBefore", "old"), list(drop, "q"), "undated candidates are never recommended");
        assertEquals(list(RankingPolicy.NONE, "undated"), list(keep, "undated"), "keep: no date rule for it");
        assertEquals(List.of(), list(drop, "undated"), "drop: no candidate is known to be earlier");
        Article fresh = Article.of("fresh", null, "storm coast flood warning");
        assertEquals(List.of(), list(drop, fresh));
        assertEquals(6, list(keep, fresh).size());
    }

    @Test
    void undatedArticlesUnderTheWindow() {
        // one day: sameDay, laterThatDay and dayBefore are within it, old is not
        assertEquals(
                List.of("sameDay", "laterThatDay", "dayBefore", "undated"),
                list(RankingPolicy.of(new TimeWindow(1)), "q"));
        assertEquals(
                List.of("sameDay", "laterThatDay", "dayBefore"),
                list(RankingPolicy.of(new TimeWindow(1, Undated.DROP)), "q"));
        assertEquals(List.of(), list(RankingPolicy.of(new TimeWindow(1, Undated.DROP)), "undated"));
        assertEquals(
                list(RankingPolicy.NONE, "undated"),
                list(RankingPolicy.of(new TimeWindow(1, Undated.KEEP)), "undated"));
    }

    @Test
    void undatedArticlesUnderDecay() {
        SimilarityIndex index = index();
        List<SimilarArticle> plain = new Recommender(index, RankingPolicy.NONE).similar("q", 10);
        List<SimilarArticle> keep = new Recommender(index, RankingPolicy.of(Decay.exponential(1))).similar("q", 10);
        List<SimilarArticle> drop = new Recommender(
                        index, RankingPolicy.of(new Decay(Decay.Shape.EXPONENTIAL, 1, Undated.DROP)))
                .similar("q", 10);
        assertEquals(score(plain, "undated"), score(keep, "undated"), 0, "keep: an undated candidate is not decayed");
        assertEquals(score(plain, "dayBefore") * 0.5, score(keep, "dayBefore"), 1e-15);
        assertEquals(
                List.of("sameDay", "laterThatDay", "dayBefore", "old"),
                drop.stream().map(SimilarArticle::id).toList());
        // the list of an undated article is not decayed, whatever the setting; drop still leaves out undated candidates
        List<SimilarArticle> undatedPlain = new Recommender(index, RankingPolicy.NONE).similar("undated", 10);
        List<SimilarArticle> undatedDrop = new Recommender(
                        index, RankingPolicy.of(new Decay(Decay.Shape.EXPONENTIAL, 1, Undated.DROP)))
                .similar("undated", 10);
        assertEquals(
                undatedPlain, new Recommender(index, RankingPolicy.of(Decay.exponential(1))).similar("undated", 10));
        assertEquals(undatedPlain, undatedDrop, "no other undated article to leave out");
    }

    private static double score(List<SimilarArticle> list, String id) {
        return list.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
