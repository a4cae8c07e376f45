package io.kindred.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kindred.core.Article;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The minimal JSON Lines reader and writer of the harness (the real ones belong to the io module): articles
 * {@code {"id", "title", "body", "category", ...}} in, lists {@code {"id", "similar": [{"id", "score"}, ...]}} out, the
 * format of the peers' scripts. UTF-8 always; a {@code .gz} name is read through gzip. Stateless; thread-safe.
 */
public final class JsonLines {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {}

    /**
     * One entry of a list: a neighbour and its score.
     *
     * @param id the neighbour's id
     * @param score its score
     */
    public record Scored(String id, double score) {}

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * Writes articles as JSON Lines (id, title, body, category when known), for the CLI and the Python peers.
     *
     * @param file the output file (plain, not gzipped)
     * @param articles the articles, in order
     * @param categories each article's category, {@code null} where it has none
     * @throws IOException on write errors
     */
    public static void writeArticles(Path file, List<Article> articles, List<String> categories) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = JSON.createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("title", a.title());
                g.writeStringField("body", a.body());
                if (categories.get(i) != null) {
                    g.writeStringField("category", categories.get(i));
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /**
     * Writes one list per query: {@code {"id": q, "similar": [{"id", "score"}...]}}, scores rounded to 9 decimals as
     * the peers' scripts write them.
     *
     * @param file the output file
     * @param ids query ids, in order
     * @param lists the lists, parallel to ids
     * @throws IOException on write errors
     */
    public static void writeLists(Path file, List<String> ids, List<List<Scored>> lists) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = JSON.createGenerator(out)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < ids.size(); i++) {
                g.writeStartObject();
                g.writeStringField("id", ids.get(i));
                g.writeArrayFieldStart("similar");
                for (Scored s : lists.get(i)) {
                    g.writeStartObject();
                    g.writeStringField("id", s.id());
                    g.writeNumberField("score", Math.round(s.score() * 1e9) / 1e9);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    /**
     * Reads lists written by {@link #writeLists} or by a peer script.
     *
     * @param file a JSON Lines file, gzipped if its name ends in .gz
     * @return query id to its list, in file order
     * @throws IOException on read or syntax errors
     */
    public static Map<String, List<Scored>> readLists(Path file) throws IOException {
        Map<String, List<Scored>> out = new LinkedHashMap<>();
        try (InputStream in = open(file);
                JsonParser p = JSON.createParser(in)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                List<Scored> list = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("id")) {
                        id = p.getValueAsString();
                    } else if (name.equals("similar")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String nid = null;
                            double score = Double.NaN;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                p.nextToken();
                                if (f.equals("id")) {
                                    nid = p.getValueAsString();
                                } else if (f.equals("score")) {
                                    score = p.getDoubleValue();
                                } else {
                                    p.skipChildren();
                                }
                            }
                            list.add(new Scored(nid, score));
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                out.put(id, list);
            }
        }
        return out;
    }
}
