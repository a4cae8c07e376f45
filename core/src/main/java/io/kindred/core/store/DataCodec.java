package io.kindred.core.store;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Compact, fast encodings of arrays and strings on a {@link DataOutput} and back. Each value is an int count, then the
 * elements big-endian, converted in bulk through a {@link ByteBuffer} of at most 64 KiB (not one call per element).
 *
 * <p>A string is its UTF-8 byte count, then the bytes; {@code null} is the count -1. A string UTF-8 cannot hold (one
 * with an unpaired surrogate, which decoding would turn into U+FFFD) is the count -2, its UTF-16 length, then its
 * UTF-16 units, so that every string reads back exactly as written.
 *
 * <p>Inside a {@link StoreFile} body, a count larger than the rest of the body is refused before anything is allocated.
 * Stateless and thread-safe.
 */
public final class DataCodec {

    private static final int CHUNK = 1 << 16;
    private static final int NULL = -1;
    private static final int UTF16 = -2;

    private DataCodec() {}

    /** Moves {@code count} elements from index {@code offset} between an array and a buffer. */
    @FunctionalInterface
    private interface Transfer {
        void apply(ByteBuffer buffer, int offset, int count);
    }

    /**
     * @param out where to write
     * @param values the values, not {@code null}
     * @throws IOException if a write fails
     */
    public static void writeInts(DataOutput out, int[] values) throws IOException {
        write(out, values.length, Integer.BYTES, (b, off, n) -> b.asIntBuffer().put(values, off, n));
    }

    /**
     * @param in where to read, after {@link #writeInts}
     * @return the values
     * @throws IOException if a read fails or the count is negative or beyond the body
     */
    public static int[] readInts(DataInput in) throws IOException {
        int[] values = new int[count(in, Integer.BYTES)];
        read(in, values.length, Integer.BYTES, (b, off, n) -> b.asIntBuffer().get(values, off, n));
        return values;
    }

    /**
     * @param out where to write
     * @param values the values, not {@code null}
     * @throws IOException if a write fails
     */
    public static void writeLongs(DataOutput out, long[] values) throws IOException {
        write(out, values.length, Long.BYTES, (b, off, n) -> b.asLongBuffer().put(values, off, n));
    }

    /**
     * @param in where to read, after {@link #writeLongs}
     * @return the values
     * @throws IOException if a read fails or the count is negative or beyond the body
     */
    public static long[] readLongs(DataInput in) throws IOException {
        long[] values = new long[count(in, Long.BYTES)];
        read(in, values.length, Long.BYTES, (b, off, n) -> b.asLongBuffer().get(values, off, n));
        return values;
    }

    /**
     * @param out where to write
     * @param values the values, not {@code null}; NaNs keep their bits
     * @throws IOException if a write fails
     */
    public static void writeFloats(DataOutput out, float[] values) throws IOException {
        write(out, values.length, Float.BYTES, (b, off, n) -> b.asFloatBuffer().put(values, off, n));
    }

    /**
     * @param in where to read, after {@link #writeFloats}
     * @return the values
     * @throws IOException if a read fails or the count is negative or beyond the body
     */
    public static float[] readFloats(DataInput in) throws IOException {
        float[] values = new float[count(in, Float.BYTES)];
        read(in, values.length, Float.BYTES, (b, off, n) -> b.asFloatBuffer().get(values, off, n));
        return values;
    }

    /**
     * @param out where to write
     * @param values the values, not {@code null}; NaNs keep their bits
     * @throws IOException if a write fails
     */
    public static void writeDoubles(DataOutput out, double[] values) throws IOException {
        write(
                out,
                values.length,
                Double.BYTES,
                (b, off, n) -> b.asDoubleBuffer().put(values, off, n));
    }

    /**
     * @param in where to read, after {@link #writeDoubles}
     * @return the values
     * @throws IOException if a read fails or the count is negative or beyond the body
     */
    public static double[] readDoubles(DataInput in) throws IOException {
        double[] values = new double[count(in, Double.BYTES)];
        read(in, values.length, Double.BYTES, (b, off, n) -> b.asDoubleBuffer().get(values, off, n));
        return values;
    }

    /**
     * @param out where to write
     * @param s the string, or {@code null}
     * @throws IOException if a write fails
     */
    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(NULL);
        } else if (hasUnpairedSurrogate(s)) {
            out.writeInt(UTF16);
            write(
                    out,
                    s.length(),
                    Character.BYTES,
                    (b, off, n) -> b.asCharBuffer().put(s, off, off + n));
        } else {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /**
     * @param in where to read, after {@link #writeString}
     * @return the string, or {@code null}
     * @throws IOException if a read fails or the count is invalid or beyond the body
     */
    public static String readString(DataInput in) throws IOException {
        int marker = in.readInt();
        if (marker == NULL) {
            return null;
        }
        if (marker == UTF16) {
            char[] chars = new char[count(in, Character.BYTES)];
            read(
                    in,
                    chars.length,
                    Character.BYTES,
                    (b, off, n) -> b.asCharBuffer().get(chars, off, n));
            return new String(chars);
        }
        byte[] bytes = new byte[checkCount(in, marker, 1)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void write(DataOutput out, int length, int width, Transfer transfer) throws IOException {
        out.writeInt(length);
        int step = Math.max(1, Math.min(length, CHUNK / width));
        byte[] chunk = new byte[step * width];
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        for (int off = 0; off < length; off += step) {
            int n = Math.min(step, length - off);
            transfer.apply(buffer.clear(), off, n);
            out.write(chunk, 0, n * width);
        }
    }

    private static void read(DataInput in, int length, int width, Transfer transfer) throws IOException {
        int step = Math.max(1, Math.min(length, CHUNK / width));
        byte[] chunk = new byte[step * width];
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        for (int off = 0; off < length; off += step) {
            int n = Math.min(step, length - off);
            in.readFully(chunk, 0, n * width);
            transfer.apply(buffer.clear(), off, n);
        }
    }

    private static int count(DataInput in, int width) throws IOException {
        return checkCount(in, in.readInt(), width);
    }

    private static int checkCount(DataInput in, int count, int width) throws IOException {
        if (count < 0) {
            throw new IOException("invalid count " + count);
        }
        if (in instanceof BodyInput body && (long) count * width > body.remaining()) {
            throw new EOFException(
                    "a count of " + count + " runs past the end of the body, " + body.remaining() + " bytes on");
        }
        return count;
    }
}
