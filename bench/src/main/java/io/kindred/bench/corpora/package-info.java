/**
 * Corpora by benchmark name ({@link io.kindred.bench.corpora.BenchCorpora}): the real ones of {@code ../shared}, read
 * by kindred-io's reader ({@link io.kindred.bench.corpora.SharedCorpora}), or synthetic ones of any size.
 */
package io.kindred.bench.corpora;
