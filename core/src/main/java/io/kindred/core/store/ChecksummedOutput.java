package io.kindred.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Buffers bytes for a channel, writes them through a {@link StoreIo} and keeps the CRC32C and the count of every byte
 * written. Not thread-safe; {@link #close()} does not close the channel (its owner does).
 */
final class ChecksummedOutput extends OutputStream {

    static final int BUFFER = 1 << 16;

    private final FileChannel channel;
    private final StoreIo io;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final CRC32C crc = new CRC32C();
    private long count;

    ChecksummedOutput(FileChannel channel, StoreIo io) {
        this.channel = channel;
        this.io = io;
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            flushBuffer();
        }
        buffer.put((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (!buffer.hasRemaining()) {
                flushBuffer();
            }
            int n = Math.min(len, buffer.remaining());
            buffer.put(b, off, n);
            off += n;
            len -= n;
            count += n;
        }
    }

    /** Writes the buffered bytes to the channel (but does not force them to the device). */
    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        buffer.flip();
        crc.update(buffer.duplicate());
        io.write(channel, buffer);
        buffer.clear();
    }

    /** @return the number of bytes written so far */
    long count() {
        return count;
    }

    /**
     * Flushes the buffer.
     *
     * @return the CRC32C of every byte written so far
     * @throws IOException if the write fails
     */
    long checksum() throws IOException {
        flushBuffer();
        return crc.getValue();
    }
}
