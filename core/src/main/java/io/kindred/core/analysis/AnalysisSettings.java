package io.kindred.core.analysis;

import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import java.util.Objects;

/**
 * The settings of an analysis, from which {@link #build()} makes the {@link Analyzer}: which analyzer, its stop words,
 * word n-grams, stemmer, single-word weight and accent stripping. Each analyzer has its own defaults for the settings
 * only it uses ({@link Kind#defaultStemmer()}); switching analyzers with {@link #withKind} takes them, so that settings
 * of one analyzer never leak into the other. Immutable and thread-safe; each {@code with} method returns a copy with
 * one setting changed.
 *
 * @param kind which analyzer
 * @param stopWords stop words, removed before n-grams
 * @param ngramMin smallest word n-gram, at least 1
 * @param ngramMax largest word n-gram, at least {@code ngramMin}
 * @param stemmer the English analyzer's stemmer ({@code NONE} for the scikit-learn analysis, which has none)
 * @param wordWeight with n-grams, how many times each single word counts, at least 1 (1 for the scikit-learn analysis,
 *     which has no such weight)
 * @param stripAccents accent stripping (the English analysis folds to ASCII for any value but NONE)
 */
public record AnalysisSettings(
        Kind kind,
        StopWords stopWords,
        int ngramMin,
        int ngramMax,
        Stemmer stemmer,
        int wordWeight,
        StripAccents stripAccents) {

    /** The analyzer families. */
    public enum Kind {
        /** {@link SklearnAnalyzer}: scikit-learn's analysis, exactly. */
        SKLEARN(Stemmer.NONE),
        /** {@link LuceneEnglishAnalyzer}: Lucene's English analysis. */
        ENGLISH(Stemmer.PORTER);

        private final Stemmer defaultStemmer;

        Kind(Stemmer defaultStemmer) {
            this.defaultStemmer = defaultStemmer;
        }

        /** @return the stemmer this analyzer starts with */
        public Stemmer defaultStemmer() {
            return defaultStemmer;
        }
    }

    /** scikit-learn's analysis with every default. */
    public static final AnalysisSettings SKLEARN =
            new AnalysisSettings(Kind.SKLEARN, StopWords.NONE, 1, 1, Stemmer.NONE, 1, StripAccents.NONE);

    /**
     * Validates.
     *
     * @param kind see {@link #kind()}
     * @param stopWords see {@link #stopWords()}
     * @param ngramMin see {@link #ngramMin()}
     * @param ngramMax see {@link #ngramMax()}
     * @param stemmer see {@link #stemmer()}
     * @param wordWeight see {@link #wordWeight()}
     * @param stripAccents see {@link #stripAccents()}
     */
    public AnalysisSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stopWords, "stopWords");
        Objects.requireNonNull(stemmer, "stemmer");
        Objects.requireNonNull(stripAccents, "stripAccents");
        NGrams.checkRange(ngramMin, ngramMax);
        if (wordWeight < 1) {
            throw new IllegalArgumentException("word weight must be >= 1, was " + wordWeight);
        }
        if (kind == Kind.SKLEARN && stemmer != Stemmer.NONE) {
            throw new IllegalArgumentException("the sklearn analyzer has no stemmer (the english analyzer has)");
        }
        if (kind == Kind.SKLEARN && wordWeight != 1) {
            throw new IllegalArgumentException("the sklearn analyzer has no word weight (the english analyzer has)");
        }
    }

    /** @return the analyzer these settings describe */
    public Analyzer build() {
        return switch (kind) {
            case SKLEARN ->
                SklearnAnalyzer.builder()
                        .stripAccents(stripAccents)
                        .stopWords(stopWords)
                        .ngramRange(ngramMin, ngramMax)
                        .build();
            case ENGLISH ->
                LuceneEnglishAnalyzer.of(
                        stopWords, stemmer, stripAccents != StripAccents.NONE, ngramMin, ngramMax, wordWeight);
        };
    }

    /**
     * Another analyzer, with its own defaults for the settings only it uses: its stemmer, and a word weight of 1. Stop
     * words, n-grams and accents carry over.
     *
     * @param kind the analyzer
     * @return these settings for it (unchanged if it is the same)
     */
    public AnalysisSettings withKind(Kind kind) {
        return kind == this.kind
                ? this
                : new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, kind.defaultStemmer(), 1, stripAccents);
    }

    /**
     * @param stopWords stop words
     * @return these settings with them
     */
    public AnalysisSettings withStopWords(StopWords stopWords) {
        return new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, stemmer, wordWeight, stripAccents);
    }

    /**
     * @param min smallest n
     * @param max largest n
     * @return these settings with that n-gram range
     */
    public AnalysisSettings withNgrams(int min, int max) {
        return new AnalysisSettings(kind, stopWords, min, max, stemmer, wordWeight, stripAccents);
    }

    /**
     * @param stemmer the stemmer
     * @return these settings with it
     * @throws IllegalArgumentException for a stemmer with the scikit-learn analysis, which has none
     */
    public AnalysisSettings withStemmer(Stemmer stemmer) {
        return new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, stemmer, wordWeight, stripAccents);
    }

    /**
     * @param wordWeight times each single word counts beside n-grams, at least 1
     * @return these settings with it
     * @throws IllegalArgumentException for a weight other than 1 with the scikit-learn analysis, which has none
     */
    public AnalysisSettings withWordWeight(int wordWeight) {
        return new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, stemmer, wordWeight, stripAccents);
    }

    /**
     * @param stripAccents accent stripping
     * @return these settings with it
     */
    public AnalysisSettings withStripAccents(StripAccents stripAccents) {
        return new AnalysisSettings(kind, stopWords, ngramMin, ngramMax, stemmer, wordWeight, stripAccents);
    }
}
