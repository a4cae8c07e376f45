package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgmentFileTest {

    @TempDir
    Path dir;

    private JudgmentFile.Loaded read(String text, ReadOptions options) throws IOException {
        return JudgmentFile.read(Fixtures.write(dir, "j.jsonl.gz", text), Set.of("a", "b", "7")::contains, options);
    }

    @Test
    void pairsInFileOrder() throws IOException {
        JudgmentFile.Loaded loaded = read(
                "{\"id1\": \"a\", \"id2\": \"b\", \"score\": 3}\n\n{\"score\": -0.5, \"id2\": 7, \"id1\": \"a\"}\n",
                ReadOptions.defaults());
        assertEquals(List.of(new Judgment("a", "b", 3), new Judgment("a", "7", -0.5)), loaded.judgments());
        assertEquals(0, loaded.skipped());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
          {"id1": "a", "id2": "b"} => j.jsonl.gz:1:1: field "score": required but missing
          {"id1": "a", "id2": "x", "score": 1} => j.jsonl.gz:1:21: field "id2": no article with id "x" in the corpus
          {"id1": "a", "id2": "b", "score": "high"} => j.jsonl.gz:1:35: field "score": expected a number, got a string "high"
          {"id1": "a", "id2": "b", "score": 1, "note": 1} => j.jsonl.gz:1:46: field "note": unknown field (expected id1, id2, score)
          """)
    void errors(String line, String message) throws IOException {
        InvalidRecordException e =
                assertThrows(InvalidRecordException.class, () -> read(line + "\n", ReadOptions.defaults()));
        assertEquals(message, e.getMessage().replace(dir + "/", ""));
        JudgmentFile.Loaded loaded = read(
                line + "\n{\"id1\": \"a\", \"id2\": \"b\", \"score\": 1}\n",
                ReadOptions.defaults().skippingInvalid(x -> {}));
        assertEquals(1, loaded.skipped());
        assertEquals(1, loaded.judgments().size());
    }
}
