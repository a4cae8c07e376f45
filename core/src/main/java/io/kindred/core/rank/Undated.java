package io.kindred.core.rank;

/**
 * What a date step ({@link PastOnly}, {@link TimeWindow}, {@link Decay}) does with an article that has no publication
 * date: a candidate without one, and a list article without one.
 */
public enum Undated {
    /**
     * Nothing is known against an undated article: as a candidate it passes past-only and the window and is not
     * decayed; as the list's article, its list ignores the date rule (every candidate passes, none is decayed).
     */
    KEEP,
    /**
     * An undated article takes no part in date-ruled lists: as a candidate it is never recommended; as the list's
     * article, under past-only or a window its list is empty (no candidate is known to be earlier, or within the
     * window) and under decay its candidates are not decayed. For sites whose undated articles are imports or pages
     * that must not appear in a dated list.
     */
    DROP;

    /** What a date step does when it is not told: {@link #KEEP}. */
    public static final Undated DEFAULT = KEEP;
}
