package io.kindred.bench.corpora;

import io.kindred.bench.synthetic.SyntheticCorpus;
import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Corpora by benchmark name: a shared real corpus by folder name ({@code 20newsgroups-bydate}, ...), or
 * {@code synthetic-<size>} (e.g. {@code synthetic-100k}, {@code synthetic-1m}, {@code synthetic-250000}) from
 * {@link SyntheticCorpus} with the {@code news} profile and the fixed seed {@value #SEED}, or
 * {@code synthetic-<profile>-<size>} for another fitted profile. Stateless; thread-safe.
 */
public final class BenchCorpora {

    /** The seed of every synthetic corpus and every query sample of the benchmarks. */
    public static final long SEED = 20261128L;

    private BenchCorpora() {}

    /**
     * @param name corpus name
     * @return true for a synthetic corpus name
     */
    public static boolean isSynthetic(String name) {
        return name.startsWith("synthetic-");
    }

    /**
     * Loads or generates a corpus.
     *
     * @param name the corpus name
     * @param threads threads for generation
     * @return the corpus (synthetic corpora have no categories)
     */
    public static Corpus load(String name, int threads) {
        if (!isSynthetic(name)) {
            return SharedCorpora.load(name);
        }
        String spec = name.substring("synthetic-".length());
        String profile = "news";
        int dash = spec.lastIndexOf('-');
        if (dash > 0) {
            profile = spec.substring(0, dash);
            spec = spec.substring(dash + 1);
        }
        int n = parseSize(spec);
        List<Article> articles =
                new SyntheticCorpus(SyntheticCorpus.Profiles.named(profile), n, SEED).articles(threads);
        return new Corpus(articles, Collections.nCopies(n, null));
    }

    /**
     * @param spec "100k", "1m", "250000"
     * @return the number
     */
    public static int parseSize(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.endsWith("k")) {
            return Integer.parseInt(s.substring(0, s.length() - 1)) * 1000;
        }
        if (s.endsWith("m")) {
            return Integer.parseInt(s.substring(0, s.length() - 1)) * 1_000_000;
        }
        return Integer.parseInt(s);
    }

    /**
     * A fixed, seeded sample of positions, in draw order (without repeats).
     *
     * @param n population size
     * @param count sample size (at most n)
     * @param seed the seed
     * @return the positions
     */
    public static int[] sample(int n, int count, long seed) {
        int m = Math.min(n, count);
        List<Integer> all = new ArrayList<>();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        // partial Fisher–Yates over a virtual identity array
        java.util.HashMap<Integer, Integer> swapped = new java.util.HashMap<>();
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int vj = swapped.getOrDefault(j, j);
            int vi = swapped.getOrDefault(i, i);
            swapped.put(j, vi);
            all.add(vj);
        }
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = all.get(i);
        }
        return out;
    }
}
