package io.kindred.core.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Reads the first {@code limit} bytes of a channel through a buffer, keeping the CRC32C of every byte read from the
 * file; reading past the limit ends the stream. Not thread-safe.
 */
final class ChecksummedInput extends InputStream {

    private final FileChannel channel;
    private final long limit;
    private final ByteBuffer buffer = ByteBuffer.allocate(ChecksummedOutput.BUFFER);
    private final CRC32C crc = new CRC32C();
    /** File position of the buffer's limit: the bytes read from the file so far. */
    private long filled;

    ChecksummedInput(FileChannel channel, long limit) {
        this.channel = channel;
        this.limit = limit;
        buffer.limit(0);
    }

    @Override
    public int read() throws IOException {
        if (!buffer.hasRemaining() && !fill()) {
            return -1;
        }
        return buffer.get() & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!buffer.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (filled == limit) {
            return false;
        }
        buffer.clear();
        buffer.limit((int) Math.min(buffer.capacity(), limit - filled));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, filled + buffer.position()) < 0) {
                throw new EOFException("the file ended at byte " + (filled + buffer.position()));
            }
        }
        buffer.flip();
        crc.update(buffer.duplicate());
        filled += buffer.limit();
        return true;
    }

    /** @return the bytes between the reader's position and the limit */
    long remaining() {
        return limit - filled + buffer.remaining();
    }

    /** @return the position of the next byte to read */
    long position() {
        return filled - buffer.remaining();
    }

    /**
     * Reads to the limit without returning the bytes, so that the checksum covers them.
     *
     * @throws IOException if a read fails
     */
    void drain() throws IOException {
        buffer.position(buffer.limit());
        while (fill()) {
            buffer.position(buffer.limit());
        }
    }

    /**
     * @param beyond bytes that lie beyond the limit (already read otherwise) to add to the checksum
     * @return the CRC32C of the bytes read from the file, then of {@code beyond}
     */
    long checksum(byte[] beyond) {
        crc.update(beyond);
        return crc.getValue();
    }
}
