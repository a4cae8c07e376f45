package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.concurrent.OrderedPipeline;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.explain.Explanation;
import io.kindred.core.live.Snapshot;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.OutputFormat;
import io.kindred.io.SimilarListWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** The steps the commands share: index a corpus, write lists. Stateless. */
final class Pipeline {

    /** Why an article of a list is similar to the list's article. */
    @FunctionalInterface
    interface Explain {
        /**
         * @param list the list's position in the output
         * @param similar an entry of that list
         * @return the explanation
         */
        Explanation of(int list, SimilarArticle similar);
    }

    private Pipeline() {}

    /**
     * Fits the vectorizer on the articles, with a progress bar.
     *
     * @param articles the corpus
     * @param vectorizer the vector space
     * @param threads worker threads
     * @param console where to report
     * @return the index
     */
    static SimilarityIndex index(List<Article> articles, Vectorizer vectorizer, int threads, Console console) {
        try (ProgressBar bar = console.bar("fitting", ProgressBar.Unit.ARTICLES)) {
            return SimilarityIndex.build(articles, vectorizer, threads, bar);
        }
    }

    /**
     * Every article's list, with a progress bar.
     *
     * @param recommender the corpus and the policy
     * @param k list length
     * @param threads worker threads
     * @param console where to report
     * @return one list per article, in input order
     */
    static List<List<SimilarArticle>> allSimilar(Recommender recommender, int k, int threads, Console console) {
        try (ProgressBar bar = console.bar("scoring", ProgressBar.Unit.ARTICLES)) {
            return recommender.allSimilar(k, threads, bar);
        }
    }

    /**
     * Every article's list from a stored index, with a progress bar.
     *
     * @param snapshot the index's articles and lists
     * @param k list length
     * @param policy the policy: the index's, with request-time steps
     * @param explainRanking whether entries record each step's contribution to their score
     * @param threads worker threads
     * @param console where to report
     * @return one list per article, in index order
     */
    static List<List<SimilarArticle>> allSimilar(
            Snapshot snapshot, int k, RankingPolicy policy, boolean explainRanking, int threads, Console console) {
        List<Article> articles = snapshot.articles();
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, filled by index from the workers
        List<SimilarArticle>[] out = new List[articles.size()];
        AtomicInteger done = new AtomicInteger();
        try (ProgressBar bar = console.bar("scoring", ProgressBar.Unit.ARTICLES)) {
            Workers.runBlocks(threads, out.length, 64, "kindred-rank", (w, from, to) -> {
                for (int i = from; i < to; i++) {
                    out[i] = snapshot.similar(articles.get(i).id(), k, policy, explainRanking);
                }
                bar.update(done.addAndGet(to - from), out.length);
            });
        }
        return List.of(out);
    }

    /**
     * Writes lists, with a progress bar, and makes the output final; stops early if standard output is closed.
     *
     * @param out the destination
     * @param format the format
     * @param index the corpus, for titles and urls
     * @param ids the article of each list
     * @param lists the lists, best first
     * @param explain the explanation of each similar article, or null for none
     * @param threads worker threads for rendering (the result does not depend on it)
     * @param console where to report
     * @throws IOException if writing fails
     */
    static void write(
            ListOutput out,
            OutputFormat format,
            SimilarityIndex index,
            List<String> ids,
            List<List<SimilarArticle>> lists,
            Explain explain,
            int threads,
            Console console)
            throws IOException {
        SimilarListWriter writer = SimilarListWriter.of(format, out.writer(), explain != null);
        // lists are rendered in parallel (formatting dominates) and appended in order by whichever worker holds the
        // next block, while the others go on rendering
        int block = 64;
        int blocks = (ids.size() + block - 1) / block;
        int[] next = {0};
        int[] written = {0};
        try (ProgressBar bar = console.bar("writing", ProgressBar.Unit.ARTICLES)) {
            OrderedPipeline.run(
                    threads,
                    "kindred-write",
                    4 * threads,
                    () -> next[0] < blocks ? next[0]++ : null,
                    b -> {
                        int from = b * block;
                        String[] rendered = new String[Math.min(ids.size(), from + block) - from];
                        for (int i = 0; i < rendered.length; i++) {
                            List<SimilarArticle> list = lists.get(from + i);
                            rendered[i] = writer.render(ids.get(from + i), list, explanations(explain, from + i, list));
                        }
                        return rendered;
                    },
                    rendered -> {
                        for (String r : rendered) {
                            writer.writeRendered(r);
                        }
                        out.checkWritable();
                        written[0] += rendered.length;
                        bar.update(written[0], ids.size());
                    });
            writer.finish();
            out.commit();
        }
    }

    private static List<Explanation> explanations(Explain explain, int list, List<SimilarArticle> similar) {
        if (explain == null) {
            return null;
        }
        List<Explanation> why = new ArrayList<>(similar.size());
        for (SimilarArticle s : similar) {
            why.add(explain.of(list, s));
        }
        return why;
    }

    /**
     * @param index a corpus
     * @return how many of its articles have no date
     */
    static int undated(SimilarityIndex index) {
        int undated = 0;
        for (int i = 0; i < index.size(); i++) {
            undated += index.article(i).published() == null ? 1 : 0;
        }
        return undated;
    }

    /**
     * The corpus's size for a summary.
     *
     * @param index the corpus
     * @param policy the run's policy
     * @return e.g. {@code 1,024 articles}, and under a date policy {@code 1,024 articles, 17 undated}
     */
    static String articles(SimilarityIndex index, RankingPolicy policy) {
        String articles = String.format(Locale.ROOT, "%,d articles", index.size());
        return policy.dateSteps().isEmpty()
                ? articles
                : articles + String.format(Locale.ROOT, ", %,d undated", undated(index));
    }

    /**
     * @param startNanos when the run started, from {@link System#nanoTime()}
     * @return seconds since then
     */
    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
