/**
 * JMH benchmarks of the scoring path: {@link io.kindred.bench.jmh.QueryBench} (one article's list from a built index),
 * {@link io.kindred.bench.jmh.AllPairsBench} (every list of a corpus) and {@link io.kindred.bench.jmh.FitBench} (a
 * whole fit of a real corpus).
 *
 * <p>Conventions: {@code @State(Scope.Benchmark)}, data built in {@code @Setup(Level.Trial)} from the fixed seed
 * {@link io.kindred.bench.corpora.BenchCorpora#SEED}, every result returned, at least two forks, and each warmup or
 * measurement setting commented with its reason. Run {@code java -jar bench/target/benchmarks.jar -h} for options.
 */
package io.kindred.bench.jmh;
