package io.kindred.core.store;

import io.kindred.core.Article;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every field of an {@link Article} and reads it back equal, {@code null}s included: the id, title, body and url
 * as {@link DataCodec} strings; the publication instant as a byte 0 (absent) or 1 followed by its epoch second (long)
 * and nanosecond (int); the section; the tags as a count and strings; the source and the language. The caller's file
 * format carries the version. Stateless and thread-safe.
 */
public final class ArticleCodec {

    private ArticleCodec() {}

    /**
     * @param out where to write
     * @param article the article
     * @throws IOException if a write fails
     */
    public static void write(DataOutput out, Article article) throws IOException {
        DataCodec.writeString(out, article.id());
        DataCodec.writeString(out, article.title());
        DataCodec.writeString(out, article.body());
        DataCodec.writeString(out, article.url());
        Instant published = article.published();
        out.writeBoolean(published != null);
        if (published != null) {
            out.writeLong(published.getEpochSecond());
            out.writeInt(published.getNano());
        }
        DataCodec.writeString(out, article.section());
        out.writeInt(article.tags().size());
        for (String tag : article.tags()) {
            DataCodec.writeString(out, tag);
        }
        DataCodec.writeString(out, article.source());
        DataCodec.writeString(out, article.language());
    }

    /**
     * @param in where to read, after {@link #write}
     * @return the article
     * @throws IOException if a read fails or the bytes are no article (a null or blank id, a null tag, an invalid
     *     instant, a negative count)
     */
    public static Article read(DataInput in) throws IOException {
        String id = DataCodec.readString(in);
        String title = DataCodec.readString(in);
        String body = DataCodec.readString(in);
        String url = DataCodec.readString(in);
        Instant published = null;
        if (in.readBoolean()) {
            long seconds = in.readLong();
            int nanos = in.readInt();
            try {
                if (nanos < 0 || nanos >= 1_000_000_000) {
                    throw new DateTimeException("nanosecond out of range");
                }
                published = Instant.ofEpochSecond(seconds, nanos);
            } catch (DateTimeException e) {
                throw new IOException(
                        "invalid instant (" + seconds + " s, " + nanos + " ns) of article '" + id + "'", e);
            }
        }
        String section = DataCodec.readString(in);
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("invalid tag count " + count + " of article '" + id + "'");
        }
        List<String> tags = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            tags.add(DataCodec.readString(in));
        }
        String source = DataCodec.readString(in);
        String language = DataCodec.readString(in);
        try {
            return new Article(id, title, body, url, published, section, tags, source, language);
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException("invalid article '" + id + "': " + e.getMessage(), e);
        }
    }
}
