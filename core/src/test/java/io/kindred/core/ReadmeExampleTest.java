package io.kindred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.explain.Explainer;
import io.kindred.core.explain.Explanation;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Java example of the README, kept compiling and running here: every statement of the README's example, but the
 * list of articles (here a larger corpus), is also a statement of this test.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SELF = Path.of("src", "test", "java", "io", "kindred", "core", "ReadmeExampleTest.java");

    @Test
    void readmeExample() {
        List<Article> articles = new ArrayList<>();
        articles.add(
                Article.of("a1", "ICC judges face US sanctions", "The court in The Hague condemned the sanctions."));
        articles.add(
                Article.of("a2", "Dutch banks freeze ICC staff accounts", "Banks froze accounts after the sanctions."));
        articles.add(Article.of(
                "a3", "Judges of the court meet in The Hague", "ICC judges discussed the accounts frozen by banks."));
        for (int i = 0; i < 10; i++) { // the news preset drops terms in fewer than 2 or more than half of the articles
            articles.add(new Article(
                    "x" + i,
                    "Weather report " + i,
                    "Rain and wind over the coast, sanctions unrelated.",
                    null,
                    Instant.EPOCH,
                    null,
                    List.of(),
                    null,
                    null));
        }

        SimilarityIndex index = SimilarityIndex.build(articles, Preset.NEWS.vectorizer(), 4); // fit + index, 4 threads
        Recommender news =
                new Recommender(index, Preset.NEWS.policy().with(new PastOnly()).with(new NearDuplicates(0.9)));
        List<SimilarArticle> related = news.similar("a1", 5); // one list, exact, thread-safe
        List<List<SimilarArticle>> all = news.allSimilar(10, 4, Progress.NONE); // every list, in input order
        List<SimilarArticle> fresh = news.similar(Article.of("new", "US lifts ICC sanctions", "..."), 5);
        Explanation why = Explainer.explain(index, "a1", "a3", 5); // the terms behind the cosine

        assertEquals(
                List.of("a3", "a2"), related.stream().map(SimilarArticle::id).toList());
        assertEquals(related, all.get(0));
        assertTrue(fresh.stream().anyMatch(s -> s.id().equals("a1")));
        assertEquals(related.get(0).cosine(), why.score(), 1e-12);
    }

    @Test
    void readmeShowsTheStatementsOfThisTest() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README.md has a Java example");
        String test = normalised(Files.readString(SELF, StandardCharsets.UTF_8));
        List<String> statements = new ArrayList<>();
        for (String statement : normalised(block.group(1)).split(";")) {
            if (!statement.isEmpty() && !statement.startsWith("List<Article>articles=")) {
                statements.add(statement);
            }
        }
        assertTrue(statements.size() >= 6, "the example's statements: " + statements);
        for (String statement : statements) {
            assertTrue(test.contains(statement + ";"), "README statement not run by this test: " + statement);
        }
    }

    /** Without comments and white space, so that formatting differences do not count. */
    private static String normalised(String java) {
        return java.replaceAll("//[^\n]*", "").replaceAll("\\s+", "");
    }
}
