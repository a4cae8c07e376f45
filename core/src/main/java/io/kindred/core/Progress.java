package io.kindred.core;

/**
 * Receives progress of a long phase (fitting, scoring) as a count of articles done out of a total.
 *
 * <p>Called from worker threads, possibly concurrently and not necessarily in increasing order of {@code done}:
 * implementations must be thread-safe and cheap (they are called once per block of articles, not per article).
 */
@FunctionalInterface
public interface Progress {

    /** Ignores all updates. */
    Progress NONE = (done, total) -> {};

    /**
     * @param done articles finished so far
     * @param total articles in the phase
     */
    void update(long done, long total);
}
