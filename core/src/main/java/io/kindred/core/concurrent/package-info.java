/**
 * Explicit, named worker threads for kindred's parallel phases (analysis, weighting, all-pairs search). Callers pass
 * the thread count; nothing runs on a hidden common pool.
 */
package io.kindred.core.concurrent;
