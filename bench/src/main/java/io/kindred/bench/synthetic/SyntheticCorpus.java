package io.kindred.bench.synthetic;

import io.kindred.core.Article;
import io.kindred.core.concurrent.Workers;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded generator of news-like corpora of any size, fitted to the real corpora (see {@link Profile} and
 * {@code bench/README.md}). Each article is text of synthetic word tokens that goes through the normal pipeline
 * (analysis, TF-IDF, index) like real text.
 *
 * <p>The model, per article:
 *
 * <ul>
 *   <li>length in tokens from a mixture of log-normal laws (one component per real corpus it was fitted to);
 *   <li>one topic (uniform over {@code topics}) and one story of that topic; stories hold {@code docsPerStory} articles
 *       on average, so their number grows with the corpus, like news;
 *   <li>each token is, with probability {@code noise}, a word seen nowhere else (numbers, typos, ids); with probability
 *       {@code storyShare} one of the story's {@code storyWords} rare words (names, places); with probability
 *       {@code topicShare} a topic word (rank j from a Zipf law of exponent {@code topicS} over {@value #TOPIC_WORDS}
 *       words, mapped by a hash of (topic, j) to a background rank in {@code [TOPIC_LOW, TOPIC_LOW + topicBand)}, so
 *       topics share words as real topics do); otherwise a background word of rank r with probability ∝ (r + b)^-s over
 *       {@value #BACKGROUND} ranks.
 * </ul>
 *
 * Words are lowercase ASCII letters, at least two, one distinct string per id, so scikit-learn's analysis maps each
 * token to exactly one term. Generation is deterministic for a (profile, n, seed): each article draws from its own
 * {@link SplittableRandom} derived from the seed and its position, so the thread count does not matter. Immutable and
 * thread-safe.
 */
public final class SyntheticCorpus {

    /** Background vocabulary size (ranks). */
    public static final int BACKGROUND = 1 << 20;
    /** Words per topic. */
    public static final int TOPIC_WORDS = 4096;
    /** Lowest background rank a topic word can take. */
    public static final int TOPIC_LOW = 64;

    private static final String BASE = "abcdefghijklmnopqrstuvw"; // 23 letters; x, y, z mark the other namespaces

    /**
     * The generator's parameters.
     *
     * @param name profile name
     * @param s background Zipf–Mandelbrot exponent
     * @param b background Mandelbrot offset
     * @param noise share of tokens that are hapax words
     * @param topicShare share of tokens from the article's topic
     * @param storyShare share of tokens from the article's story
     * @param topicS Zipf exponent of a topic's words
     * @param topicBand topic words are background ranks in [TOPIC_LOW, TOPIC_LOW + topicBand)
     * @param topics number of topics
     * @param storyWords rare words per story
     * @param docsPerStory mean articles per story
     * @param lengthWeight weights of the length components
     * @param lengthMu mean of ln(tokens) per component
     * @param lengthSigma standard deviation of ln(tokens) per component
     */
    public record Profile(
            String name,
            double s,
            double b,
            double noise,
            double topicShare,
            double storyShare,
            double topicS,
            int topicBand,
            int topics,
            int storyWords,
            double docsPerStory,
            double[] lengthWeight,
            double[] lengthMu,
            double[] lengthSigma) {

        /**
         * Validates.
         *
         * @param name see {@link #name()}
         * @param s see {@link #s()}
         * @param b see {@link #b()}
         * @param noise see {@link #noise()}
         * @param topicShare see {@link #topicShare()}
         * @param storyShare see {@link #storyShare()}
         * @param topicS see {@link #topicS()}
         * @param topicBand see {@link #topicBand()}
         * @param topics see {@link #topics()}
         * @param storyWords see {@link #storyWords()}
         * @param docsPerStory see {@link #docsPerStory()}
         * @param lengthWeight see {@link #lengthWeight()}
         * @param lengthMu see {@link #lengthMu()}
         * @param lengthSigma see {@link #lengthSigma()}
         */
        public Profile {
            if (!(s > 0)
                    || !(b >= 0)
                    || noise < 0
                    || topicShare < 0
                    || storyShare < 0
                    || noise + topicShare + storyShare > 1
                    || !(topicS > 0)
                    || topicBand < 1
                    || topicBand > BACKGROUND - TOPIC_LOW
                    || topics < 1
                    || storyWords < 1
                    || !(docsPerStory >= 1)
                    || lengthWeight.length == 0
                    || lengthWeight.length != lengthMu.length
                    || lengthMu.length != lengthSigma.length) {
                throw new IllegalArgumentException("invalid synthetic profile " + name);
            }
        }

        /**
         * @param name new name
         * @param s exponent
         * @param b offset
         * @param noise hapax share
         * @param topicShare topic share
         * @param storyShare story share
         * @param topicS topic exponent
         * @param topicBand topic band
         * @return a copy with these mixture parameters
         */
        public Profile with(
                String name,
                double s,
                double b,
                double noise,
                double topicShare,
                double storyShare,
                double topicS,
                int topicBand) {
            return new Profile(
                    name,
                    s,
                    b,
                    noise,
                    topicShare,
                    storyShare,
                    topicS,
                    topicBand,
                    topics,
                    storyWords,
                    docsPerStory,
                    lengthWeight,
                    lengthMu,
                    lengthSigma);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%s(s=%.4f, b=%.3f, noise=%.4f, topicShare=%.4f, storyShare=%.4f, topicS=%.4f, topicBand=%d, "
                            + "topics=%d, storyWords=%d, docsPerStory=%.1f, lengths=%s/%s/%s)",
                    name,
                    s,
                    b,
                    noise,
                    topicShare,
                    storyShare,
                    topicS,
                    topicBand,
                    topics,
                    storyWords,
                    docsPerStory,
                    Arrays.toString(lengthWeight),
                    Arrays.toString(lengthMu),
                    Arrays.toString(lengthSigma));
        }
    }

    /**
     * The fitted profiles: the mixture parameters are the values {@link io.kindred.bench.profiles.Fit} printed
     * (Nelder–Mead, 110 iterations, seed 42, starting from s=1, b=2.7, noise 0.01–0.03, topicShare 0.25, storyShare
     * 0.03, topicS 1, topicBand 100,000); topics = the number of categories of the corpus (20 newsgroups, 4 AG classes;
     * 40 for DOJ's 95 skewed components, 60 pooled); 12 words and 8 articles per story; length components are the
     * measured mean and standard deviation of ln(tokens) of each real corpus. See bench/README.md.
     */
    public static final class Profiles {
        private Profiles() {}

        /** Fitted to 20newsgroups-bydate (18,846 posts). */
        public static final Profile NEWSGROUPS = new Profile(
                "newsgroups",
                1.3711,
                13.928,
                0.0039,
                0.3882,
                0.0499,
                1.2701,
                29533,
                20,
                12,
                8,
                new double[] {1},
                new double[] {5.055},
                new double[] {0.930});
        /** Fitted to doj-press-releases (12,678 releases). */
        public static final Profile DOJ = new Profile(
                "doj",
                2.0252,
                170.166,
                0.0011,
                0.5430,
                0.0123,
                1.4928,
                7074,
                40,
                12,
                8,
                new double[] {1},
                new double[] {6.222},
                new double[] {0.524});
        /** Fitted to ag-news-test (7,600 leads). */
        public static final Profile AG_NEWS = new Profile(
                "agnews",
                1.6571,
                1.241,
                0.0201,
                0.7177,
                0.0243,
                0.8517,
                23184,
                4,
                12,
                8,
                new double[] {1},
                new double[] {3.570},
                new double[] {0.261});
        /**
         * The scale profile: fitted to the three real corpora pooled (39,124 articles), lengths a mixture of the three
         * in their pooled proportions. Used for synthetic-100k and synthetic-1m.
         */
        public static final Profile NEWS = new Profile(
                "news",
                1.5700,
                92.996,
                0.0014,
                0.3719,
                0.0807,
                1.3458,
                25952,
                60,
                12,
                8,
                new double[] {18846, 12678, 7600},
                new double[] {5.055, 6.222, 3.570},
                new double[] {0.930, 0.524, 0.261});

        /**
         * @param name "newsgroups", "doj", "agnews" or "news"
         * @return the profile
         */
        public static Profile named(String name) {
            return switch (name) {
                case "newsgroups" -> NEWSGROUPS;
                case "doj" -> DOJ;
                case "agnews" -> AG_NEWS;
                case "news" -> NEWS;
                default -> throw new IllegalArgumentException("unknown synthetic profile '" + name + "'");
            };
        }
    }

    private final Profile profile;
    private final int n;
    private final long seed;
    private final Alias background;
    private final Alias topicWords;
    private final double[] lengthCdf;
    private final int stories;

    /**
     * @param profile the parameters
     * @param n number of articles
     * @param seed the seed: same (profile, n, seed), same corpus
     */
    public SyntheticCorpus(Profile profile, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        this.profile = profile;
        this.n = n;
        this.seed = seed;
        double[] w = new double[BACKGROUND];
        for (int r = 0; r < BACKGROUND; r++) {
            w[r] = Math.pow(r + 1 + profile.b(), -profile.s());
        }
        this.background = new Alias(w);
        double[] tw = new double[TOPIC_WORDS];
        for (int j = 0; j < TOPIC_WORDS; j++) {
            tw[j] = Math.pow(j + 1, -profile.topicS());
        }
        this.topicWords = new Alias(tw);
        double[] lw = profile.lengthWeight();
        lengthCdf = new double[lw.length];
        double total = Arrays.stream(lw).sum();
        double acc = 0;
        for (int c = 0; c < lw.length; c++) {
            acc += lw[c] / total;
            lengthCdf[c] = acc;
        }
        this.stories = (int) Math.max(profile.topics(), Math.ceil(n / profile.docsPerStory()));
    }

    /** @return the profile */
    public Profile profile() {
        return profile;
    }

    /** @return the number of articles */
    public int size() {
        return n;
    }

    /** Receives one token id per token. */
    @FunctionalInterface
    interface TokenSink {
        void token(long id);
    }

    // id namespaces: [0, BACKGROUND) background words; STORY_BASE + story * storyWords + j; HAPAX_BASE + doc << 20 | i
    private static final long STORY_BASE = 1L << 40;
    private static final long HAPAX_BASE = 1L << 50;

    /**
     * Draws article i's tokens.
     *
     * @param i article position
     * @param sink receives the tokens in order
     * @return the number of tokens
     */
    int tokens(int i, TokenSink sink) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, i));
        double u = rnd.nextDouble();
        int c = 0;
        while (c < lengthCdf.length - 1 && u > lengthCdf[c]) {
            c++;
        }
        double ln = profile.lengthMu()[c] + profile.lengthSigma()[c] * rnd.nextGaussian();
        int length = (int) Math.max(1, Math.min(20000, Math.round(Math.exp(ln))));
        int story = rnd.nextInt(stories);
        int topic = story % profile.topics();
        double pNoise = profile.noise();
        double pStory = pNoise + profile.storyShare();
        double pTopic = pStory + profile.topicShare();
        int hapax = 0;
        for (int t = 0; t < length; t++) {
            double v = rnd.nextDouble();
            if (v < pNoise) {
                sink.token(HAPAX_BASE + ((long) i << 20 | hapax++));
            } else if (v < pStory) {
                sink.token(STORY_BASE + (long) story * profile.storyWords() + rnd.nextInt(profile.storyWords()));
            } else if (v < pTopic) {
                int j = topicWords.sample(rnd);
                sink.token(TOPIC_LOW + Math.floorMod(mix(topic * 0x9E3779B97F4A7C15L, j), profile.topicBand()));
            } else {
                sink.token(background.sample(rnd));
            }
        }
        return length;
    }

    /**
     * The article at position i: id {@code syn-<i>}, title = its first 8 tokens, body = the rest.
     *
     * @param i position, in [0, n)
     * @return the article
     */
    public Article article(int i) {
        StringBuilder title = new StringBuilder(64);
        StringBuilder body = new StringBuilder(2048);
        int[] count = {0};
        tokens(i, id -> {
            StringBuilder sb = count[0]++ < 8 ? title : body;
            if (sb.length() > 0) {
                sb.append(' ');
            }
            word(id, sb);
        });
        return Article.of(String.format(Locale.ROOT, "syn-%07d", i), title.toString(), body.toString());
    }

    /**
     * Generates every article.
     *
     * @param threads worker threads (the result does not depend on it)
     * @return the articles in order
     */
    public List<Article> articles(int threads) {
        Article[] out = new Article[n];
        int chunk = 1024;
        Workers.run(threads, (n + chunk - 1) / chunk, "synthetic", (w, c) -> {
            for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                out[i] = article(i);
            }
        });
        return List.of(out);
    }

    /**
     * The corpus statistics computed from token ids, without making text: what {@link CorpusStats#of} would give for
     * {@link #articles}, much faster (for fitting).
     *
     * @return the statistics
     */
    public CorpusStats stats() {
        int[][] docs = new int[n][];
        int[] tokens = new int[n];
        java.util.HashMap<Long, Integer> rare = new java.util.HashMap<>();
        int[] next = {BACKGROUND};
        for (int i = 0; i < n; i++) {
            int[] buf = new int[16];
            int[] len = {0};
            int[][] holder = {buf};
            tokens[i] = tokens(i, id -> {
                int compact;
                if (id < BACKGROUND) {
                    compact = (int) id;
                } else {
                    Integer x = rare.get(id);
                    if (x == null) {
                        x = next[0]++;
                        rare.put(id, x);
                    }
                    compact = x;
                }
                if (len[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], len[0] * 2);
                }
                holder[0][len[0]++] = compact;
            });
            docs[i] = Arrays.copyOf(holder[0], len[0]);
        }
        return CorpusStats.ofIds(profile.name() + "-" + n, docs, tokens, next[0]);
    }

    /** Appends the word of a token id: a–w letters for background words, x… story words, z…y… hapax words. */
    static void word(long id, StringBuilder sb) {
        if (id < STORY_BASE) {
            letters(id + BASE.length() + 1, sb); // at least two letters
        } else if (id < HAPAX_BASE) {
            sb.append('x');
            letters(id - STORY_BASE, sb);
        } else {
            long rel = id - HAPAX_BASE;
            sb.append('z');
            letters(rel >>> 20, sb);
            sb.append('y');
            letters(rel & ((1 << 20) - 1), sb);
        }
    }

    /** Bijective base-23 over a–w: every non-negative value its own non-empty string (0 → "a"). */
    private static void letters(long v, StringBuilder sb) {
        int start = sb.length();
        long x = v + 1;
        int base = BASE.length();
        while (x > 0) {
            x--;
            sb.append(BASE.charAt((int) (x % base)));
            x /= base;
        }
        // reverse the appended part
        for (int i = start, j = sb.length() - 1; i < j; i++, j--) {
            char t = sb.charAt(i);
            sb.setCharAt(i, sb.charAt(j));
            sb.setCharAt(j, t);
        }
    }

    /** SplitMix64 finaliser of (a, b): a well-mixed 64-bit value. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Walker/Vose alias table: O(1) sampling from a discrete distribution. Immutable. */
    static final class Alias {
        private final double[] prob;
        private final int[] alias;

        Alias(double[] weights) {
            int m = weights.length;
            prob = new double[m];
            alias = new int[m];
            double sum = 0;
            for (double x : weights) {
                sum += x;
            }
            double[] scaled = new double[m];
            int[] small = new int[m];
            int[] large = new int[m];
            int ns = 0;
            int nl = 0;
            for (int i = 0; i < m; i++) {
                scaled[i] = weights[i] * m / sum;
                if (scaled[i] < 1) {
                    small[ns++] = i;
                } else {
                    large[nl++] = i;
                }
            }
            while (ns > 0 && nl > 0) {
                int l = small[--ns];
                int g = large[--nl];
                prob[l] = scaled[l];
                alias[l] = g;
                scaled[g] = scaled[g] + scaled[l] - 1;
                if (scaled[g] < 1) {
                    small[ns++] = g;
                } else {
                    large[nl++] = g;
                }
            }
            while (nl > 0) {
                prob[large[--nl]] = 1;
            }
            while (ns > 0) {
                prob[small[--ns]] = 1;
            }
        }

        int sample(SplittableRandom rnd) {
            int i = rnd.nextInt(prob.length);
            return rnd.nextDouble() < prob[i] ? i : alias[i];
        }
    }
}
