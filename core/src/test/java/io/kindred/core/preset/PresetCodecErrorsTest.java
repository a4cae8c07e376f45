package io.kindred.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Damaged text is refused with an error that names the line and the key. The lines of news's text: 1 the comment, 2
 * format, 3 name, 4-10 analysis, 11 fields, 12-21 weighting, 22 policy, 23-25 feedback, 26-27 latent.
 */
class PresetCodecErrorsTest {

    private static final String NEWS = PresetCodec.encode(Preset.NEWS);

    private static String replaced(String line, String by) {
        if (!NEWS.contains(line + "\n")) {
            throw new AssertionError("news's text has no line " + line);
        }
        return NEWS.replace(line + "\n", by.isEmpty() ? "" : by + "\n");
    }

    private static void refused(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PresetCodec.decode(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void unknownVersion() {
        refused(
                replaced("format = 1", "format = 2"),
                "line 2, key format: unknown format version '2' (this kindred reads 1)");
    }

    @Test
    void unknownVersionComesFirst() {
        refused(
                replaced("format = 1", "format = 2") + "colour = blue\n",
                "line 2, key format: unknown format version '2' (this kindred reads 1)");
    }

    @Test
    void notAPreset() {
        refused("", "missing line: key format");
    }

    @Test
    void unknownKey() {
        refused(
                NEWS + "analysis.colour = blue\n",
                "line 28, key analysis.colour: unknown key (or a setting of a step or"
                        + " scheme that the text does not choose)");
    }

    @Test
    void settingOfAStepThatThePolicyHasNot() {
        refused(
                replaced("policy = [feedback, latent]", "policy = [latent]"),
                "line 23, key policy.feedback.rounds: unknown key (or a setting of a step or scheme that the text does"
                        + " not choose)");
    }

    @Test
    void settingOfAnotherScheme() {
        refused(
                replaced("weighting.tfidf.use_idf = true", "weighting.bm25.use_idf = true"),
                "missing line: key weighting.tfidf.use_idf");
    }

    @Test
    void missingLine() {
        refused(replaced("weighting.norm = l2", ""), "missing line: key weighting.norm");
    }

    @Test
    void badInteger() {
        refused(
                replaced("analysis.ngram_min = 1", "analysis.ngram_min = one"),
                "line 6, key analysis.ngram_min: expected an integer, was 'one'");
    }

    @Test
    void integerOutOfRange() {
        refused(
                replaced("policy.latent.dims = 100", "policy.latent.dims = 3000000000"),
                "line 26, key policy.latent.dims: integer out of range: 3000000000");
    }

    @Test
    void badDecimal() {
        refused(
                replaced("policy.feedback.weight = 2.0", "policy.feedback.weight = 2,0"),
                "line 24, key policy.feedback.weight: expected a decimal number such as 0.5, was '2,0'");
    }

    @Test
    void badDfLimit() {
        refused(
                replaced("weighting.max_df = 0.5", "weighting.max_df = 1.5"),
                "line 13, key weighting.max_df: a proportion of documents must be in [0.0, 1.0], was 1.5");
    }

    @Test
    void badBoolean() {
        refused(
                replaced("weighting.binary = false", "weighting.binary = no"),
                "line 16, key weighting.binary: expected true or false, was 'no'");
    }

    @Test
    void unknownConstant() {
        refused(
                replaced("weighting.norm = l2", "weighting.norm = L2"),
                "line 17, key weighting.norm: expected one of l2, l1, none, was 'L2'");
    }

    @Test
    void unknownStopWords() {
        refused(
                replaced("analysis.stop_words = \"english\"", "analysis.stop_words = \"french\""),
                "line 5, key analysis.stop_words: unknown stop word list 'french' (expected english, lucene-english or"
                        + " none)");
    }

    @Test
    void unknownScheme() {
        refused(
                replaced("weighting.scheme = tfidf", "weighting.scheme = bm26"),
                "line 18, key weighting.scheme: unknown weighting 'bm26' (expected tfidf or bm25)");
    }

    @Test
    void unknownStep() {
        refused(
                replaced("policy = [feedback, latent]", "policy = [feedback, latent, sparkle]"),
                "line 22, key policy: unknown step 'sparkle' (expected steps of excludeids, excludesections,"
                        + " pastonly, timewindow, feedback, latent, decay, nearduplicates, mmr, minscore)");
    }

    @Test
    void editorialStep() {
        refused(
                replaced("policy = [feedback, latent]", "policy = [feedback, latent, pins]"),
                "line 22, key policy: unknown step 'pins' (expected steps of excludeids, excludesections,"
                        + " pastonly, timewindow, feedback, latent, decay, nearduplicates, mmr, minscore)");
    }

    @Test
    void stepGivenTwice() {
        refused(
                replaced("policy = [feedback, latent]", "policy = [feedback, latent, latent]"),
                "line 22, key policy: two steps of one kind: Latent[dims=100, weight=1.0] and Latent[dims=100,"
                        + " weight=1.0]");
    }

    @Test
    void stepSettingOutOfRange() {
        refused(
                replaced("policy.latent.dims = 100", "policy.latent.dims = 0"),
                "lines 26-27, keys policy.latent.*: latent dimensions must be >= 1, was 0");
    }

    @Test
    void settingsThatDoNotGoTogether() {
        refused(
                replaced("analysis.kind = english", "analysis.kind = sklearn"),
                "lines 4-10, keys analysis.*: the sklearn analyzer has no word weight (the english analyzer has)");
    }

    @Test
    void limitsThatDoNotGoTogether() {
        refused(
                replaced("weighting.min_df = 2", "weighting.min_df = 0.75"),
                "lines 12-21, keys weighting.*: max_df (0.5) is below min_df (0.75)");
    }

    @Test
    void unknownField() {
        refused(
                replaced("fields = [text=1.0]", "fields = [text=1.0, summary=2.0]"),
                "line 11, key fields: unknown field 'summary' (expected title, body, tags, section, source, text,"
                        + " or some joined by +)");
    }

    @Test
    void unclosedString() {
        refused(
                replaced("name = \"news\"", "name = \"news"),
                "line 3, key name: expected a closing '\"' at character 6 of the value, found the end");
    }

    @Test
    void unknownEscape() {
        refused(
                replaced("name = \"news\"", "name = \"ne\\ws\""),
                "line 3, key name: expected one of \\\" \\\\ \\n \\r \\t \\uXXXX at character 4 of the value, found"
                        + " '\\ws\"'");
    }

    @Test
    void unclosedList() {
        refused(
                replaced("policy.feedback.rounds = [3, 5, 7]", "policy.feedback.rounds = [3, 5, 7"),
                "line 23, key policy.feedback.rounds: expected ']' at character 9 of the value, found the end");
    }

    @Test
    void lineThatIsNotKeyEqualsValue() {
        refused(NEWS + "just words\n", "line 28: expected 'key = value', was 'just words'");
    }

    @Test
    void keyGivenTwice() {
        refused(NEWS + "weighting.norm = l1\n", "line 28, key weighting.norm: given twice (first on line 17)");
    }

    @Test
    void linesInAnotherOrderWithCommentsAndWindowsLineEndsReadTheSame() {
        String[] lines = NEWS.split("\n");
        StringBuilder reversed = new StringBuilder("# stored by hand\r\n\r\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            reversed.append(lines[i]).append("\r\n");
        }
        assertEquals(Preset.NEWS, PresetCodec.decode(reversed.toString()));
    }
}
