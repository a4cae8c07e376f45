package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.live.RefitPolicy;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.Durability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The folder of a live index ({@code -d DIR}) and how the command line runs one: each command is one batch that opens
 * the index, changes or reads it, and closes it, which commits. So the log is not forced to disk per change
 * ({@link Durability#NONE}) and nothing commits before the end: a change is durable once the command exits 0, and a
 * command that fails or is killed may have applied some of its changes (the next open replays what reached the log), so
 * it is run again. Refits happen only when asked ({@code kindred index refit}), so that a command's result depends on
 * its input alone.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class IndexFolder {

    @Option(
            names = {"-d", "--dir"},
            paramLabel = "DIR",
            required = true,
            description = "The index folder.")
    private Path dir;

    /**
     * @param threads worker threads for fits
     * @return how the command line runs an index
     */
    static LiveOptions options(int threads) {
        return LiveOptions.DEFAULT
                .withThreads(threads)
                .withRefit(RefitPolicy.MANUAL)
                .withDurability(Durability.NONE)
                .withCommitEvery(0);
    }

    /**
     * @param dir an index folder
     * @param threads worker threads for fits
     * @return the index, open
     * @throws IOException if the folder holds no index, a damaged file (named) or cannot be read
     */
    static LiveIndex open(Path dir, int threads) throws IOException {
        return LiveIndex.open(dir, options(threads));
    }

    /**
     * @param threads worker threads for fits
     * @return the index, open
     * @throws IOException if the folder holds no index, a damaged file (named) or cannot be read
     */
    LiveIndex open(int threads) throws IOException {
        return open(dir, threads);
    }

    /**
     * Creates the index, fitted on its first articles, and commits it.
     *
     * @param preset the settings, stored with the index
     * @param k the length of the kept lists
     * @param articles the articles
     * @param threads worker threads
     * @return the index, open
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if the folder holds anything, or for settings the articles cannot satisfy
     */
    LiveIndex create(Preset preset, int k, List<Article> articles, int threads) throws IOException {
        return LiveIndex.create(dir, preset, k, articles, options(threads));
    }

    /** @return the folder */
    Path dir() {
        return dir;
    }
}
