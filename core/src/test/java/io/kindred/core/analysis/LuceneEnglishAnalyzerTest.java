package io.kindred.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.analysis.LuceneEnglishAnalyzer.Stemmer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuceneEnglishAnalyzerTest {

    @Test
    void possessivesStopWordsAndPorterStems() {
        assertEquals(
                List.of("court", "rule", "sanction", "judg", "investig"),
                LuceneEnglishAnalyzer.defaults()
                        .terms("The Court's ruling on sanctions against the judges' investigations"));
    }

    @Test
    void snowballDiffersFromPorterWhereExpected() {
        LuceneEnglishAnalyzer snowball = LuceneEnglishAnalyzer.of(StopWords.NONE, Stemmer.SNOWBALL, false);
        LuceneEnglishAnalyzer porter = LuceneEnglishAnalyzer.of(StopWords.NONE, Stemmer.PORTER, false);
        assertEquals(List.of("generous"), snowball.terms("generously"));
        assertEquals(List.of("gener"), porter.terms("generously"));
    }

    @Test
    void asciiFoldingIsOptional() {
        assertEquals(
                List.of("café"),
                LuceneEnglishAnalyzer.of(StopWords.NONE, Stemmer.NONE, false).terms("Café"));
        assertEquals(
                List.of("cafe"),
                LuceneEnglishAnalyzer.of(StopWords.NONE, Stemmer.NONE, true).terms("Café"));
    }

    @Test
    void ngramsJoinStemmedTokensAfterStopWordRemoval() {
        LuceneEnglishAnalyzer bigrams = LuceneEnglishAnalyzer.of(StopWords.ENGLISH, Stemmer.PORTER, false, 1, 2);
        assertEquals(
                List.of("court", "appeal", "rule", "court appeal", "appeal rule"),
                bigrams.terms("The Court of Appeals ruled"));
        assertEquals(
                List.of("court appeal rule"),
                LuceneEnglishAnalyzer.of(StopWords.ENGLISH, Stemmer.PORTER, false, 3, 3)
                        .terms("The Court of Appeals ruled"));
    }

    @Test
    void describesItsSettings() {
        assertEquals(
                "english(stop_words=english, stemmer=porter)",
                LuceneEnglishAnalyzer.defaults().describe());
    }
}
