package io.kindred.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Strict UTF-8 decoding for the readers. The decoder reports malformed input ({@link CodingErrorAction#REPORT});
 * instead of failing the whole stream, each malformed sequence is recorded with its position and replaced by U+FFFD, so
 * that a reader can reject just the record that contains it (see {@link #malformedIn}). A leading byte order mark is
 * dropped. Positions count chars after the BOM: offsets from 0, lines and columns from 1, lines ended by {@code '\n'}.
 *
 * <p>Not thread-safe.
 */
final class Utf8Input extends Reader {

    /**
     * A malformed byte sequence.
     *
     * @param offset char offset of its replacement
     * @param line line of its replacement
     * @param column column of its replacement
     * @param bytes the offending bytes, e.g. "0xE9 0x20"
     */
    record Malformed(long offset, long line, long column, String bytes) {
        /** @return the reason for an error message */
        String reason() {
            return "invalid UTF-8 (" + bytes + ")";
        }
    }

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private final ArrayDeque<Malformed> malformed = new ArrayDeque<>();
    private boolean started;
    private boolean endOfBytes;
    private boolean endOfChars;
    private long decoded;
    private long line = 1;
    private long lineStart;
    private char[] scratch = new char[256];
    private char[] lineChars;
    private int lineOffset;
    private int lineLength;
    private boolean lineTooLong;
    private long guardEnd = Long.MAX_VALUE;

    /** @param in the bytes; closed by {@link #close()} */
    Utf8Input(InputStream in) {
        this.in = in;
    }

    /**
     * Signals that a record has grown far beyond its limit: thrown by reads, so that a record without an end (a runaway
     * quote, a file with no line breaks) cannot fill the memory. Immutable.
     */
    static final class RecordOverflow extends IOException {
        private static final long serialVersionUID = 1L;

        RecordOverflow() {
            super("record too long");
        }
    }

    /** Slack above a record's limit before reads fail: more than any parser reads ahead, so never a false alarm. */
    private static final long GUARD_SLACK = 4L * BUFFER;

    /**
     * Makes reads throw {@link RecordOverflow} once the input is well past {@code maxLength} chars after {@code start}.
     * The caller checks the exact length of a record that ends; this only bounds one that does not.
     *
     * @param start char offset where the current record starts
     * @param maxLength the record's limit, in chars
     */
    void limitRecord(long start, long maxLength) {
        guardEnd = maxLength > Long.MAX_VALUE - GUARD_SLACK - start ? Long.MAX_VALUE : start + maxLength + GUARD_SLACK;
    }

    /** @return chars handed out so far: the offset of the next char */
    long position() {
        return decoded - chars.remaining();
    }

    /**
     * The first malformed sequence at or after {@code from} and before {@code to}. Sequences before {@code from} are
     * forgotten: call with non-decreasing {@code from}.
     *
     * @param from first char offset
     * @param to end char offset (exclusive)
     * @return the sequence, or null if there is none
     */
    Malformed malformedIn(long from, long to) {
        while (!malformed.isEmpty() && malformed.peekFirst().offset() < from) {
            malformed.removeFirst();
        }
        Malformed m = malformed.peekFirst();
        return m != null && m.offset() < to ? m : null;
    }

    /**
     * @return the next char, or -1 at the end
     * @throws IOException if the bytes cannot be read
     */
    @Override
    public int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get();
    }

    /**
     * @return the next char without consuming it, or -1 at the end
     * @throws IOException if the bytes cannot be read
     */
    int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        return chars.get(chars.position());
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /**
     * Reads the next line into {@link #lineChars()}, {@link #lineOffset()}, {@link #lineLength()}, without its
     * {@code "\n"} or {@code "\r\n"}. The chars are not copied when the line lies within the decode buffer (most
     * lines): they stay valid until the next read of any kind. A line longer than {@code maxLength} chars is read to
     * its end but not kept: {@link #lineTooLong()} is then true and the line empty.
     *
     * @param maxLength the longest line kept, in chars
     * @return false at the end of the input
     * @throws IOException if the bytes cannot be read
     */
    boolean nextLine(long maxLength) throws IOException {
        boolean any = false;
        long keep = maxLength == Long.MAX_VALUE ? maxLength : maxLength + 1; // room for a "\r" before the "\n"
        long length = 0;
        int copied = 0;
        while (chars.hasRemaining() || fill()) {
            any = true;
            int from = chars.position();
            int limit = chars.limit();
            char[] a = chars.array();
            int i = from;
            while (i < limit && a[i] != '\n') {
                i++;
            }
            boolean end = i < limit;
            chars.position(end ? i + 1 : limit);
            length += i - from;
            if (length > keep) {
                if (end) {
                    return setTooLong();
                }
                continue; // skip the rest of the line without keeping it
            }
            if (end && copied == 0) {
                return setLine(a, from, i - from, maxLength);
            }
            if (copied + (i - from) > scratch.length) {
                scratch = Arrays.copyOf(scratch, Math.max(copied + (i - from), scratch.length * 2));
            }
            System.arraycopy(a, from, scratch, copied, i - from);
            copied += i - from;
            if (end) {
                return setLine(scratch, 0, copied, maxLength);
            }
            // the line goes on in the next buffer: its start is kept in scratch
        }
        return any && (length > keep ? setTooLong() : setLine(scratch, 0, copied, maxLength));
    }

    private boolean setTooLong() {
        lineChars = scratch;
        lineOffset = 0;
        lineLength = 0;
        lineTooLong = true;
        return true;
    }

    private boolean setLine(char[] array, int offset, int length, long maxLength) {
        int content = length > 0 && array[offset + length - 1] == '\r' ? length - 1 : length;
        if (content > maxLength) {
            return setTooLong();
        }
        lineTooLong = false;
        lineChars = array;
        lineOffset = offset;
        lineLength = content;
        return true;
    }

    /** @return whether the line of the last {@link #nextLine} was longer than its limit (and is not kept) */
    boolean lineTooLong() {
        return lineTooLong;
    }

    /** @return the array holding the line of the last {@link #nextLine} */
    char[] lineChars() {
        return lineChars;
    }

    /** @return where that line starts in {@link #lineChars()} */
    int lineOffset() {
        return lineOffset;
    }

    /** @return that line's length in chars */
    int lineLength() {
        return lineLength;
    }

    /** Decodes the next chars into the (empty) char buffer; false at the end of the input. */
    private boolean fill() throws IOException {
        if (endOfChars) {
            return false;
        }
        if (decoded > guardEnd) {
            throw new RecordOverflow();
        }
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        chars.clear();
        while (chars.position() == 0 && !endOfChars) {
            int before = chars.position();
            CoderResult r = decoder.decode(bytes, chars, endOfBytes);
            advance(before);
            if (r.isError()) {
                replace(r.length());
            } else if (r.isUnderflow()) {
                if (endOfBytes) {
                    before = chars.position();
                    decoder.flush(chars);
                    advance(before);
                    endOfChars = true;
                } else {
                    readBytes();
                }
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /** Counts the chars decoded since {@code before} and follows their line breaks. */
    private void advance(int before) {
        char[] a = chars.array();
        for (int i = before, end = chars.position(); i < end; i++) {
            if (a[i] == '\n') {
                line++;
                lineStart = decoded + (i - before) + 1;
            }
        }
        decoded += chars.position() - before;
    }

    /** Records the malformed sequence of {@code length} bytes at the input position and emits U+FFFD for it. */
    private void replace(int length) {
        if (!chars.hasRemaining()) {
            return; // decoded again on the next fill, when there is room for the replacement
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ")
                    .append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xff));
        }
        malformed.addLast(new Malformed(decoded, line, decoded - lineStart + 1, hex.toString()));
        bytes.position(bytes.position() + length);
        int before = chars.position();
        chars.put('\uFFFD');
        advance(before);
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void skipByteOrderMark() throws IOException {
        while (bytes.remaining() < 3 && !endOfBytes) {
            readBytes();
        }
        if (bytes.remaining() >= 3
                && (bytes.get(0) & 0xff) == 0xEF
                && (bytes.get(1) & 0xff) == 0xBB
                && (bytes.get(2) & 0xff) == 0xBF) {
            bytes.position(3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
