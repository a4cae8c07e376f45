package io.kindred.bench.profiles;

import io.kindred.bench.corpora.BenchCorpora;
import io.kindred.bench.corpora.SharedCorpora;
import io.kindred.bench.synthetic.CorpusStats;
import io.kindred.bench.synthetic.SyntheticCorpus;
import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the fitted-vs-real table in Markdown: each real corpus next to its fitted profile at the same size, the three
 * pooled next to the {@code news} profile, and the {@code news} profile at 100k and 1M articles (the scale corpora of
 * the benchmarks, seed {@link BenchCorpora#SEED}).
 */
public final class FitTable {

    private FitTable() {}

    /** @param args unused */
    public static void main(String[] args) {
        StringBuilder md = new StringBuilder();
        md.append("Real corpora (scikit-learn default analysis) next to the synthetic profile fitted to them, at the "
                + "same size, then the `news` profile (fitted to the three pooled) at the benchmark sizes. Made by "
                + "`bench/run-fit.sh`.\n\n");
        md.append(CorpusStats.header()).append('\n');
        String[][] pairs = {
            {"20newsgroups-bydate", "newsgroups"}, {"doj-press-releases", "doj"}, {"ag-news-test", "agnews"}
        };
        List<Article> pooled = new ArrayList<>();
        for (String[] p : pairs) {
            List<Article> real = SharedCorpora.load(p[0]).articles();
            pooled.addAll(real);
            md.append(CorpusStats.of(p[0], real, 2).row()).append('\n');
            SyntheticCorpus syn =
                    new SyntheticCorpus(SyntheticCorpus.Profiles.named(p[1]), real.size(), BenchCorpora.SEED);
            md.append(rename(syn.stats(), "synthetic " + p[1])).append('\n');
        }
        md.append(CorpusStats.of("the three pooled", pooled, 2).row()).append('\n');
        int pooledSize = pooled.size();
        pooled = null;
        for (int n : new int[] {pooledSize, 100_000, 1_000_000}) {
            SyntheticCorpus syn = new SyntheticCorpus(SyntheticCorpus.Profiles.NEWS, n, BenchCorpora.SEED);
            md.append(rename(syn.stats(), "synthetic news")).append('\n');
        }
        md.append("\nProfiles: ");
        for (String p : new String[] {"newsgroups", "doj", "agnews", "news"}) {
            md.append("\n- `").append(SyntheticCorpus.Profiles.named(p)).append('`');
        }
        md.append('\n');
        System.out.print(md);
    }

    private static String rename(CorpusStats s, String name) {
        return new CorpusStats(
                        name,
                        s.n(),
                        s.vocabulary(),
                        s.nnz(),
                        s.sumDfSquared(),
                        s.tokensMean(),
                        s.tokensQuantiles(),
                        s.hapaxShare(),
                        s.dfQuantiles(),
                        s.topDfShare())
                .row();
    }
}
