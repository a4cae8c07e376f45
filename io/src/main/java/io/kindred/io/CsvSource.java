package io.kindred.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSV with a header row (RFC 4180): fields separated by commas, optionally in double quotes (then they may hold commas,
 * line breaks and doubled quotes); rows end with {@code "\n"} or {@code "\r\n"}; blank lines are ignored. A quote
 * inside an unquoted field is kept as a character. Header names are matched exactly (see {@link ArticleFields}); an
 * empty value counts as absent; {@code tags} are separated by {@code |}; requested extra fields are kept as they are.
 *
 * <p>A row with the wrong number of fields, text after a closing quote, bad values, invalid UTF-8 or more characters
 * than the record size limit is a recoverable error; a bad header, an unterminated quote at the end of the file or a
 * row found far beyond the limit before its end is not. An empty file has no articles. Not thread-safe.
 */
final class CsvSource implements RecordSource<SourceRecord> {

    private final Utf8Input in;
    private final String file;
    private final Set<String> extraNames;
    private final long maxRecordSize;
    private final StringBuilder value = new StringBuilder();
    private final List<String> values = new ArrayList<>();
    private long[] starts = new long[16]; // per field: offset, line, column
    private String[] header;
    private long line = 1;
    private long lineStart;
    private long rowLine;
    private boolean firstQuoted;
    private InvalidRecordException rowError;

    /**
     * @param in the decoded input
     * @param file the file name, for errors
     * @param extraNames the other columns whose values are kept
     * @param maxRecordSize the longest row read, in chars
     */
    CsvSource(Utf8Input in, String file, Set<String> extraNames, long maxRecordSize) {
        this.maxRecordSize = maxRecordSize;
        this.in = in;
        this.file = file;
        this.extraNames = extraNames;
    }

    @Override
    public SourceRecord next() throws IOException {
        while (true) {
            long start = in.position();
            in.limitRecord(start, maxRecordSize);
            if (!readRow()) {
                return null;
            }
            if (in.position() - start > maxRecordSize) {
                throw new RecordTooLargeException(file, rowLine, 0, maxRecordSize, header != null);
            }
            if (values.size() == 1 && values.get(0).isEmpty() && !firstQuoted) {
                continue;
            }
            Utf8Input.Malformed m = in.malformedIn(start, in.position());
            if (header == null) {
                readHeader(m);
                continue;
            }
            if (m != null) {
                throw new InvalidRecordException(file, m.line(), m.column(), fieldAt(m.offset()), m.reason(), true);
            }
            if (rowError != null) {
                throw rowError;
            }
            if (values.size() != header.length) {
                throw new InvalidRecordException(
                        file,
                        rowLine,
                        0,
                        null,
                        "expected " + header.length + " fields as in the header, got " + values.size(),
                        true);
            }
            return article();
        }
    }

    private SourceRecord article() throws InvalidRecordException {
        ArticleFields fields = new ArticleFields(file, rowLine, 0, extraNames);
        for (int i = 0; i < header.length; i++) {
            String v = values.get(i);
            if (v.isEmpty()) {
                continue;
            }
            if (ArticleFields.bit(header[i]) == 0) {
                if (fields.keeps(header[i])) {
                    fields.extra(header[i], v, starts[3 * i + 1], starts[3 * i + 2]);
                }
            } else if (header[i].equals("tags")) {
                fields.tags(tags(v));
            } else {
                fields.set(header[i], v, starts[3 * i + 1], starts[3 * i + 2]);
            }
        }
        return fields.build();
    }

    private static List<String> tags(String v) {
        List<String> tags = new ArrayList<>();
        for (String t : v.split("\\|")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return tags;
    }

    private void readHeader(Utf8Input.Malformed m) throws InvalidRecordException {
        if (m != null) {
            throw new InvalidRecordException(file, m.line(), m.column(), null, "header: " + m.reason(), false);
        }
        if (rowError != null) {
            throw fatal(rowError.line(), "header: " + rowError.reason());
        }
        String[] names = new String[values.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = values.get(i).strip();
            boolean kept = ArticleFields.bit(names[i]) != 0 || extraNames.contains(names[i]);
            if (kept && !seen.add(names[i])) {
                throw fatal(rowLine, "the header has the column \"" + names[i] + "\" twice");
            }
        }
        if (!seen.contains("id")) {
            throw fatal(
                    rowLine,
                    "the header has no \"id\" column (columns: " + String.join(", ", names)
                            + "; names are case-sensitive)");
        }
        header = names;
    }

    /** Reads one row into {@link #values}; false at the end of the input. */
    private boolean readRow() throws IOException {
        values.clear();
        rowError = null;
        rowLine = line;
        try {
            if (in.peek() < 0) {
                return false;
            }
            readFields();
            return true;
        } catch (Utf8Input.RecordOverflow e) {
            throw new RecordTooLargeException(file, rowLine, 0, maxRecordSize, false);
        }
    }

    private void readFields() throws IOException {
        while (true) {
            markField(values.size());
            value.setLength(0);
            int c = read();
            boolean quoted = c == '"';
            if (values.isEmpty()) {
                firstQuoted = quoted;
            }
            if (quoted) {
                c = readQuoted();
                if (!endOfField(c) && rowError == null) {
                    rowError = new InvalidRecordException(
                            file,
                            line,
                            in.position() - lineStart,
                            header == null ? null : fieldName(values.size()),
                            "unexpected character '" + (char) c + "' after the closing quote",
                            true);
                }
            }
            while (!endOfField(c)) {
                value.append((char) c);
                c = read();
            }
            values.add(value.toString());
            if (c == '\r') {
                read();
            }
            if (c != ',') {
                return;
            }
        }
    }

    /** Reads a quoted field's content after its opening quote; returns the char after the closing quote. */
    private int readQuoted() throws IOException {
        long quoteLine = line;
        long quoteColumn = in.position() - lineStart;
        while (true) {
            int c = read();
            if (c < 0) {
                throw fatal(quoteLine, quoteColumn, "unterminated quoted field: the quote opened here is never closed");
            }
            if (c == '"') {
                if (in.peek() != '"') {
                    return read();
                }
                read();
            }
            value.append((char) c);
        }
    }

    private boolean endOfField(int c) throws IOException {
        return c < 0 || c == ',' || c == '\n' || (c == '\r' && in.peek() == '\n');
    }

    private int read() throws IOException {
        int c = in.read();
        if (c == '\n') {
            line++;
            lineStart = in.position();
        }
        return c;
    }

    private void markField(int i) {
        if (3 * i + 3 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[3 * i] = in.position();
        starts[3 * i + 1] = line;
        starts[3 * i + 2] = in.position() - lineStart + 1;
    }

    /** @return the name of the field that holds the offset, or null */
    private String fieldAt(long offset) {
        int i = 0;
        while (i + 1 < values.size() && starts[3 * (i + 1)] <= offset) {
            i++;
        }
        return fieldName(i);
    }

    private String fieldName(int i) {
        return header != null && i < header.length ? header[i] : null;
    }

    private InvalidRecordException fatal(long line, String reason) {
        return fatal(line, 0, reason);
    }

    private InvalidRecordException fatal(long line, long column, String reason) {
        return new InvalidRecordException(file, line, column, null, reason, false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
