package io.kindred.bench.peers;

import io.kindred.bench.JsonLines;
import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.bench.corpora.Corpus;
import io.kindred.bench.corpora.SharedCorpora;
import io.kindred.core.Article;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorized;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs one tool once, in this JVM, on one corpus file, and prints one {@code TIMING {json}} line on stderr: wall
 * seconds per phase (read, fit, index, search, write), peak RSS and heap, and counters.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.kindred.bench.peers.RunOne --tool kindred|lucene|lucene-english|smile
 *     --input articles.jsonl[.gz] --output lists.jsonl [--threads N] [--k 10] [--sample N] [--floor]
 * </pre>
 *
 * {@code --sample N} queries only a seeded sample of N articles (Smile, Lucene) and reports the search time projected
 * to the whole corpus as {@code search_projected_s}. {@code --floor} (kindred) also measures the bare multiply-add loop
 * over the same postings (see {@link #floorProbe}).
 */
public final class RunOne {

    private RunOne() {}

    /**
     * @param args see the class comment
     * @throws Exception on any failure (exit status 1)
     */
    public static void main(String[] args) throws Exception {
        String tool = null;
        Path input = null;
        Path output = null;
        int threads = 1;
        int k = 10;
        int sample = 0;
        boolean floor = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tool" -> tool = args[++i];
                case "--input" -> input = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--k" -> k = Integer.parseInt(args[++i]);
                case "--sample" -> sample = Integer.parseInt(args[++i]);
                case "--floor" -> floor = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (tool == null || input == null || output == null) {
            throw new IllegalArgumentException("usage: --tool T --input FILE --output FILE [--threads N]");
        }
        Timing timing = new Timing(tool, threads);
        timing.start("read");
        Corpus corpus = SharedCorpora.read(input);
        List<Article> articles = corpus.articles();
        timing.info().put("n_docs", articles.size());
        switch (tool) {
            case "kindred" -> kindred(articles, output, threads, k, floor, timing);
            case "lucene" -> lucene(articles, output, threads, k, sample, LuceneMlt.Variant.DEFAULT, timing);
            case "lucene-english" -> lucene(articles, output, threads, k, sample, LuceneMlt.Variant.ENGLISH, timing);
            case "smile" -> smile(articles, output, threads, k, sample, timing);
            default -> throw new IllegalArgumentException("unknown tool " + tool);
        }
        timing.print();
    }

    private static void kindred(List<Article> articles, Path output, int threads, int k, boolean floor, Timing t)
            throws Exception {
        t.start("fit");
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(articles, threads);
        t.start("index");
        SimilarityIndex index = SimilarityIndex.of(articles, v);
        t.start("search");
        List<List<SimilarArticle>> lists = index.allSimilar(k, threads);
        t.start("write");
        List<String> ids = new ArrayList<>(articles.size());
        List<List<JsonLines.Scored>> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ids.add(articles.get(i).id());
            List<JsonLines.Scored> l = new ArrayList<>(lists.get(i).size());
            for (SimilarArticle s : lists.get(i)) {
                l.add(new JsonLines.Scored(s.id(), s.score()));
            }
            out.add(l);
        }
        JsonLines.writeLists(output, ids, out);
        t.stop();
        t.info().put("vocabulary", v.vectors().dimensions());
        t.info().put("nnz", v.vectors().entries());
        t.info().put("sum_df2", index.sumDfSquared());
        t.info().put("postings_visited", index.postingsVisited());
        t.info().put("rescored", index.rescored());
        double search = t.info().path("phases").path("search").asDouble();
        t.info().put("ns_per_madd_wall", search * 1e9 / index.postingsVisited());
        t.info().put("ns_per_madd_core", search * threads * 1e9 / index.postingsVisited());
        if (floor) {
            double[] probe = floorProbe(v.vectors(), 4);
            t.info().put("floor_madds", (long) probe[0]);
            t.info().put("floor_ns_per_madd", probe[1]);
        }
    }

    /**
     * The bare kernel, for the "within 1.5x of the floor" target: for every {@code stride}-th document i, the dense
     * multiply-add loop {@code acc[d] += q * w} over the postings after i of each of its terms (the all-pairs work,
     * pair once), nothing else (no candidate heaps, no tracking, no rescoring), one thread, after a warmup pass.
     *
     * @param vectors corpus vectors
     * @param stride document stride (4: a quarter of the documents)
     * @return {multiply-adds done, ns per multiply-add}
     */
    static double[] floorProbe(DocumentVectors vectors, int stride) {
        int n = vectors.rows();
        // the corpus transposed into plain postings (term by term, documents increasing), built here from the public
        // vectors: the floor is a reference loop of the harness's own, not kindred's tiered index
        int[] termStart = new int[vectors.dimensions() + 1];
        for (int e = 0; e < vectors.entries(); e++) {
            termStart[vectors.term(e) + 1]++;
        }
        for (int t = 0; t < vectors.dimensions(); t++) {
            termStart[t + 1] += termStart[t];
        }
        int[] fill = Arrays.copyOf(termStart, vectors.dimensions());
        int[] docs = new int[vectors.entries()];
        float[] w = new float[vectors.entries()];
        for (int d = 0; d < n; d++) {
            for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                int p = fill[vectors.term(e)]++;
                docs[p] = d;
                w[p] = (float) vectors.weight(e);
            }
        }
        double[] acc = new double[n];
        double sink = 0;
        long madds = 0;
        long elapsed = 0;
        for (int pass = 0; pass < 2; pass++) {
            madds = 0;
            long start = System.nanoTime();
            for (int i = pass == 0 ? 1 : 0; i < n; i += pass == 0 ? 8 * stride : stride) {
                for (int e = vectors.rowStart(i); e < vectors.rowEnd(i); e++) {
                    int term = vectors.term(e);
                    double q = vectors.weight(e);
                    int to = termStart[term + 1];
                    int from = Arrays.binarySearch(docs, termStart[term], to, i) + 1; // i's own posting is there
                    for (int p = from; p < to; p++) {
                        acc[docs[p]] += q * w[p];
                    }
                    madds += to - from;
                }
                sink += acc[n - 1];
                Arrays.fill(acc, i, n, 0);
            }
            elapsed = System.nanoTime() - start;
        }
        if (sink == 42.4242) {
            System.err.print("");
        }
        return new double[] {madds, elapsed / (double) Math.max(1, madds)};
    }

    private static int[] queries(int n, int sample) {
        if (sample <= 0 || sample >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] s = BenchCorpora.sample(n, sample, BenchCorpora.SEED);
        Arrays.sort(s);
        return s;
    }

    private static void lucene(
            List<Article> articles, Path output, int threads, int k, int sample, LuceneMlt.Variant variant, Timing t)
            throws Exception {
        try (LuceneMlt mlt = new LuceneMlt(variant)) {
            t.start("index");
            mlt.index(articles);
            int[] queries = queries(articles.size(), sample);
            t.start("search");
            List<List<JsonLines.Scored>> lists = mlt.search(articles, queries, k, threads);
            t.start("write");
            write(output, articles, queries, lists);
            t.stop();
            project(t, articles.size(), queries.length);
        }
    }

    private static void smile(List<Article> articles, Path output, int threads, int k, int sample, Timing t)
            throws Exception {
        t.start("fit");
        Vectorized v = TfidfVectorizer.sklearnDefaults().fit(articles, threads);
        t.start("index");
        SmileLinear smile = new SmileLinear(v.vectors());
        int[] queries = queries(articles.size(), sample);
        t.start("search");
        List<List<JsonLines.Scored>> lists = smile.search(articles, queries, k, threads);
        t.start("write");
        write(output, articles, queries, lists);
        t.stop();
        project(t, articles.size(), queries.length);
    }

    private static void project(Timing t, int n, int queried) {
        double search = t.info().path("phases").path("search").asDouble();
        t.info().put("queries", queried);
        t.info().put("search_projected_s", search * n / queried);
        if (queried < n) {
            t.info()
                    .put(
                            "note",
                            String.format(Locale.ROOT, "search on a seeded sample of %d of %d articles", queried, n));
        }
    }

    private static void write(Path output, List<Article> articles, int[] queries, List<List<JsonLines.Scored>> lists)
            throws Exception {
        List<String> ids = new ArrayList<>(queries.length);
        for (int q : queries) {
            ids.add(articles.get(q).id());
        }
        JsonLines.writeLists(output, ids, lists);
    }
}
