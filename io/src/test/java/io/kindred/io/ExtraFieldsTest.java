package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requested fields that are not article fields (labels such as "story") are kept as text and validated. */
class ExtraFieldsTest {

    private static final ReadOptions STORY = ReadOptions.defaults().withExtraFields(Set.of("story", "rank"));

    private static List<ArticleRecord> read(String name, String text, ReadOptions options) throws IOException {
        try (ArticleReader r =
                ArticleReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, options)) {
            return r.readAllRecords();
        }
    }

    @Test
    void jsonValuesAreKeptAsTextAndArraysJoinedByBars() throws IOException {
        List<ArticleRecord> r = read("t.jsonl", """
            {"id": "a", "story": "icc", "rank": 3, "other": {"ignored": true}}
            {"id": "b", "story": ["icc", "courts"], "rank": 2.5}
            {"id": "c", "story": null, "rank": true}
            {"id": "d"}
            """, STORY);
        assertEquals(Map.of("story", "icc", "rank", "3"), r.get(0).extra());
        assertEquals(Map.of("story", "icc|courts", "rank", "2.5"), r.get(1).extra());
        assertEquals(Map.of("rank", "true"), r.get(2).extra());
        assertEquals(Map.of(), r.get(3).extra());
        assertEquals("a", r.get(0).article().id());
    }

    @Test
    void jsonArrayAndCsvToo() throws IOException {
        List<ArticleRecord> r = read("t.json", "[{\"id\": \"a\", \"story\": \"x\"}, {\"id\": \"b\"}]", STORY);
        assertEquals(Map.of("story", "x"), r.get(0).extra());
        assertEquals(Map.of(), r.get(1).extra());
        r = read("t.csv", "id,story,title,other\na,\"x|y\",T,o\nb,,T,o\n", STORY);
        assertEquals(Map.of("story", "x|y"), r.get(0).extra());
        assertEquals("T", r.get(0).article().title());
        assertEquals(Map.of(), r.get(1).extra());
    }

    @Test
    void withoutTheRequestOtherFieldsAreIgnoredAsBefore() throws IOException {
        List<ArticleRecord> r =
                read("t.jsonl", "{\"id\": \"a\", \"story\": {}, \"story\": 1}\n", ReadOptions.defaults());
        assertEquals(Map.of(), r.get(0).extra());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
          {"id": "a", "story": {"x": 1}} => t.jsonl:1:22: field "story": expected a string, a number, a boolean or an array of strings, got an object
          {"id": "a", "story": ["x", 2]} => t.jsonl:1:28: field "story": expected an array of strings, element 1 is a number (2)
          {"id": "a", "story": "x", "story": "y"} => t.jsonl:1:36: field "story": appears twice in the object
          """)
    void badValuesAreInvalidRecords(String line, String message) {
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> read("t.jsonl", line, STORY));
        assertEquals(message, e.getMessage());
        assertEquals(true, e.recoverable());
    }

    @Test
    void aRepeatedCsvColumnIsABadHeader() {
        InvalidRecordException e =
                assertThrows(InvalidRecordException.class, () -> read("t.csv", "id,story,story\na,x,y\n", STORY));
        assertEquals("t.csv:1: the header has the column \"story\" twice", e.getMessage());
    }

    @Test
    void skippedRecordsAreCounted() throws IOException {
        List<String> reports = new ArrayList<>();
        String text = "{\"id\": \"a\", \"story\": \"x\"}\n{\"id\": \"b\", \"story\": {}}\n{\"id\": \"c\"}\n";
        try (ArticleReader r = ArticleReader.open(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "t.jsonl",
                STORY.skippingInvalid(e -> reports.add(e.getMessage())))) {
            assertEquals(2, r.readAllRecords().size());
            assertEquals(1, r.skipped());
        }
        assertEquals(1, reports.size());
    }

    @Test
    void articleFieldsAreNotExtraFields() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> ReadOptions.defaults().withExtraFields(Set.of("category")));
        assertEquals("'category' is an article field, not an extra field: read it from the article", e.getMessage());
    }
}
