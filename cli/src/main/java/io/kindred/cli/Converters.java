package io.kindred.cli;

import io.kindred.core.analysis.AnalysisSettings;
import io.kindred.core.analysis.LuceneEnglishAnalyzer;
import io.kindred.core.analysis.StopWords;
import io.kindred.core.analysis.StripAccents;
import io.kindred.core.preset.Preset;
import io.kindred.core.rank.Decay;
import io.kindred.core.rank.Undated;
import io.kindred.core.weighting.Norm;
import io.kindred.core.weighting.Weighting;
import io.kindred.io.InputFormat;
import io.kindred.io.OutputFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values from text: enums by their lower-case names ({@code l2}, {@code jsonl}, ...) and the value types of core
 * and io, each with a message that names the value and what was expected. Stateless.
 */
final class Converters {

    private Converters() {}

    /**
     * Registers every converter with a command line and its subcommands.
     *
     * @param cl the command line
     */
    static void register(CommandLine cl) {
        cl.registerConverter(Norm.class, choice(Norm.class));
        cl.registerConverter(StripAccents.class, choice(StripAccents.class));
        cl.registerConverter(InputFormat.class, choice(InputFormat.class));
        cl.registerConverter(OutputFormat.class, choice(OutputFormat.class));
        cl.registerConverter(AnalysisSettings.Kind.class, choice(AnalysisSettings.Kind.class));
        cl.registerConverter(LuceneEnglishAnalyzer.Stemmer.class, choice(LuceneEnglishAnalyzer.Stemmer.class));
        cl.registerConverter(Weighting.class, checked(Weighting::named));
        cl.registerConverter(Decay.Shape.class, choice(Decay.Shape.class));
        cl.registerConverter(Undated.class, choice(Undated.class));
        cl.registerConverter(EvaluateCommand.ReportFormat.class, choice(EvaluateCommand.ReportFormat.class));
        cl.registerConverter(IndexInfoCommand.Format.class, choice(IndexInfoCommand.Format.class));
        cl.registerConverter(Preset.class, checked(Preset::named));
        cl.registerConverter(StopWords.class, checked(StopWords::named));
        cl.registerConverter(NgramRange.class, checked(NgramRange::parse));
        cl.registerConverter(FeedbackRounds.class, checked(FeedbackRounds::parse));
    }

    /**
     * @param type an enum
     * @return a converter that accepts the constants' names in lower case
     */
    static <E extends Enum<E>> ITypeConverter<E> choice(Class<E> type) {
        return text -> {
            for (E e : type.getEnumConstants()) {
                if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return e;
                }
            }
            throw new TypeConversionException("expected one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(e -> e.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ", was '" + text + "'");
        };
    }

    /** A converter whose IllegalArgumentException becomes a conversion error with the same message. */
    private static <T> ITypeConverter<T> checked(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
