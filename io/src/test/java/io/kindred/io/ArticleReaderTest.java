package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {

    @TempDir
    Path dir;

    static List<Article> read(Path file) throws IOException {
        try (ArticleReader r = ArticleReader.open(file, ReadOptions.defaults())) {
            return r.readAll();
        }
    }

    static List<Article> read(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (ArticleReader r = ArticleReader.open(new ByteArrayInputStream(bytes), name, ReadOptions.defaults())) {
            return r.readAll();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.jsonl", "a.ndjson", "a.json", "a.csv", "a.jsonl.gz", "a.json.gz", "a.CSV.GZ"})
    void everyFormatReadsTheSameArticles(String name) throws IOException {
        InputFormat format = InputFormat.fromFileName(name);
        String text = switch (format) {
            case JSONL -> Fixtures.jsonLines(Fixtures.ARTICLES);
            case JSON -> Fixtures.jsonArray(Fixtures.ARTICLES);
            case CSV -> Fixtures.csv(Fixtures.ARTICLES);
        };
        assertEquals(Fixtures.ARTICLES, read(Fixtures.write(dir, name, text)));
    }

    @Test
    void gzipIsRecognisedByContentAndFormatCanBeExplicit() throws IOException {
        Path file = Fixtures.write(dir, "export.data.gz", Fixtures.jsonLines(Fixtures.ARTICLES));
        Files.move(file, dir.resolve("export.data"));
        ReadOptions options = ReadOptions.defaults().withFormat(InputFormat.JSONL);
        try (ArticleReader r = ArticleReader.open(dir.resolve("export.data"), options)) {
            assertEquals(Fixtures.ARTICLES, r.readAll());
        }
    }

    @Test
    void unknownExtensionNeedsAnExplicitFormat() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> read("articles.txt", "{\"id\": \"a\"}\n"));
        assertEquals(
                "cannot tell the format of 'articles.txt' from its name: expected .jsonl, .ndjson, .json "
                        + "or .csv, optionally"
                        + " followed by .gz; or give the format explicitly",
                e.getMessage());
    }

    @Test
    void datesInEveryAcceptedForm() throws IOException {
        List<Article> a = read("d.jsonl", """
            {"id": "day", "date": "2025-01-31"}
            {"id": "zulu", "date": "2025-01-31T09:30:00Z"}
            {"id": "offset", "date": "2025-01-31T10:30:00+01:00"}
            {"id": "local", "date": "2025-01-31T09:30:00"}
            {"id": "fraction", "date": "2025-01-31T09:30:00.250Z"}
            {"id": "zone", "date": "2025-07-31T11:30:00+02:00[Europe/Paris]"}
            {"id": "blank", "date": ""}
            {"id": "null", "date": null}
            """);
        assertEquals(Instant.parse("2025-01-31T00:00:00Z"), a.get(0).published());
        for (int i = 1; i <= 3; i++) {
            assertEquals(
                    Instant.parse("2025-01-31T09:30:00Z"),
                    a.get(i).published(),
                    a.get(i).id());
        }
        assertEquals(Instant.parse("2025-01-31T09:30:00.250Z"), a.get(4).published());
        assertEquals(Instant.parse("2025-07-31T09:30:00Z"), a.get(5).published());
        assertNull(a.get(6).published());
        assertNull(a.get(7).published());
    }

    /** Plain dates take a fast path: it must accept and reject exactly what {@code LocalDate.parse} does. */
    @Test
    void plainDatesAgreeWithTheJdkParser() throws IOException {
        long seed = Long.getLong("kindred.seed", System.nanoTime());
        System.out.println(
                "plainDatesAgreeWithTheJdkParser: seed " + seed + " (replay with -Dkindred.seed=" + seed + ")");
        java.util.Random random = new java.util.Random(seed);
        List<String> dates = new ArrayList<>(List.of(
                "2024-02-29",
                "2023-02-29",
                "2025-02-30",
                "2025-00-10",
                "2025-13-01",
                "2025-12-31",
                "0000-01-01",
                "9999-12-31",
                "2025-1-031",
                "2025/01/31",
                "2025-01-3x",
                "+2025-01-3"));
        for (int i = 0; i < 2000; i++) {
            dates.add(String.format(
                    java.util.Locale.ROOT,
                    "%04d-%02d-%02d",
                    random.nextInt(10_000),
                    random.nextInt(14),
                    random.nextInt(33)));
        }
        for (String date : dates) {
            Instant expected;
            try {
                expected = java.time.LocalDate.parse(date)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            String line = "{\"id\": \"a\", \"date\": \"" + date + "\"}\n";
            if (expected == null) {
                assertThrows(InvalidRecordException.class, () -> read("d.jsonl", line), date);
            } else {
                assertEquals(expected, read("d.jsonl", line).get(0).published(), date);
            }
        }
    }

    @Test
    void valuesAsGiven() throws IOException {
        List<Article> a = read("v.jsonl", """
            {"id": 42, "title": "", "body": null, "section": "s", "category": "c", "tags": null, "story": "x"}
            {"id": -7, "category": "c", "tags": [], "nested": {"id": "not me", "deep": [[{}]]}}
            {"id": " padded ", "language": "tr"}
            """);
        assertEquals(new Article("42", "", null, null, null, "s", List.of(), null, null), a.get(0));
        assertEquals(new Article("-7", null, null, null, null, "c", List.of(), null, null), a.get(1));
        assertEquals(" padded ", a.get(2).id());
        assertEquals("tr", a.get(2).language());
    }

    @Test
    void byteOrderMarkBlankLinesAndCrLf() throws IOException {
        List<Article> a = read("b.jsonl", "\uFEFF{\"id\": \"a\"}\r\n\r\n   \n{\"id\": \"b\"}");
        assertEquals(List.of("a", "b"), a.stream().map(Article::id).toList());
        assertEquals(List.of(), read("e.jsonl", ""));
        assertEquals(List.of(), read("e.json", "  \n"));
        assertEquals(List.of(), read("e.json", "[]"));
        assertEquals(List.of(), read("e.csv", ""));
        assertEquals(List.of(), read("e.csv", "id,title\n"));
    }

    @Test
    void aSingleJsonObjectIsOneArticle() throws IOException {
        assertEquals(List.of(Article.of("x", "T", null)), read("one.json", "{\"id\": \"x\", \"title\": \"T\"}\n"));
    }

    @Test
    void csvQuotingAndTags() throws IOException {
        List<Article> a = read(
                "q.csv",
                "title,id,tags,body\n"
                        + "\"a, \"\"b\"\"\",1, x | y ||z ,\"two\nlines\"\n"
                        + "say \"hi\",2,,\n"
                        + "\"\",3,\"\",\"\"\n");
        assertEquals(
                new Article("1", "a, \"b\"", "two\nlines", null, null, null, List.of("x", "y", "z"), null, null),
                a.get(0));
        assertEquals("say \"hi\"", a.get(1).title());
        assertEquals(Article.of("3", null, null), a.get(2));
    }

    @Test
    void longInputsCrossBufferBoundaries() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        StringBuilder csv = new StringBuilder("id,body\n");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String body = "ğ€😀".repeat(100 + i * 7) + i;
            bodies.add(body);
            jsonl.append("{\"id\": \"")
                    .append(i)
                    .append("\", \"body\": \"")
                    .append(body)
                    .append("\"}\n");
            csv.append(i).append(",\"").append(body).append("\"\n");
        }
        for (String name : List.of("long.jsonl", "long.csv", "long.jsonl.gz")) {
            String text = name.contains(".jsonl") ? jsonl.toString() : csv.toString();
            List<Article> a = read(Fixtures.write(dir, name, text));
            assertEquals(bodies, a.stream().map(Article::body).toList(), name);
        }
    }

    @Test
    void progressCountsTheFileBytes() throws IOException {
        Path file = Fixtures.write(dir, "p.jsonl.gz", Fixtures.jsonLines(Fixtures.ARTICLES));
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        ReadOptions options = ReadOptions.defaults().withProgress((d, t) -> {
            done.set(d);
            total.set(t);
        });
        try (ArticleReader r = ArticleReader.open(file, options)) {
            assertEquals(4, r.readAll().size());
            assertEquals(file.toString(), r.name());
        }
        assertEquals(Files.size(file), total.get());
        assertEquals(Files.size(file), done.get());
    }
}
