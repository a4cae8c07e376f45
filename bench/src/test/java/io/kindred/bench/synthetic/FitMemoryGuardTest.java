package io.kindred.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.core.Article;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.TfidfVectorizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Guards the peak memory of fitting and indexing: a synthetic corpus is fitted and indexed in a child JVM whose heap is
 * capped at the peak that the javadoc of {@link TfidfVectorizer} documents ("Memory"), plus {@value #MARGIN} of it,
 * plus the articles, the young generation and a fixed baseline. A change that raises the peak by more than the margin
 * makes the child run out of memory, and this test fails.
 *
 * <p>The child runs the serial collector with a small young generation: its full collections compact everything, large
 * arrays included, so it runs out of memory exactly when the live data outgrows the old generation, whatever the timing
 * of the worker threads. (G1, the default collector, cannot move humongous arrays and needs headroom that varies from
 * run to run near the limit: a guard on it would be flaky or blunt.) With the 30,000 articles here the cap is 204 MiB;
 * the fit needs 181-185 MiB, and a fit whose rows go through a second copy of the entries (12 bytes more each at the
 * peak) needs 221-230 MiB.
 *
 * <p>A change that lowers the peak passes; the formula and this test are then updated together.
 */
class FitMemoryGuardTest {

    /** Articles: enough for the per-entry and per-term structures to outweigh the JVM's own heap, a few seconds. */
    private static final int ARTICLES = 30_000;

    private static final int THREADS = 2;

    /** Share of the documented peak allowed on top of it: what the estimate of strings and hash tables may miss. */
    private static final double MARGIN = 0.10;

    /** The child's young generation, in bytes: its old generation must hold the live data. */
    private static final long YOUNG = 16L << 20;

    /** The child's own heap before the corpus (class mirrors, constants), in bytes. */
    private static final long BASELINE = 8L << 20;

    @Test
    void fitAndIndexRunInTheDocumentedHeap() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, ARTICLES, BenchCorpora.SEED);
        CorpusStats stats = corpus.stats(); // scikit-learn's defaults keep every term: these are E and V of the fit
        long articleBytes = 0;
        for (Article a : corpus.articles(THREADS)) {
            articleBytes += heapBytes(a);
        }
        long documented = documentedPeakBytes(stats.nnz(), stats.vocabulary(), ARTICLES, THREADS);
        long cap = BASELINE + YOUNG + articleBytes + (long) ((1 + MARGIN) * documented);
        String heap = "-Xmx" + (cap >> 20) + "m";
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC",
                        "-Xmn" + (YOUNG >> 20) + "m",
                        heap,
                        "-Xms" + (cap >> 20) + "m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        Integer.toString(ARTICLES),
                        Integer.toString(THREADS))
                .redirectErrorStream(true)
                .start();
        String output;
        try {
            if (!child.waitFor(5, TimeUnit.MINUTES)) {
                throw new AssertionError("the child JVM did not finish within 5 minutes");
            }
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            child.destroyForcibly();
        }
        String expected = "entries " + stats.nnz() + ", terms " + stats.vocabulary();
        String context = String.format(
                Locale.ROOT,
                "%,d articles (%,d MiB), %s: documented peak %,d MiB, child heap %s; child said:%n%s",
                ARTICLES,
                articleBytes >> 20,
                expected,
                documented >> 20,
                heap,
                output);
        assertEquals(0, child.exitValue(), "the fit and index exceeded the documented peak + margin: " + context);
        assertEquals(expected, output.strip(), context);
    }

    /**
     * The documented peak of {@code SimilarityIndex.build} with scikit-learn's defaults, which prune nothing (E' = E,
     * V' = V; see "Memory" in {@link TfidfVectorizer}): the largest of counting, 8·E' + 100·(threads + 1)·V' + 72·n;
     * the rows, 8·E' + 12·E + (16 + 4·threads)·V' + 80·V + 72·n; and the index, 20·E + 88·V + 72·n.
     */
    static long documentedPeakBytes(long entries, long terms, int articles, int threads) {
        long counting = 8 * entries + 100L * (threads + 1) * terms + 72L * articles;
        long rows = 20 * entries + (96 + 4L * threads) * terms + 72L * articles;
        long index = 20 * entries + 88 * terms + 72L * articles;
        return Math.max(counting, Math.max(rows, index));
    }

    /** An article's heap: the record (48 bytes) and its strings (24 bytes each, and their Latin-1 bytes). */
    private static long heapBytes(Article a) {
        return 48 + string(a.id()) + string(a.title()) + string(a.body());
    }

    private static long string(String s) {
        if (s == null) {
            return 0;
        }
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        long bytes = 16 + (latin1 ? s.length() : 2L * s.length());
        return 24 + ((bytes + 7) & ~7L);
    }

    /** The child JVM: generates the corpus, fits and indexes it, prints its entries and terms. */
    public static final class Child {
        private Child() {}

        /**
         * @param args articles, threads
         * @throws IOException never
         */
        public static void main(String[] args) throws IOException {
            int n = Integer.parseInt(args[0]);
            int threads = Integer.parseInt(args[1]);
            SimilarityIndex index =
                    SimilarityIndex.build(generate(n, threads), TfidfVectorizer.sklearnDefaults(), threads);
            System.out.println("entries " + index.vectors().entries() + ", terms "
                    + index.vectors().dimensions());
        }

        /** In a method of its own: the generator's tables are garbage once it returns. */
        private static List<Article> generate(int n, int threads) {
            return new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, n, BenchCorpora.SEED).articles(threads);
        }
    }
}
