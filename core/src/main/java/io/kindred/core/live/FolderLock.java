package io.kindred.core.live;

import io.kindred.core.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writer per index folder: an operating-system lock on {@code lock/write.lock} (in a sub-folder, which commits
 * leave alone), held while the index is open for writing and released by the system if the process dies. Not
 * thread-safe; one per open index.
 */
final class FolderLock {

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param dir an index folder
     * @return the lock, held
     * @throws StoreException if another process, or this one, has the index open for writing
     */
    static FolderLock acquire(Path dir) throws IOException {
        Path file = Files.createDirectories(dir.resolve("lock")).resolve("write.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(
                        file, "the live index " + dir + " is open for writing in another process", null);
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new StoreException(file, "the live index " + dir + " is already open for writing in this process", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    void release() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
