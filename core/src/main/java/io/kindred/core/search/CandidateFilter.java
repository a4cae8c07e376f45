package io.kindred.core.search;

/**
 * Decides which indexed articles may appear in a query's list (past-only, time windows, excluded sections or ids...).
 * Applied inside the search, so a list is filled with the best <em>eligible</em> articles rather than cut short. The
 * query itself is always excluded, whatever the filter says.
 *
 * <p>Implementations must be thread-safe and fast: the all-pairs search calls them for every candidate pair that could
 * enter a list.
 */
@FunctionalInterface
public interface CandidateFilter {

    /** Every article is eligible. */
    CandidateFilter ALL = (query, candidate) -> true;

    /**
     * @param query the query's input position, or -1 for an article outside the index
     * @param candidate the candidate's input position
     * @return true if the candidate may appear in the query's list
     */
    boolean accept(int query, int candidate);
}
