package io.kindred.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JoinedTextTest {

    @Test
    void readsAsTheJoinedString() {
        JoinedText t = JoinedText.of("ab", null, "", "cde");
        String joined = "ab\n\n\ncde";
        assertEquals(joined, t.toString());
        assertEquals(joined.length(), t.length());
        for (int i = 0; i < joined.length(); i++) {
            assertEquals(joined.charAt(i), t.charAt(i), "char " + i);
        }
        assertEquals("b\n\n\nc", t.subSequence(1, 6));
        assertEquals(4, t.parts());
        assertEquals("", t.part(1));
        assertThrows(IndexOutOfBoundsException.class, () -> t.charAt(joined.length()));
        assertThrows(IllegalArgumentException.class, () -> JoinedText.of(List.of()));
    }

    /** Analysing the parts must give the terms of the joined string: n-grams across parts, sigma and surrogates. */
    @Test
    void analysersSeeTheJoinedString() {
        Random random = new Random(Seeds.seed("analysersSeeTheJoinedString"));
        String[] pieces = {
            "Σ",
            "ΟΔΟΣ",
            "σ",
            "İ",
            "a",
            "B",
            " ",
            "\n",
            "\uD835\uDC00",
            "\uD835",
            "\uDC00",
            "é",
            "e\u0301",
            "the",
            "News",
            "'",
            "_",
            "٣",
            "ß",
            "x y"
        };
        List<Analyzer> analyzers = List.of(
                SklearnAnalyzer.defaults(),
                SklearnAnalyzer.builder()
                        .ngramRange(1, 3)
                        .stopWords(StopWords.ENGLISH)
                        .build(),
                SklearnAnalyzer.builder().stripAccents(StripAccents.UNICODE).build(),
                SklearnAnalyzer.builder().lowercase(false).build(),
                LuceneEnglishAnalyzer.defaults());
        for (int trial = 0; trial < 2000; trial++) {
            List<String> parts = new ArrayList<>();
            for (int p = 1 + random.nextInt(3); p > 0; p--) {
                StringBuilder sb = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
                parts.add(sb.toString());
            }
            JoinedText joined = JoinedText.of(parts);
            String plain = String.join("\n", parts);
            for (Analyzer a : analyzers) {
                assertEquals(a.terms(plain), a.terms(joined), a + " on " + parts);
            }
        }
    }
}
