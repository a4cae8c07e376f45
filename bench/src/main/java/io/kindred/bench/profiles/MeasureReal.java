package io.kindred.bench.profiles;

import io.kindred.bench.corpora.Corpus;
import io.kindred.bench.corpora.SharedCorpora;
import io.kindred.bench.synthetic.CorpusStats;
import io.kindred.core.analysis.ArticleText;
import io.kindred.core.analysis.SklearnAnalyzer;
import java.util.Locale;

/** Prints the statistics of the real corpora and their log-length moments (fitting input). Run from the root. */
public final class MeasureReal {
    private MeasureReal() {}

    /** @param args corpus names (default: the three real corpora) */
    public static void main(String[] args) {
        String[] names = args.length > 0 ? args : SharedCorpora.REAL.toArray(new String[0]);
        System.out.println(CorpusStats.header());
        for (String c : names) {
            Corpus corpus = SharedCorpora.load(c);
            CorpusStats s = CorpusStats.of(c, corpus.articles(), 2);
            System.out.println(s.row());
            double sum = 0;
            double sum2 = 0;
            int n = 0;
            for (var a : corpus.articles()) {
                int[] count = {0};
                SklearnAnalyzer.defaults().analyze(ArticleText.TITLE_AND_BODY.of(a), (b, o, l) -> count[0]++);
                double x = Math.log(Math.max(1, count[0]));
                sum += x;
                sum2 += x * x;
                n++;
            }
            double mu = sum / n;
            System.out.println(
                    String.format(Locale.ROOT, "  ln(tokens): mu=%.3f sigma=%.3f", mu, Math.sqrt(sum2 / n - mu * mu)));
        }
    }
}
