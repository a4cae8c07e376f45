/**
 * kindred's benchmarks, never shipped (one peer is GPL-3.0 Smile). This package is their ground floor: timing and
 * memory probes ({@link io.kindred.bench.Probe}), the description of the machine a result comes from
 * ({@link io.kindred.bench.Machine}) and the files of the peers' scripts ({@link io.kindred.bench.JsonLines}). Above
 * it: {@link io.kindred.bench.synthetic synthetic} corpora, the {@link io.kindred.bench.corpora corpora} by name, and
 * the runners: {@link io.kindred.bench.jmh JMH}, {@link io.kindred.bench.peers peers side by side},
 * {@link io.kindred.bench.scale scale runs} and the {@link io.kindred.bench.profiles profile fitting}. Benchmarks never
 * assert performance; the tests check correctness only.
 */
package io.kindred.bench;
