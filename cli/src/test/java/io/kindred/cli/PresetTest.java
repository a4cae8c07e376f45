package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.Article;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.SklearnAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.Recommender;
import io.kindred.core.search.SimilarArticle;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.TfidfVectorizer;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.OutputFormat;
import io.kindred.io.SimilarListWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --preset} and the options that override single settings of it give, byte for byte, the lists of the library
 * configured by hand from the {@link Preset} record with just that setting changed.
 */
class PresetTest {

    static List<Article> sample;

    @BeforeAll
    static void readSample() throws IOException {
        sample = FormatsTest.readSampleArticles();
    }

    /** The JSON Lines the library gives for the sample with this vector space and policy. */
    private static String library(Vectorizer vectorizer, RankingPolicy policy) throws IOException {
        SimilarityIndex index = SimilarityIndex.build(sample, vectorizer, 2);
        List<List<SimilarArticle>> lists = new Recommender(index, policy).allSimilar(10, 2, (done, total) -> {});
        StringWriter out = new StringWriter();
        SimilarListWriter w = SimilarListWriter.of(OutputFormat.JSONL, out, id -> index.article(index.ordinal(id)));
        for (int i = 0; i < lists.size(); i++) {
            w.write(sample.get(i).id(), lists.get(i));
        }
        w.finish();
        return out.toString();
    }

    private static String cli(String... options) {
        List<String> args = new ArrayList<>(List.of("recommend", "-q"));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return r.out();
    }

    @Test
    void theDefaultIsTheNewsPreset() throws IOException {
        String news = library(Preset.NEWS.vectorizer(), Preset.NEWS.policy());
        assertEquals(news, cli());
        assertEquals(news, cli("--preset", "news"));
        assertEquals(news, SampleTest.expected());
    }

    @Test
    void theSklearnPresetIsScikitLearnsDefaults() throws IOException {
        assertEquals(library(TfidfVectorizer.sklearnDefaults(), RankingPolicy.NONE), cli("--preset", "sklearn"));
    }

    @Test
    void weightingAndFieldOptionsOverrideOnlyTheirSettings() throws IOException {
        Preset news = Preset.NEWS;
        TfidfOptions bm25 = news.weighting().withWeighting(Bm25.DEFAULTS.withK1(1.5));
        assertEquals(
                library(
                        new TfidfVectorizer(news.buildAnalyzer(), TextFields.parse("title=2,body=1"), bm25),
                        news.policy()),
                cli("--weighting", "bm25", "--bm25-k1", "1.5", "--field-weights", "title=2,body=1"));
    }

    @Test
    void analysisAndFeedbackOptionsOverrideOnlyTheirSettings() throws IOException {
        Preset news = Preset.NEWS;
        SklearnAnalyzer analyzer = SklearnAnalyzer.builder()
                .stopWords(StopWords.NONE)
                .ngramRange(news.ngramMin(), news.ngramMax())
                .build();
        assertEquals(
                library(new TfidfVectorizer(analyzer, news.fields(), news.weighting()), RankingPolicy.NONE),
                cli("--analyzer", "sklearn", "--stop-words", "none", "--feedback", "none", "--latent-dims", "0"));

        Preset stemmed = news.toBuilder()
                .stemmer(LuceneEnglishAnalyzer.Stemmer.PORTER)
                .wordWeight(1)
                .build();
        assertEquals(library(stemmed.vectorizer(), news.policy()), cli("--stemmer", "porter", "--word-weight", "1"));

        assertEquals(
                library(
                        news.vectorizer(),
                        news.policy().toBuilder().latent(new Latent(50, 0.5)).build()),
                cli("--latent-dims", "50", "--latent-weight", "0.5"));
        assertEquals(
                library(
                        news.vectorizer(),
                        news.policy().toBuilder().latent(Latent.NONE).build()),
                cli("--latent-dims", "0"));

        Feedback lighter = new Feedback(news.feedback().rounds(), 1.0, 50);
        assertEquals(
                library(
                        news.vectorizer(),
                        news.policy().toBuilder().feedback(lighter).build()),
                cli("--feedback-weight", "1", "--feedback-pool", "50"));

        // a preset without feedback takes the feedback weight and pool of the news preset
        Feedback oneRound = new Feedback(
                List.of(3), news.feedback().weight(), news.feedback().pool());
        SklearnAnalyzer bigrams = SklearnAnalyzer.builder().ngramRange(1, 2).build();
        assertEquals(
                library(
                        new TfidfVectorizer(bigrams, TextFields.joined("title,body,tags"), TfidfOptions.defaults()),
                        RankingPolicy.builder().feedback(oneRound).build()),
                cli("--preset", "sklearn", "--feedback", "3", "--ngram", "1,2", "--text-fields", "title,body,tags"));
    }
}
