package io.kindred.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link StoreIo} over the real file system that counts its write steps (open for writing, write, force, truncate,
 * move, delete, folder sync; reads are not steps) and throws {@code IOException("injected: disk full ...")} at step
 * {@code failAt}, counting from 1. A failing write writes half its bytes first, as a full disk does. Sticky: every
 * later step fails too (the disk stays full); not sticky: only that step. Thread-safe.
 */
public final class FailingStoreIo implements StoreIo {

    private final int failAt;
    private final boolean sticky;
    private final AtomicInteger steps = new AtomicInteger();

    /**
     * @param failAt the step that fails, from 1
     * @param sticky whether every later step fails too
     */
    public FailingStoreIo(int failAt, boolean sticky) {
        this.failAt = failAt;
        this.sticky = sticky;
    }

    /** @return an io that never fails, to count the steps of an operation */
    public static FailingStoreIo counting() {
        return new FailingStoreIo(Integer.MAX_VALUE, false);
    }

    /** @return the steps taken so far, the failing ones included */
    public int steps() {
        return steps.get();
    }

    private boolean fails() {
        int n = steps.incrementAndGet();
        return n == failAt || (sticky && n > failAt);
    }

    private IOException injected(String step) {
        return new IOException("injected: disk full (step " + steps.get() + ", " + step + ")");
    }

    @Override
    public FileChannel openForReading(Path file) throws IOException {
        return DEFAULT.openForReading(file);
    }

    @Override
    public FileChannel openForWriting(Path file, boolean truncate) throws IOException {
        if (fails()) {
            throw injected("open " + file.getFileName());
        }
        return DEFAULT.openForWriting(file, truncate);
    }

    @Override
    public void write(FileChannel channel, ByteBuffer data) throws IOException {
        if (fails()) {
            ByteBuffer half = data.duplicate();
            half.limit(half.position() + half.remaining() / 2);
            DEFAULT.write(channel, half);
            throw injected("write");
        }
        DEFAULT.write(channel, data);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
        if (fails()) {
            throw injected("force");
        }
        DEFAULT.force(channel);
    }

    @Override
    public void truncate(FileChannel channel, long size) throws IOException {
        if (fails()) {
            throw injected("truncate");
        }
        DEFAULT.truncate(channel, size);
    }

    @Override
    public void move(Path source, Path target) throws IOException {
        if (fails()) {
            throw injected("move " + source.getFileName());
        }
        DEFAULT.move(source, target);
    }

    @Override
    public void delete(Path file) throws IOException {
        if (fails()) {
            throw injected("delete " + file.getFileName());
        }
        DEFAULT.delete(file);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        if (fails()) {
            throw injected("sync folder");
        }
        DEFAULT.syncDirectory(dir);
    }
}
