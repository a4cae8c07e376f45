package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of invalid record, with its exact message; by default the first stops reading, with skip-invalid it is
 * reported, counted and skipped (the records around it are read) unless the rest of the file cannot be trusted.
 */
class InvalidRecordTest {

    /** A bad record between two good ones ("g1" before, "g2" after). */
    record Case(String file, byte[] content, String message, boolean recoverable) {
        @Override
        public String toString() {
            return message;
        }
    }

    private static final String DATE_RULE =
            "expected an ISO-8601 date such as 2025-01-31 or date-time such as 2025-01-31T09:30:00Z, got ";

    static Stream<Case> cases() {
        return Stream.of(
                jsonl(
                        "{\"id\": \"b\", \"title\": \"x\" \"body\": \"y\"}",
                        "t.jsonl:2:26: bad JSON: Unexpected character ('\"' (code 34)): was expecting "
                                + "comma to separate Object"
                                + " entries"),
                jsonl(
                        "{\"id\": \"b\", \"title\": \"x\"",
                        "t.jsonl:2:25: bad JSON: Unexpected end-of-input: expected close" + " marker for Object"),
                jsonl("{\"title\": \"no id\"}", "t.jsonl:2:1: field \"id\": required but missing"),
                jsonl("{\"id\": \" \\t\"}", "t.jsonl:2:8: field \"id\": must not be blank, got \" \\u0009\""),
                jsonl("{\"id\": null}", "t.jsonl:2:8: field \"id\": expected a string or an integer, got null"),
                jsonl(
                        "{\"id\": 1.5}",
                        "t.jsonl:2:8: field \"id\": expected a string or an integer, got a number (1.5)"),
                jsonl("{\"id\": \"g1\"}", "t.jsonl:2:8: field \"id\": duplicate id \"g1\" (first on line 1)"),
                jsonl(
                        "{\"id\": \"b\", \"title\": {\"text\": \"x\"}}",
                        "t.jsonl:2:22: field \"title\": expected a string, got an object"),
                jsonl(
                        "{\"id\": \"b\", \"url\": true}",
                        "t.jsonl:2:20: field \"url\": expected a string, got a boolean (true)"),
                jsonl(
                        "{\"id\": \"b\", \"body\": [\"x\"]}",
                        "t.jsonl:2:21: field \"body\": expected a string, got an array"),
                jsonl(
                        "{\"id\": \"b\", \"tags\": \"x,y\"}",
                        "t.jsonl:2:21: field \"tags\": expected an array of strings, got a string \"x,y\""),
                jsonl(
                        "{\"id\": \"b\", \"tags\": [\"x\", 5, {}]}",
                        "t.jsonl:2:27: field \"tags\": expected an array of strings, element 1 is a number (5)"),
                jsonl(
                        "{\"id\": \"b\", \"date\": \"31/01/2025\"}",
                        "t.jsonl:2:21: field \"date\": " + DATE_RULE + "\"31/01/2025\""),
                jsonl(
                        "{\"id\": \"b\", \"date\": \"2025-02-30\"}",
                        "t.jsonl:2:21: field \"date\": " + DATE_RULE + "\"2025-02-30\""),
                jsonl(
                        "{\"id\": \"b\", \"date\": 20250131}",
                        "t.jsonl:2:21: field \"date\": expected a string, got a number (20250131)"),
                jsonl(
                        "{\"id\": \"b\", \"title\": \"x\", \"title\": \"y\"}",
                        "t.jsonl:2:36: field \"title\": appears twice in the object"),
                jsonl("[\"b\"]", "t.jsonl:2:1: expected a JSON object, got an array"),
                jsonl(
                        bytes("{\"id\": \"b\", \"body\": \"caf", 0xE9, "!\"}"),
                        "t.jsonl:2:25: field \"body\": invalid UTF-8 (0xE9)"),
                jsonl(
                        bytes("{\"id\": \"b\", \"title\": \"", 0xE2, 0x82, "\", \"date\": \"never\"}"),
                        "t.jsonl:2:23: field \"title\": invalid UTF-8 (0xE2 0x82)"),
                jsonl(
                        bytes("{\"id\": \"b\", \"title\": \"", 0xC0, 0xAF, "\"}"),
                        "t.jsonl:2:23: field \"title\": invalid UTF-8 (0xC0)"),
                jsonl(
                        bytes("{\"id\": \"b\", \"title\": \"", 0xED, 0xA0, 0x80, "\"}"),
                        "t.jsonl:2:23: field \"title\": invalid UTF-8 (0xED 0xA0 0x80)"),
                jsonl(bytes("{\"id\": \"b\"} ", 0xFF), "t.jsonl:2:13: invalid UTF-8 (0xFF)"),
                json(
                        "{\"id\": \"b\", \"title\": {}}",
                        "t.json:3:22: field \"title\": expected a string, got an object",
                        true),
                json("\"b\"", "t.json:3:1: expected a JSON object, got a string \"b\"", true),
                json("[{\"id\": \"b\"}]", "t.json:3:1: expected a JSON object, got an array", true),
                json("{\"id\": \"g1\"}", "t.json:3:8: field \"id\": duplicate id \"g1\" (first on line 2)", true),
                json(
                        bytes("{\"id\": \"b\", \"body\": \"caf", 0xE9, "\"}"),
                        "t.json:3:25: field \"body\": invalid UTF-8 (0xE9)",
                        true),
                json(
                        "{\"id\": \"b\",}",
                        "t.json:3:12: bad JSON: Unexpected character ('}' (code 125)): was expecting "
                                + "double-quote to start field"
                                + " name",
                        false),
                json(bytes("{\"id\": \"b\"} ", 0xFF, ""), "t.json:3:13: invalid UTF-8 (0xFF)", false),
                new Case(
                        "t.json",
                        utf8("\"articles\""),
                        "t.json:1:1: expected a JSON array of article objects, or one object, got a "
                                + "string \"articles\"",
                        false),
                new Case(
                        "t.json",
                        utf8("[{\"id\": \"a\"}] {}"),
                        "t.json:1:15: bad JSON: unexpected content after the end of the document",
                        false),
                csv("b,x", "t.csv:3: expected 3 fields as in the header, got 2"),
                csv("b,x,,", "t.csv:3: expected 3 fields as in the header, got 4"),
                csv("b,\"x\ny\",2025-01-31,z", "t.csv:3: expected 3 fields as in the header, got 4"),
                csv("b,x,yesterday", "t.csv:3:5: field \"date\": " + DATE_RULE + "\"yesterday\""),
                csv("b,\"multi\nline\",yesterday", "t.csv:4:7: field \"date\": " + DATE_RULE + "\"yesterday\""),
                csv(",x,", "t.csv:3: field \"id\": required but missing"),
                csv("\" \",x,", "t.csv:3:1: field \"id\": must not be blank, got \" \""),
                csv("g1,x,", "t.csv:3:1: field \"id\": duplicate id \"g1\" (first on line 2)"),
                csv(bytes("b,caf", 0xE9, ","), "t.csv:3:6: field \"title\": invalid UTF-8 (0xE9)"),
                csv("b,\"x\"y,", "t.csv:3:6: field \"title\": unexpected character 'y' after the closing quote"),
                new Case(
                        "t.csv",
                        utf8("id,title\ng1,a\nb,\"x\n"),
                        "t.csv:3:3: unterminated quoted field: the quote opened here is never closed",
                        false),
                new Case(
                        "t.csv",
                        utf8("ID,Title\ng1,a\n"),
                        "t.csv:1: the header has no \"id\" column (columns: ID, Title; names are case-sensitive)",
                        false),
                new Case(
                        "t.csv",
                        utf8("id,title,title\ng1,a,b\n"),
                        "t.csv:1: the header has the column \"title\" twice",
                        false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theFirstInvalidRecordStopsReading(Case c) throws IOException {
        List<String> ids = new ArrayList<>();
        InvalidRecordException e =
                assertThrows(InvalidRecordException.class, () -> readInto(c, ReadOptions.defaults(), ids));
        assertEquals(c.message(), e.getMessage());
        assertEquals(c.recoverable(), e.recoverable());
        assertEquals("t." + c.file().substring(2), e.source());
        assertFalse(ids.contains("g2"), "nothing after the error is read");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void skipInvalidReportsCountsAndGoesOn(Case c) throws IOException {
        List<String> reports = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ReadOptions options = ReadOptions.defaults().skippingInvalid(e -> reports.add(e.getMessage()));
        if (!c.recoverable()) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> readInto(c, options, ids));
            assertEquals(c.message(), e.getMessage());
            assertTrue(reports.isEmpty());
            return;
        }
        int skipped = readInto(c, options, ids);
        assertEquals(List.of(c.message()), reports);
        assertEquals(1, skipped);
        assertEquals(List.of("g1", "g2"), ids);
    }

    /** Reads the case's articles into ids; returns the number skipped. */
    private static int readInto(Case c, ReadOptions options, List<String> ids) throws IOException {
        try (ArticleReader r = ArticleReader.open(new ByteArrayInputStream(c.content()), c.file(), options)) {
            for (Article a; (a = r.next()) != null; ) {
                ids.add(a.id());
            }
            return r.skipped();
        }
    }

    private static Case jsonl(Object bad, String message) {
        return new Case("t.jsonl", concat("{\"id\": \"g1\"}\n", bad, "\n{\"id\": \"g2\"}\n"), message, true);
    }

    private static Case json(Object bad, String message, boolean recoverable) {
        return new Case(
                "t.json", concat("[\n{\"id\": \"g1\"},\n", bad, ",\n{\"id\": \"g2\"}\n]\n"), message, recoverable);
    }

    private static Case csv(Object bad, String message) {
        return new Case("t.csv", concat("id,title,date\ng1,a,\n", bad, "\ng2,b,\n"), message, true);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Text (UTF-8) and raw bytes (Integer). */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Integer b) {
                out.write(b);
            } else {
                out.writeBytes(utf8((String) p));
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(String before, Object bad, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(before));
        out.writeBytes(bad instanceof byte[] b ? b : utf8((String) bad));
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }
}
