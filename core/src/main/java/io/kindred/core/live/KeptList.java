package io.kindred.core.live;

/**
 * A finished list kept for an article, named by positions so that no change renumbers it: the same list as the policy
 * gives when asked, looked up instead of computed. Immutable.
 */
record KeptList(long[] positions, double[] scores, double[] cosines) {}
