package io.kindred.core.preset;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.rank.Blocks;
import io.kindred.core.rank.Boosts;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.ExcludeIds;
import io.kindred.core.rank.ExcludeSections;
import io.kindred.core.rank.Feedback;
import io.kindred.core.rank.Latent;
import io.kindred.core.rank.MinScore;
import io.kindred.core.rank.Mmr;
import io.kindred.core.rank.NearDuplicates;
import io.kindred.core.rank.PastOnly;
import io.kindred.core.rank.Pins;
import io.kindred.core.rank.RankingPolicy;
import io.kindred.core.rank.RankingStep;
import io.kindred.core.rank.TimeWindow;
import io.kindred.core.rank.Undated;
import io.kindred.core.weighting.Bm25;
import io.kindred.core.weighting.ConflictingSettingsException;
import io.kindred.core.weighting.DfLimit;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.TextFields;
import io.kindred.core.weighting.TfIdf;
import io.kindred.core.weighting.TfidfOptions;
import io.kindred.core.weighting.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random presets over every setting that the command line (cli's {@code VectorizerOptions} and {@code PolicyOptions})
 * and the Java API can give, with the edge values of each: zero and {@code -0.0} where they are allowed, the smallest
 * and largest doubles, strings with quotes, backslashes, line breaks, separators and unpaired surrogates.
 */
final class RandomPresets {

    /** The steps of the editors' file, which a preset's text does not store. */
    static final Set<Class<? extends RankingStep>> EDITORIAL = Set.of(Blocks.class, Boosts.class, Pins.class);

    private static final List<StopWords> STOP_WORDS =
            List.of(StopWords.NONE, StopWords.ENGLISH, StopWords.LUCENE_ENGLISH);

    private static final String[] PIECES = {
        "a", "Z", "id-7", " ", "\"", "\\", "\n", "\r", "\t", ",", "[", "]", "=", "#", " = ", "é", "日本", "😀", "\u2028",
        "\u0085", "\u0000", "\u007f", "\ud800", "\udc00", "\\u0041", "null"
    };

    private final Random random;
    private final Map<Class<? extends RankingStep>, Supplier<RankingStep>> steps;

    RandomPresets(Random random) {
        this.random = random;
        this.steps = Map.of(
                ExcludeIds.class, () -> new ExcludeIds(strings()),
                ExcludeSections.class, () -> new ExcludeSections(strings()),
                PastOnly.class, () -> new PastOnly(pick(Undated.values())),
                TimeWindow.class, () -> new TimeWindow(nonNegative(), pick(Undated.values())),
                Feedback.class, () -> new Feedback(rounds(), positive(), 1 + random.nextInt(500)),
                Latent.class, () -> new Latent(1 + random.nextInt(400), positive()),
                Decay.class, () -> new Decay(pick(Decay.Shape.values()), positive(), pick(Undated.values())),
                NearDuplicates.class, () -> new NearDuplicates(positive()),
                Mmr.class, () -> new Mmr(unit(false)),
                MinScore.class, () -> new MinScore(nonNegative()));
    }

    Preset next() {
        return new Preset(string(), analysis(), fields(), weighting(), policy());
    }

    private AnalysisSettings analysis() {
        AnalysisSettings.Kind kind = pick(AnalysisSettings.Kind.values());
        boolean english = kind == AnalysisSettings.Kind.ENGLISH;
        int min = 1 + random.nextInt(3);
        return new AnalysisSettings(
                kind,
                STOP_WORDS.get(random.nextInt(STOP_WORDS.size())),
                min,
                min + random.nextInt(3),
                english ? pick(Stemmer.values()) : Stemmer.NONE,
                english ? 1 + random.nextInt(5) : 1,
                pick(StripAccents.values()));
    }

    private TextFields fields() {
        List<String> names = new ArrayList<>(TextFields.NAMES);
        Collections.shuffle(names, random);
        List<String> some = names.subList(0, 1 + random.nextInt(names.size()));
        return switch (random.nextInt(3)) {
            case 0 -> TextFields.TITLE_AND_BODY;
            case 1 -> TextFields.joined(String.join(",", some));
            default -> {
                List<TextFields.Field> fields = new ArrayList<>();
                for (String name : some) {
                    String joined =
                            random.nextInt(4) == 0 ? name + "+" + pick(TextFields.NAMES.toArray(String[]::new)) : name;
                    fields.add(new TextFields.Field(joined, nonNegative()));
                }
                yield TextFields.of(fields);
            }
        };
    }

    private TfidfOptions weighting() {
        while (true) {
            try {
                return new TfidfOptions(
                        dfLimit(),
                        dfLimit(),
                        random.nextBoolean() ? 0 : random.nextInt(100),
                        random.nextBoolean() ? TfidfOptions.ALL_FEATURES : 1 + random.nextInt(Integer.MAX_VALUE - 1),
                        random.nextBoolean(),
                        scheme(),
                        pick(Norm.values()));
            } catch (ConflictingSettingsException e) {
                // max_df below min_df: draw again
            }
        }
    }

    private DfLimit dfLimit() {
        return random.nextBoolean() ? DfLimit.count(random.nextInt(20)) : DfLimit.proportion(unit(true));
    }

    private Weighting scheme() {
        Weighting w = Weighting.schemes().get(random.nextInt(Weighting.schemes().size()));
        if (w instanceof TfIdf) {
            return new TfIdf(random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
        }
        if (w instanceof Bm25) {
            return new Bm25(positive(), unit(true), random.nextBoolean());
        }
        throw new AssertionError("RandomPresets does not know the weighting scheme " + w.name());
    }

    private RankingPolicy policy() {
        List<RankingStep> chosen = new ArrayList<>();
        for (Class<? extends RankingStep> kind : RankingPolicy.ORDER) {
            if (EDITORIAL.contains(kind)) {
                continue;
            }
            Supplier<RankingStep> step = steps.get(kind);
            if (step == null) {
                throw new AssertionError("RandomPresets does not know the step " + kind.getSimpleName());
            }
            if (random.nextBoolean()) {
                chosen.add(step.get());
            }
        }
        return RankingPolicy.of(chosen);
    }

    private List<Integer> rounds() {
        List<Integer> rounds = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            rounds.add(1 + random.nextInt(100));
        }
        return rounds;
    }

    private Set<String> strings() {
        Set<String> out = new HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            out.add(string());
        }
        return out;
    }

    /** @return a string of 0 to 5 pieces that a text format must escape or keep as they are */
    String string() {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            sb.append(random.nextInt(5) == 0 ? (char) random.nextInt(0x10000) : PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private double positive() {
        return switch (random.nextInt(6)) {
            case 0 -> 1 + random.nextInt(10);
            case 1 -> Double.MIN_VALUE;
            case 2 -> Double.MAX_VALUE;
            case 3 -> 0.1 + 0.2;
            default -> Math.nextUp(random.nextDouble() * 100);
        };
    }

    private double nonNegative() {
        return switch (random.nextInt(5)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            default -> positive();
        };
    }

    /** @return a number in (0, 1], or [0, 1] with zero (and {@code -0.0}) */
    private double unit(boolean withZero) {
        return switch (random.nextInt(5)) {
            case 0 -> 1.0;
            case 1 -> withZero ? (random.nextBoolean() ? 0.0 : -0.0) : Double.MIN_VALUE;
            case 2 -> Math.nextDown(1.0);
            default -> Math.nextUp(random.nextDouble());
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
