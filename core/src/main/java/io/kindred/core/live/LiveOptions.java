package io.kindred.core.live;

import io.kindred.core.concurrent.Workers;
import io.kindred.core.store.Durability;
import java.util.Objects;

/**
 * How a live index runs (not what it computes: that is the preset, stored with the index). Immutable.
 *
 * @param threads worker threads for fits and bulk work, at least 1 (lists do not depend on it)
 * @param refit when the index refits on its own
 * @param durability when a change is durable on disk: before {@link LiveIndex#upsert} returns (each change, or
 *     grouped), or only at commits
 * @param commitEvery changes after which the index commits on its own (the log is then emptied), or 0 for never
 */
public record LiveOptions(int threads, RefitPolicy refit, Durability durability, long commitEvery) {

    /** One thread, the default refit policy, every change fsynced before it is acknowledged, commits every 10,000. */
    public static final LiveOptions DEFAULT = new LiveOptions(1, RefitPolicy.DEFAULT, Durability.PER_CHANGE, 10_000);

    /**
     * Validates.
     *
     * @param threads see {@link #threads()}
     * @param refit see {@link #refit()}
     * @param durability see {@link #durability()}
     * @param commitEvery see {@link #commitEvery()}
     */
    public LiveOptions {
        Workers.checkThreads(threads);
        Objects.requireNonNull(refit, "refit");
        Objects.requireNonNull(durability, "durability");
        if (commitEvery < 0) {
            throw new IllegalArgumentException("commit every must be >= 0 changes, was " + commitEvery);
        }
    }

    /**
     * @param threads worker threads
     * @return these options with them
     */
    public LiveOptions withThreads(int threads) {
        return new LiveOptions(threads, refit, durability, commitEvery);
    }

    /**
     * @param refit the refit policy
     * @return these options with it
     */
    public LiveOptions withRefit(RefitPolicy refit) {
        return new LiveOptions(threads, refit, durability, commitEvery);
    }

    /**
     * @param durability the durability
     * @return these options with it
     */
    public LiveOptions withDurability(Durability durability) {
        return new LiveOptions(threads, refit, durability, commitEvery);
    }

    /**
     * @param commitEvery changes between automatic commits, or 0
     * @return these options with it
     */
    public LiveOptions withCommitEvery(long commitEvery) {
        return new LiveOptions(threads, refit, durability, commitEvery);
    }
}
