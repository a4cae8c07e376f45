package io.kindred.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.kindred.core.Article;
import io.kindred.core.Progress;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from JSON Lines, a JSON array or CSV, streaming and validated; gzip-compressed input is recognised by
 * its content and decompressed.
 *
 * <pre>{@code
 * try (ArticleReader reader = ArticleReader.open(Path.of("articles.jsonl.gz"), ReadOptions.defaults())) {
 *   List<Article> articles = reader.readAll();
 * }
 * }</pre>
 *
 * <p>Fields (other names are ignored): {@code id} (required: a non-blank string, or a JSON integer, which becomes its
 * decimal digits; unique in the file), {@code title}, {@code body}, {@code url}, {@code date} (ISO-8601 date or
 * date-time, see {@link ArticleFields}), {@code section} or its alias {@code category}, {@code tags} (a JSON array of
 * strings; in CSV one field, separated by {@code |}), {@code source}, {@code language}; and the
 * {@linkplain ReadOptions#extraFields() extra fields} requested, whose values {@link #nextRecord()} returns.
 *
 * <p>Every record is checked: JSON or CSV syntax, the id, the types of the values, dates, UTF-8 (decoded strictly), CSV
 * field counts. By default the first invalid record stops reading with an {@link InvalidRecordException} naming the
 * file, line, column (JSON) and field; with {@link ReadOptions#skippingInvalid} invalid records are reported, counted
 * ({@link #skipped()}) and skipped, except for errors after which the rest of the file cannot be read reliably (see
 * {@link InvalidRecordException#recoverable()}).
 *
 * <p>Not thread-safe.
 */
public final class ArticleReader implements Closeable {

    /** Strings are bounded by the record size limit (see {@link ReadOptions#maxRecordSize()}), not by Jackson's. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private static final int BUFFER = 1 << 16;

    private final CheckedRecords<SourceRecord> records;
    private final String name;
    private final Map<String, Long> idLines = new HashMap<>();

    private ArticleReader(RecordSource<SourceRecord> source, String name, ReadOptions options) {
        this.records = new CheckedRecords<>(source, options, this::checkUnique);
        this.name = name;
    }

    /**
     * Opens a file. The format is {@link ReadOptions#format()} or, if null, the file name's.
     *
     * @param file the file; its path as given names it in errors
     * @param options how to read
     * @return the reader
     * @throws IOException if the file cannot be opened or is a folder
     * @throws IllegalArgumentException if no format is given and the file name does not tell it
     */
    public static ArticleReader open(Path file, ReadOptions options) throws IOException {
        String name = file.toString();
        requireFile(file);
        InputFormat format = format(name, options);
        long size = Files.size(file);
        InputStream in = new Counting(Files.newInputStream(file), size, options.progress());
        return open(in, name, format, options);
    }

    /**
     * Opens a stream, for example standard input or a resource. No progress is reported.
     *
     * @param in the bytes; closed with the reader
     * @param name names the input in errors (and tells its format if {@link ReadOptions#format()} is null)
     * @param options how to read
     * @return the reader
     * @throws IOException if the stream cannot be read
     * @throws IllegalArgumentException if no format is given and the name does not tell it
     */
    public static ArticleReader open(InputStream in, String name, ReadOptions options) throws IOException {
        return open(in, name, format(name, options), options);
    }

    private static ArticleReader open(InputStream raw, String name, InputFormat format, ReadOptions options)
            throws IOException {
        Objects.requireNonNull(raw, "in");
        try {
            Utf8Input text = new Utf8Input(decompressed(raw, name));
            long max = options.maxRecordSize();
            RecordSource<SourceRecord> source = switch (format) {
                case JSONL ->
                    new JsonLinesSource<>(
                            JSON, text, name, JsonArticleFields.factory(name, options.extraFields()), max);
                case JSON ->
                    new JsonArraySource(JSON, text, name, JsonArticleFields.factory(name, options.extraFields()), max);
                case CSV -> new CsvSource(text, name, options.extraFields(), max);
            };
            return new ArticleReader(source, name, options);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static InputFormat format(String name, ReadOptions options) {
        return options.format() != null ? options.format() : InputFormat.fromFileName(name);
    }

    /**
     * Opens a JSON Lines file of other records than articles (editorial overrides, judgments): gzip-compressed or not,
     * strictly decoded as UTF-8.
     *
     * @param file the file; its path as given names it in errors
     * @param fields reads each object
     * @param maxRecordSize the longest line read, in chars
     * @return the records
     * @throws IOException if the file cannot be opened or is a folder
     */
    static <T> RecordSource<T> openJsonLines(
            Path file, Function<String, JsonObjectParser.FieldsFactory<T>> fields, long maxRecordSize)
            throws IOException {
        requireFile(file);
        InputStream raw = Files.newInputStream(file);
        try {
            String name = file.toString();
            return new JsonLinesSource<>(
                    JSON, new Utf8Input(decompressed(raw, name)), name, fields.apply(name), maxRecordSize);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** A folder opens on some systems and fails at the first read with a message that names no file: refuse it now. */
    private static void requireFile(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("cannot read " + file + ": it is a folder");
        }
    }

    /** The stream, decompressed if it starts with the gzip magic number; gzip errors name the input. */
    private static InputStream decompressed(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 != 0x1f || b2 != 0x8b) {
            return in;
        }
        try {
            return new GzipErrors(new GZIPInputStream(in, BUFFER), name);
        } catch (EOFException e) {
            throw GzipErrors.truncated(name);
        } catch (ZipException e) {
            throw GzipErrors.corrupt(name, e);
        }
    }

    /** @return the input's name, as used in error messages */
    public String name() {
        return name;
    }

    /**
     * @return the next valid article, or null at the end of the input
     * @throws InvalidRecordException for an invalid record (unless it is skipped)
     * @throws IOException if the input cannot be read
     */
    public Article next() throws IOException {
        SourceRecord r = records.next();
        return r == null ? null : r.article();
    }

    /**
     * @return the next valid article with its requested extra fields, or null at the end of the input
     * @throws InvalidRecordException for an invalid record (unless it is skipped)
     * @throws IOException if the input cannot be read
     */
    public ArticleRecord nextRecord() throws IOException {
        SourceRecord r = records.next();
        return r == null ? null : new ArticleRecord(r.article(), r.extra());
    }

    /**
     * @return the remaining valid articles, in input order
     * @throws InvalidRecordException for an invalid record (unless it is skipped)
     * @throws IOException if the input cannot be read
     */
    public List<Article> readAll() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Article a; (a = next()) != null; ) {
            articles.add(a);
        }
        return articles;
    }

    /**
     * @return the remaining valid articles with their requested extra fields, in input order
     * @throws InvalidRecordException for an invalid record (unless it is skipped)
     * @throws IOException if the input cannot be read
     */
    public List<ArticleRecord> readAllRecords() throws IOException {
        List<ArticleRecord> out = new ArrayList<>();
        for (ArticleRecord r; (r = nextRecord()) != null; ) {
            out.add(r);
        }
        return out;
    }

    /** @return the number of invalid records skipped so far */
    public int skipped() {
        return records.skipped();
    }

    private void checkUnique(SourceRecord r) throws InvalidRecordException {
        Long first = idLines.putIfAbsent(r.article().id(), r.line());
        if (first != null) {
            throw new InvalidRecordException(
                    name,
                    r.line(),
                    r.column(),
                    "id",
                    "duplicate id " + ArticleFields.quote(r.article().id()) + " (first on line " + first + ")",
                    true);
        }
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    /** Gives gzip's errors the input's name and plain words: a file cut short, or damaged data. */
    private static final class GzipErrors extends FilterInputStream {
        private final String name;

        GzipErrors(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        static IOException truncated(String name) {
            return new IOException(name + ": truncated gzip stream (the file ends before its compressed data does)");
        }

        static IOException corrupt(String name, ZipException e) {
            return new IOException(name + ": corrupt gzip stream (" + e.getMessage() + ")", e);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                throw truncated(name);
            } catch (ZipException e) {
                throw corrupt(name, e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                throw truncated(name);
            } catch (ZipException e) {
                throw corrupt(name, e);
            }
        }
    }

    /** Counts the bytes read from a file for progress reports. */
    private static final class Counting extends FilterInputStream {
        private final long size;
        private final Progress progress;
        private long count;

        Counting(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.update(++count, size);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.update(count, size);
            }
            return n;
        }
    }
}
