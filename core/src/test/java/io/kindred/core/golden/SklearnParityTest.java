package io.kindred.core.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.kindred.core.Article;
import io.kindred.core.analysis.ArticleText;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.testing.SharedData;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.vector.SparseVector;
import io.kindred.core.weighting.Vectorized;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with scikit-learn 1.2.1 on every golden set of ../shared/golden: identical vocabulary and document
 * frequencies, idf and every weight within 1e-12 relative, identical tokens per document, every non-zero pair cosine
 * within 1e-12, and identical top-10 lists (order may differ only inside groups whose scikit-learn scores tie within
 * 1e-9, including at the cut) with scores within 1e-6.
 */
class SklearnParityTest {

    private static final double REL = 1e-12;
    private static final double TIE = 2e-9; // golden scores are rounded to 9 decimals
    private static final double SCORE = 1e-6;

    @TestFactory
    Stream<DynamicTest> everyGoldenSet() throws IOException {
        Path golden = SharedData.root().resolve("golden");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(golden)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(dirs.isEmpty(), "no golden sets in " + golden);
        return dirs.stream().map(SklearnGolden::of).map(g -> DynamicTest.dynamicTest(g.name(), () -> check(g)));
    }

    private static void check(SklearnGolden g) throws IOException {
        List<Article> articles = SharedData.articles(g.corpus());
        if (g.hasVectors()) {
            assertEquals(g.config().get("n_docs").asInt(), articles.size(), "corpus size");
        }
        Vectorized v = g.vectorizer().fit(articles, 2);
        if (g.hasVectors()) {
            checkVocabulary(g, v);
            checkDocuments(g, v, articles);
            if (Files.exists(g.dir().resolve("pairs.tsv.gz"))) {
                checkPairs(g, v.vectors(), articles);
            }
        }
        Path topk = g.dir().resolve("topk.jsonl.gz");
        if (Files.exists(topk)) {
            long start = System.nanoTime();
            List<List<SimilarArticle>> lists = SimilarityIndex.of(articles, v).allSimilar(10, 2);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s: all-pairs top-10 of %d articles in %.2f s (2 threads)%n",
                    g,
                    articles.size(),
                    (System.nanoTime() - start) / 1e9);
            checkTopK(g, lists, topk);
        }
    }

    private static void checkVocabulary(SklearnGolden g, Vectorized v) throws IOException {
        Vocabulary vocab = v.model().vocabulary();
        int rows = 0;
        try (BufferedReader r = SharedData.reader(g.dir().resolve("vocab.tsv.gz"))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; rows++) {
                String[] f = line.split("\t", -1);
                int index = Integer.parseInt(f[0]);
                assertEquals(rows, index);
                assertTrue(index < vocab.size(), g + ": vocabulary too small, missing '" + f[1] + "'");
                assertEquals(f[1], vocab.term(index), g + ": term " + index);
                assertEquals(Integer.parseInt(f[2]), vocab.df(index), g + ": df of '" + f[1] + "'");
                assertClose(Double.parseDouble(f[3]), v.model().idf(index), g + ": idf of '" + f[1] + "'");
            }
        }
        assertEquals(rows, vocab.size(), g + ": vocabulary size");
        assertEquals(g.config().get("vocab_size").asInt(), vocab.size());
    }

    private static void checkDocuments(SklearnGolden g, Vectorized v, List<Article> articles) {
        Vocabulary vocab = v.model().vocabulary();
        List<JsonNode> docs = SharedData.jsonLines(g.dir().resolve("docs.jsonl.gz"));
        assertEquals(articles.size(), docs.size());
        long nnz = 0;
        for (int d = 0; d < docs.size(); d++) {
            JsonNode doc = docs.get(d);
            String where = g + " doc " + doc.get("id").asText();
            assertEquals(articles.get(d).id(), doc.get("id").asText());
            List<String> expectedTokens = new ArrayList<>();
            doc.get("tokens").forEach(t -> expectedTokens.add(t.asText()));
            assertEquals(
                    expectedTokens,
                    g.analyzer().terms(ArticleText.TITLE_AND_BODY.of(articles.get(d))),
                    where + " tokens");
            Map<String, Integer> tf = new HashMap<>();
            for (String t : expectedTokens) {
                if (vocab.id(t) >= 0) {
                    tf.merge(t, 1, Integer::sum);
                }
            }
            Map<String, Integer> expectedTf = new HashMap<>();
            doc.get("tf")
                    .properties()
                    .forEach(e -> expectedTf.put(e.getKey(), e.getValue().asInt()));
            assertEquals(expectedTf, tf, where + " term counts");
            SparseVector row = v.vectors().row(d);
            JsonNode weights = doc.get("weights");
            assertEquals(weights.size(), row.size(), where + " non-zero weights");
            for (int i = 0; i < row.size(); i++) {
                String term = vocab.term(row.term(i));
                JsonNode w = weights.get(term);
                if (w == null) {
                    fail(where + ": unexpected term '" + term + "'");
                }
                assertClose(w.asDouble(), row.weight(i), where + " weight of '" + term + "'");
            }
            assertEquals(row, v.model().transform(articles.get(d)), where + ": transform() differs from fit()");
            nnz += row.size();
        }
        assertEquals(g.config().get("nnz").asLong(), nnz, g + " nnz");
    }

    private static void checkPairs(SklearnGolden g, DocumentVectors vectors, List<Article> articles)
            throws IOException {
        Map<String, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ordinal.put(articles.get(i).id(), i);
        }
        SparseVector[] rows = new SparseVector[vectors.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = vectors.row(i);
        }
        long pairs = 0;
        long expectedNonZero = 0;
        try (BufferedReader r = SharedData.reader(g.dir().resolve("pairs.tsv.gz"))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; pairs++) {
                String[] f = line.split("\t");
                int i = ordinal.get(f[0]);
                int j = ordinal.get(f[1]);
                double expected = Double.parseDouble(f[2]);
                double actual = rows[i].dot(rows[j]);
                if (Math.abs(expected - actual) > REL * Math.max(1e-3, Math.abs(expected))) {
                    fail(g + ": cosine(" + f[0] + ", " + f[1] + ") = " + actual + ", scikit-learn " + expected);
                }
                expectedNonZero++;
            }
        }
        long nonZero = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                if (rows[i].dot(rows[j]) != 0) {
                    nonZero++;
                }
            }
        }
        assertEquals(expectedNonZero, nonZero, g + ": number of non-zero pairs (" + pairs + " listed)");
    }

    private static void checkTopK(SklearnGolden g, List<List<SimilarArticle>> mine, Path topk) {
        List<JsonNode> expected = SharedData.jsonLines(topk);
        assertEquals(expected.size(), mine.size());
        int identical = 0;
        for (int q = 0; q < expected.size(); q++) {
            JsonNode e = expected.get(q);
            List<SimilarArticle> m = mine.get(q);
            String where = g + " list of " + e.get("id").asText();
            Iterator<JsonNode> it = e.get("similar").elements();
            List<String> ids = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            it.forEachRemaining(s -> {
                ids.add(s.get("id").asText());
                scores.add(s.get("score").asDouble());
            });
            assertEquals(ids.size(), m.size(), where + ": length");
            boolean same = true;
            for (int i = 0; i < ids.size(); i++) {
                double s = m.get(i).score();
                if (Math.abs(s - scores.get(i)) > SCORE) {
                    fail(where + " position " + i + ": score " + s + ", scikit-learn " + scores.get(i));
                }
                if (!ids.get(i).equals(m.get(i).id())) {
                    same = false;
                    if (Math.abs(s - scores.get(i)) > TIE) {
                        fail(where + " position " + i + ": " + m.get(i) + ", scikit-learn " + ids.get(i) + " "
                                + scores.get(i));
                    }
                }
            }
            if (!ids.isEmpty()) {
                double cut = scores.get(ids.size() - 1);
                Set<String> mineIds = new HashSet<>();
                m.forEach(s -> mineIds.add(s.id()));
                for (int i = 0; i < ids.size(); i++) {
                    if (!mineIds.contains(ids.get(i)) && Math.abs(scores.get(i) - cut) > TIE) {
                        fail(where + ": missing " + ids.get(i) + " (score " + scores.get(i) + ", not tied at the cut "
                                + cut + ")");
                    }
                }
            }
            identical += same ? 1 : 0;
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "%s: %d of %d top-10 lists identical in order, the rest differ only inside ties%n",
                g,
                identical,
                expected.size());
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Math.abs(expected - actual) > REL * Math.abs(expected)) {
            fail(what + ": " + actual + ", scikit-learn " + expected + " (relative difference "
                    + Math.abs(expected - actual) / Math.abs(expected) + ")");
        }
    }
}
