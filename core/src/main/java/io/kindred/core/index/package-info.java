/**
 * The inverted index: per-term postings in contiguous primitive arrays, float weights, and per-term maximum weights
 * that bound what a term can add to a score.
 */
package io.kindred.core.index;
