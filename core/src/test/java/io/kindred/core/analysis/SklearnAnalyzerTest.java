package io.kindred.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokens of scikit-learn 1.2.1's {@code CountVectorizer(...).build_analyzer()} on Unicode edge cases; every expected
 * list below was printed by Debian's Python 3.11 / scikit-learn 1.2.1.
 */
class SklearnAnalyzerTest {

    static Stream<Arguments> pythonCases() {
        SklearnAnalyzer defaults = SklearnAnalyzer.defaults();
        return Stream.of(
                Arguments.of(
                        "greek final sigma",
                        defaults,
                        "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ σοφός ΣΑΣ Σ",
                        List.of("οδυσσευς", "σοφος", "σοφός", "σας")),
                Arguments.of(
                        "dotted capital I",
                        defaults,
                        "İSTANBUL İstanbul ISTANBUL ıstakoz",
                        List.of("stanbul", "stanbul", "istanbul", "ıstakoz")),
                Arguments.of(
                        "sharp s", defaults, "Straße STRASSE Maßnahme ẞ", List.of("straße", "strasse", "maßnahme")),
                Arguments.of(
                        "combining marks split words",
                        defaults,
                        "cafe\u0301 re\u0301sume\u0301 nai\u0308ve",
                        List.of("cafe", "re", "sume", "nai", "ve")),
                Arguments.of(
                        "strip_accents=unicode",
                        SklearnAnalyzer.builder()
                                .stripAccents(StripAccents.UNICODE)
                                .build(),
                        "cafe\u0301 Ça Ğ naïve",
                        List.of("cafe", "ca", "naive")),
                Arguments.of(
                        "strip_accents=ascii",
                        SklearnAnalyzer.builder()
                                .stripAccents(StripAccents.ASCII)
                                .build(),
                        "café Ça ß Æsir ﬁne",
                        List.of("cafe", "ca", "sir", "fine")),
                Arguments.of("devanagari vowel signs split words", defaults, "हिन्दी भाषा में समाचार", List.of("सम")),
                Arguments.of("cjk", defaults, "東京都 北京 ab中文cd", List.of("東京都", "北京", "ab中文cd")),
                Arguments.of("hangul", defaults, "한국어 뉴스", List.of("한국어", "뉴스")),
                Arguments.of(
                        "astral letters count as one code point",
                        defaults,
                        "𝐀𝐁𝐂 x𝐀 𐐀𐐨 𐐀",
                        List.of("𝐀𝐁𝐂", "x𝐀", "𐐨𐐨")),
                Arguments.of(
                        "digits and numbers of other scripts",
                        defaults,
                        "٣٤ ১২ १२३ ¹² ½ Ⅻ Ⅻx",
                        List.of("٣٤", "১২", "१२३", "¹²", "ⅻx")),
                Arguments.of(
                        "underscores are word characters",
                        defaults,
                        "snake_case __init__ _a a_ _",
                        List.of("snake_case", "__init__", "_a", "a_")),
                Arguments.of(
                        "apostrophes split words",
                        defaults,
                        "don't court’s rock'n'roll O’Brien",
                        List.of("don", "court", "rock", "roll", "brien")),
                Arguments.of("fullwidth and ligatures kept", defaults, "ＡＢＣ ﬁne", List.of("ａｂｃ", "ﬁne")),
                Arguments.of(
                        "control and format characters separate",
                        defaults,
                        "a\u0000bc\u0007de\tfg\u200bhi\u00a0jk",
                        List.of("bc", "de", "fg", "hi", "jk")),
                Arguments.of("emoji separate", defaults, "good👍🏽news 🇺🇸 ok", List.of("good", "news", "ok")),
                Arguments.of("titlecase digraph", defaults, "ǅungla ǄUNGLA", List.of("ǆungla", "ǆungla")),
                Arguments.of("hebrew and arabic marks split", defaults, "שָׁלוֹם مَرْحَبًا", List.of("לו")),
                Arguments.of(
                        "stop words removed before n-grams",
                        SklearnAnalyzer.builder()
                                .stopWords(StopWords.ENGLISH)
                                .ngramRange(1, 2)
                                .build(),
                        "The court and the ICC said that the court would rule",
                        List.of(
                                "court",
                                "icc",
                                "said",
                                "court",
                                "rule",
                                "court icc",
                                "icc said",
                                "said court",
                                "court rule")),
                Arguments.of(
                        "bigrams and trigrams only",
                        SklearnAnalyzer.builder().ngramRange(2, 3).build(),
                        "a b c dd ee ff gg",
                        List.of("dd ee", "ee ff", "ff gg", "dd ee ff", "ee ff gg")),
                Arguments.of(
                        "lowercase off",
                        SklearnAnalyzer.builder().lowercase(false).build(),
                        "Hello WORLD hello",
                        List.of("Hello", "WORLD", "hello")),
                Arguments.of("empty", defaults, "", List.of()),
                Arguments.of("whitespace only", defaults, " \n\t ", List.of()),
                Arguments.of(
                        "stop words only",
                        SklearnAnalyzer.builder().stopWords(StopWords.ENGLISH).build(),
                        "the and of it was",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pythonCases")
    void matchesScikitLearn(String name, SklearnAnalyzer analyzer, String text, List<String> expected) {
        assertEquals(expected, analyzer.terms(text));
    }

    @Test
    void veryLargeDocument() {
        String word = "word ";
        String text = word.repeat((1 << 20) / word.length()) + "end"; // 1 MB
        List<String> terms = SklearnAnalyzer.defaults().terms(text);
        assertTrue(terms.size() > 200_000);
        assertEquals("end", terms.get(terms.size() - 1));
    }

    @Test
    void englishStopWordsAreScikitLearns() {
        assertEquals(318, StopWords.ENGLISH.words().size());
        assertTrue(StopWords.ENGLISH.words().contains("amoungst"));
        assertEquals(33, StopWords.LUCENE_ENGLISH.words().size());
    }

    @Test
    void badNgramRangeIsRejectedWithTheValues() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SklearnAnalyzer.builder().ngramRange(2, 1));
        assertTrue(e.getMessage().contains("(2, 1)"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> SklearnAnalyzer.builder().ngramRange(0, 1));
    }

    @Test
    void unknownStopWordListIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StopWords.named("french"));
        assertTrue(e.getMessage().contains("'french'"), e.getMessage());
    }
}
