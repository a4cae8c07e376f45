package io.kindred.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.rank.Editorial;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.testing.Seeds;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.Weighting;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A preset as text and back: the presets, a golden text, random presets over every setting, and the text's form. */
class PresetCodecTest {

    @Test
    void newsReadsBackEqual() {
        assertEquals(Preset.NEWS, PresetCodec.decode(PresetCodec.encode(Preset.NEWS)));
    }

    @Test
    void sklearnReadsBackEqual() {
        Preset p = PresetCodec.decode(PresetCodec.encode(Preset.SKLEARN));
        assertEquals(Preset.SKLEARN, p);
        assertEquals(RankingPolicy.NONE, p.policy());
        assertEquals(TfidfOptions.defaults(), p.weighting());
    }

    /** The stored text of an index must not change by accident: a change of format is a new {@code format} version. */
    @Test
    void newsIsTheGoldenText() throws IOException {
        try (InputStream in = PresetCodecTest.class.getResourceAsStream("news.preset")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), PresetCodec.encode(Preset.NEWS));
        }
    }

    @Test
    void randomPresetsReadBackEqual() {
        long seed = Seeds.seed("randomPresetsReadBackEqual");
        RandomPresets presets = new RandomPresets(new Random(seed));
        Set<Class<?>> steps = new HashSet<>();
        Set<String> schemes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Preset p = presets.next();
            String text = PresetCodec.encode(p);
            Preset back = PresetCodec.decode(text);
            assertEquals(p, back, "seed " + seed + ", preset " + i + ":\n" + text);
            assertEquals(text, PresetCodec.encode(back), "seed " + seed + ", preset " + i);
            p.policy().steps().forEach(s -> steps.add(s.getClass()));
            schemes.add(p.weighting().weighting().name());
        }
        Set<Class<?>> storable = new HashSet<>(RankingPolicy.ORDER);
        storable.removeAll(RandomPresets.EDITORIAL);
        assertEquals(storable, steps, "every step that a preset stores was drawn");
        assertEquals(
                Weighting.schemes().stream().map(Weighting::name).collect(Collectors.toSet()),
                schemes,
                "every weighting scheme was drawn");
    }

    @Test
    void anyStringFitsOnItsLineAndReadsBack() {
        long seed = Seeds.seed("anyStringFitsOnItsLineAndReadsBack");
        RandomPresets presets = new RandomPresets(new Random(seed));
        for (int i = 0; i < 2000; i++) {
            String name = presets.string();
            String text = PresetCodec.encode(Preset.SKLEARN.withPolicy(RankingPolicy.of(new ExcludeIds(Set.of(name)))));
            assertEquals(
                    new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    text,
                    "UTF-8 carries the text as it is");
            assertEquals(23, text.lines().count(), text);
            assertEquals(
                    Set.of(name),
                    PresetCodec.decode(text)
                            .policy()
                            .step(ExcludeIds.class)
                            .orElseThrow()
                            .ids());
        }
    }

    @Test
    void escapesWhatALineCannotCarryAndKeepsTheRest() {
        Preset p = Preset.SKLEARN.withPolicy(
                RankingPolicy.of(new ExcludeSections(Set.of("a\"b\\c\nd\te\u2028f\ud800", "é 日本 😀"))));
        String text = PresetCodec.encode(p);
        assertTrue(
                text.contains(
                        "policy.excludesections.sections = [\"a\\\"b\\\\c\\nd\\te\\u2028f\\ud800\", \"é 日本 😀\"]"),
                text);
        assertEquals(p, PresetCodec.decode(text));
    }

    @Test
    void setsAreSortedWhateverTheirOrder() {
        Set<String> a = new LinkedHashSet<>(List.of("world", "Politics", "sport"));
        Set<String> b = new LinkedHashSet<>(List.of("sport", "world", "Politics"));
        String text = PresetCodec.encode(Preset.NEWS.withPolicy(RankingPolicy.of(new ExcludeSections(a))));
        assertEquals(text, PresetCodec.encode(Preset.NEWS.withPolicy(RankingPolicy.of(new ExcludeSections(b)))));
        assertTrue(text.contains("policy.excludesections.sections = [\"Politics\", \"sport\", \"world\"]\n"), text);
    }

    @Test
    void bm25ReadsBackWithItsParameters() {
        Preset p = Preset.NEWS.withWeighting(Preset.NEWS.weighting().withWeighting(new Bm25(0.9, 0.0, false)));
        String text = PresetCodec.encode(p);
        assertTrue(text.contains("weighting.scheme = bm25\nweighting.bm25.k1 = 0.9\nweighting.bm25.b = 0.0\n"), text);
        assertEquals(p, PresetCodec.decode(text));
    }

    /**
     * A list of stop words of one's own is stored with its words. {@link StopWords} compares by identity, so the preset
     * read back is compared through its text: equal text, and the same name and words.
     */
    @Test
    void stopWordsOfOnesOwnAreStoredWithTheirWords() {
        StopWords mine = StopWords.of("english", List.of("the", "a", "\"quoted\""));
        Preset p = Preset.NEWS.withAnalysis(Preset.NEWS.analysis().withStopWords(mine));
        String text = PresetCodec.encode(p);
        assertTrue(
                text.contains(
                        "analysis.stop_words = \"english\"\nanalysis.stop_words.words = [\"\\\"quoted\\\"\", \"a\","
                                + " \"the\"]\n"),
                text);
        Preset back = PresetCodec.decode(text);
        assertEquals(text, PresetCodec.encode(back));
        assertEquals("english", back.analysis().stopWords().name());
        assertEquals(mine.words(), back.analysis().stopWords().words());
        assertNotEquals(StopWords.ENGLISH, back.analysis().stopWords());
    }

    @Test
    void editorialStepsAreNotStored() {
        Editorial e = Editorial.builder().pin("a", "b", 1).build();
        IllegalArgumentException x = assertThrows(
                IllegalArgumentException.class,
                () -> PresetCodec.encode(Preset.NEWS.withPolicy(RankingPolicy.of(e.steps()))));
        assertEquals(
                "cannot store the pins step: its setting editorial holds editors' overrides, which a preset does not"
                        + " store",
                x.getMessage());
    }

    /** A new component of a settings record fails here until the text stores it. */
    @Test
    void writesEveryComponentOfTheSettingsRecords() {
        Set<String> keys = keys(PresetCodec.encode(Preset.NEWS));
        keys.addAll(keys(PresetCodec.encode(
                Preset.NEWS.withWeighting(Preset.NEWS.weighting().withWeighting(Bm25.DEFAULTS)))));
        assertEquals(
                union(Set.of("format"), components(Preset.class, "")),
                keys.stream().map(k -> k.split("\\.")[0]).collect(Collectors.toSet()));
        assertEquals(components(AnalysisSettings.class, "analysis."), under(keys, "analysis."));
        assertEquals(
                components(TfidfOptions.class, "weighting.").stream()
                        .map(k -> k.equals("weighting.weighting") ? "weighting.scheme" : k)
                        .collect(Collectors.toSet()),
                under(keys, "weighting.").stream()
                        .filter(k -> k.split("\\.").length == 2)
                        .collect(Collectors.toSet()));
        assertEquals(components(TfIdf.class, "weighting.tfidf."), under(keys, "weighting.tfidf."));
        assertEquals(components(Bm25.class, "weighting.bm25."), under(keys, "weighting.bm25."));
    }

    /** The step keys follow each step's settings, and the latent dimensions are where modelDifferences looks. */
    @Test
    void stepKeysAreTheirSettingsInSnakeCase() {
        for (RankingStep step : Preset.NEWS.policy().steps()) {
            Set<String> expected = new TreeSet<>();
            step.settings().keySet().forEach(name -> expected.add("policy." + step.name() + "." + snake(name)));
            assertEquals(
                    expected,
                    new TreeSet<>(under(keys(PresetCodec.encode(Preset.NEWS)), "policy." + step.name() + ".")));
        }
        assertTrue(PresetCodec.encode(Preset.NEWS).contains("\npolicy.latent.dims = 100\n"));
    }

    private static Set<String> keys(String text) {
        return text.lines()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf(" = ")))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> under(Set<String> keys, String prefix) {
        return keys.stream()
                .filter(k -> k.startsWith(prefix) && !k.equals("analysis.stop_words.words"))
                .collect(Collectors.toSet());
    }

    private static Set<String> components(Class<?> record, String prefix) {
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .map(n -> prefix + snake(n))
                .collect(Collectors.toSet());
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
