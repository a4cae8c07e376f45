/**
 * Shared plumbing of kindred's benchmarks: where the shared corpora are ({@link io.kindred.bench.SharedCorpora}), a
 * minimal JSON Lines reader and writer ({@link io.kindred.bench.JsonLines}), timing and memory probes
 * ({@link io.kindred.bench.Probe}).
 *
 * <p>Nothing in this module is shipped: it depends on GPL-3.0 Smile for one peer and must stay out of every distributed
 * artifact. Benchmarks never assert performance; tests here check correctness only.
 */
package io.kindred.bench;
