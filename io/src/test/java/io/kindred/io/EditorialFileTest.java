package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.rank.Editorial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Editorial overrides: every kind of line, every error with its place, and skipping. */
class EditorialFileTest {

    private static final Predicate<String> CORPUS = Set.of("a", "b", "c", "17")::contains;

    @TempDir
    Path dir;

    private EditorialFile.Loaded read(String text, ReadOptions options) throws IOException {
        return EditorialFile.read(Fixtures.write(dir, "ed.jsonl", text), CORPUS, options);
    }

    @Test
    void pinsBoostsAndBlocks() throws IOException {
        EditorialFile.Loaded loaded = read("""
            {"article": "a", "pin": "c", "position": 1}

            {"article": "*", "boost": 17, "factor": 1.5}
            {"article": "a", "boost": "b", "factor": 0.5}
            {"block": "b", "article": "c"}
            """, ReadOptions.defaults());
        assertEquals(4, loaded.overrides());
        assertEquals(0, loaded.skipped());
        Editorial e = loaded.editorial();
        assertEquals(List.of(new Editorial.Pin("c", 1)), e.pins("a"));
        assertEquals(List.of(), e.pins("b"));
        assertEquals(1.5, e.boost("b", "17"));
        assertEquals(0.5, e.boost("a", "b"));
        assertEquals(1.0, e.boost("a", "c"));
        assertTrue(e.blocked("c", "b"));
        assertFalse(e.blocked("a", "b"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
          {"article": "a", "pin": "c"} => ed.jsonl:2:1: field "position": required but missing
          {"article": "a", "pin": "c", "position": 0} => ed.jsonl:2:42: field "position": must be >= 1 (1 = first), got 0
          {"article": "a", "pin": "c", "position": 1.5} => ed.jsonl:2:42: field "position": expected an integer, got a number (1.5)
          {"article": "a", "pin": "c", "position": "1"} => ed.jsonl:2:42: field "position": expected an integer, got a string "1"
          {"article": "a", "boost": "c"} => ed.jsonl:2:1: field "factor": required but missing
          {"article": "a", "boost": "c", "factor": 0} => ed.jsonl:2:42: field "factor": must be > 0 (> 1 promotes, < 1 buries), got 0.0
          {"article": "a", "boost": "c", "factor": "x"} => ed.jsonl:2:42: field "factor": expected a number, got a string "x"
          {"article": "a", "block": "c", "factor": 2} => ed.jsonl:2:42: field "factor": goes with boost, not with block
          {"article": "a", "pin": "c", "block": "b", "position": 1} => ed.jsonl:2:39: field "block": one override per line: this line has both "pin" and "block"
          {"article": "a"} => ed.jsonl:2:1: expected one of the fields pin, boost or block
          {"pin": "c", "position": 1} => ed.jsonl:2:1: field "article": required but missing
          {"article": "a", "pin": "c", "position": 1, "note": "x"} => ed.jsonl:2:53: field "note": unknown field (expected article, pin, position, boost, factor, block)
          {"article": "a", "block": "c", "block": "b"} => ed.jsonl:2:41: field "block": appears twice in the object
          {"article": ["a"], "block": "c"} => ed.jsonl:2:13: field "article": expected an article id (a string or an integer), got an array
          {"article": " ", "block": "c"} => ed.jsonl:2:13: field "article": must not be blank, got " "
          {"article": "zz", "block": "c"} => ed.jsonl:2:13: field "article": no article with id "zz" in the corpus
          {"article": "*", "pin": "zz", "position": 2} => ed.jsonl:2:25: field "pin": no article with id "zz" in the corpus
          {"article": "a", "block": "c" => ed.jsonl:2:30: bad JSON: Unexpected end-of-input: expected close marker for Object
          """)
    void errorsNameLineColumnAndField(String line, String message) throws IOException {
        String text = "{\"article\": \"a\", \"block\": \"b\"}\n" + line + "\n{\"article\": \"b\", \"block\": \"c\"}\n";
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read(text, ReadOptions.defaults()));
        assertEquals(message, e.getMessage().replace(dir + "/", ""));

        List<String> reports = new ArrayList<>();
        EditorialFile.Loaded loaded =
                read(text, ReadOptions.defaults().skippingInvalid(x -> reports.add(x.getMessage())));
        assertEquals(2, loaded.overrides());
        assertEquals(1, loaded.skipped());
        assertEquals(1, reports.size());
        assertTrue(loaded.editorial().blocked("b", "c"), "the line after the bad one is read");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(
                java.nio.file.NoSuchFileException.class,
                () -> EditorialFile.read(dir.resolve("none.jsonl"), CORPUS, ReadOptions.defaults()));
    }
}
