package io.kindred.bench.profiles;

import io.kindred.bench.corpora.SharedCorpora;
import io.kindred.bench.synthetic.CorpusStats;
import io.kindred.bench.synthetic.SyntheticCorpus;
import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the mixture parameters of a {@link SyntheticCorpus.Profile} (s, b, noise, topicShare, storyShare, topicS,
 * topicBand) to a real corpus by Nelder–Mead on a fixed seed, minimising the squared log-ratios of: vocabulary size,
 * hapax share, Σ df²/n², df at the 90th/99th/99.9th percentile, df of the terms ranked 10/100/1000, and distinct terms
 * per document (lengths are not fitted here: they are the measured log-normal moments). Prints the fitted profile and
 * the real and synthetic statistics side by side. Deterministic.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.kindred.bench.profiles.Fit newsgroups 20newsgroups-bydate
 * java -cp bench/target/benchmarks.jar io.kindred.bench.profiles.Fit news 20newsgroups-bydate \
 *     doj-press-releases ag-news-test
 * </pre>
 */
public final class Fit {

    private Fit() {}

    /** @param args profile name, then the real corpora it is fitted to (pooled), then optionally {@code --iter N} */
    public static void main(String[] args) {
        SyntheticCorpus.Profile start = SyntheticCorpus.Profiles.named(args[0]);
        List<String> corpora = new ArrayList<>();
        int iterations = 60;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--iter")) {
                iterations = Integer.parseInt(args[++i]);
            } else {
                corpora.add(args[i]);
            }
        }
        List<Article> pooled = new ArrayList<>();
        for (String c : corpora) {
            pooled.addAll(SharedCorpora.load(c).articles());
        }
        CorpusStats real = CorpusStats.of(String.join("+", corpora), pooled, 2);
        int n = pooled.size();
        pooled = null;
        System.out.println(CorpusStats.header());
        System.out.println(real.row());
        double[] x0 = encode(start);
        double[] best =
                nelderMead(p -> loss(real, new SyntheticCorpus(decode(start, p), n, 42).stats()), x0, iterations);
        SyntheticCorpus.Profile fitted = decode(start, best);
        CorpusStats syn = new SyntheticCorpus(fitted, n, 42).stats();
        System.out.println(syn.row());
        System.out.println(String.format(Locale.ROOT, "loss %.4f", loss(real, syn)));
        System.out.println("fitted: " + fitted);
    }

    static double[] encode(SyntheticCorpus.Profile p) {
        return new double[] {
            p.s(),
            Math.log(p.b() + 0.1),
            logit(p.noise()),
            logit(p.topicShare()),
            logit(p.storyShare()),
            p.topicS(),
            Math.log(p.topicBand())
        };
    }

    static SyntheticCorpus.Profile decode(SyntheticCorpus.Profile base, double[] x) {
        double noise = sigmoid(x[2]);
        double topic = sigmoid(x[3]);
        double story = sigmoid(x[4]);
        double total = noise + topic + story;
        if (total > 0.95) {
            noise *= 0.95 / total;
            topic *= 0.95 / total;
            story *= 0.95 / total;
        }
        int band =
                (int) Math.max(256, Math.min(SyntheticCorpus.BACKGROUND - SyntheticCorpus.TOPIC_LOW, Math.exp(x[6])));
        return base.with(
                base.name(),
                Math.max(0.5, Math.min(2.5, x[0])),
                Math.max(0, Math.exp(x[1]) - 0.1),
                noise,
                topic,
                story,
                Math.max(0.3, Math.min(2.5, x[5])),
                band);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * @param real target statistics
     * @param syn synthetic statistics
     * @return the fit loss (0 = perfect)
     */
    static double loss(CorpusStats real, CorpusStats syn) {
        double l = 0;
        l += sq(Math.log((double) syn.vocabulary() / real.vocabulary()));
        l += sq(3 * (syn.hapaxShare() - real.hapaxShare()));
        l += sq(Math.log(syn.workPerPair() / real.workPerPair()));
        for (int i = 1; i < 4; i++) {
            l += sq(Math.log((syn.dfQuantiles()[i] + 1.0) / (real.dfQuantiles()[i] + 1.0)));
        }
        for (int i = 1; i < 4; i++) {
            l += sq(Math.log((syn.topDfShare()[i] + 1e-6) / (real.topDfShare()[i] + 1e-6)));
        }
        l += sq(Math.log(syn.distinctMean() / real.distinctMean()));
        return l;
    }

    private static double sq(double x) {
        return x * x;
    }

    interface Objective {
        double value(double[] x);
    }

    /** Plain Nelder–Mead (reflection 1, expansion 2, contraction 0.5, shrink 0.5), fixed iteration budget. */
    static double[] nelderMead(Objective f, double[] x0, int iterations) {
        int d = x0.length;
        double[][] pts = new double[d + 1][];
        double[] val = new double[d + 1];
        pts[0] = x0.clone();
        for (int i = 0; i < d; i++) {
            pts[i + 1] = x0.clone();
            pts[i + 1][i] += i == 0 || i == 5 ? 0.15 : 0.6;
        }
        for (int i = 0; i <= d; i++) {
            val[i] = f.value(pts[i]);
        }
        for (int it = 0; it < iterations; it++) {
            // sort
            for (int i = 1; i <= d; i++) {
                for (int j = i; j > 0 && val[j] < val[j - 1]; j--) {
                    double tv = val[j];
                    val[j] = val[j - 1];
                    val[j - 1] = tv;
                    double[] tp = pts[j];
                    pts[j] = pts[j - 1];
                    pts[j - 1] = tp;
                }
            }
            System.err.println(String.format(Locale.ROOT, "iter %d best %.4f", it, val[0]));
            double[] c = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    c[j] += pts[i][j] / d;
                }
            }
            double[] xr = along(c, pts[d], -1);
            double fr = f.value(xr);
            if (fr < val[0]) {
                double[] xe = along(c, pts[d], -2);
                double fe = f.value(xe);
                if (fe < fr) {
                    pts[d] = xe;
                    val[d] = fe;
                } else {
                    pts[d] = xr;
                    val[d] = fr;
                }
            } else if (fr < val[d - 1]) {
                pts[d] = xr;
                val[d] = fr;
            } else {
                double[] xc = along(c, pts[d], 0.5);
                double fc = f.value(xc);
                if (fc < val[d]) {
                    pts[d] = xc;
                    val[d] = fc;
                } else {
                    for (int i = 1; i <= d; i++) {
                        pts[i] = along(pts[0], pts[i], 0.5);
                        val[i] = f.value(pts[i]);
                    }
                }
            }
        }
        int bi = 0;
        for (int i = 1; i <= d; i++) {
            if (val[i] < val[bi]) {
                bi = i;
            }
        }
        return pts[bi];
    }

    /** c + t (p - c). */
    private static double[] along(double[] c, double[] p, double t) {
        double[] x = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            x[i] = c[i] + t * (p[i] - c[i]);
        }
        return x;
    }
}
