/**
 * The side-by-side harness: kindred and its peers on the same corpus, the same machine, in one run.
 *
 * <ul>
 *   <li>{@link io.kindred.bench.peers.RunOne} runs one tool once in its own JVM and prints one {@code TIMING} JSON line
 *       (wall seconds per phase, peak memory, counters): kindred in-process, Lucene 9.12.3 MoreLikeThis
 *       ({@link io.kindred.bench.peers.LuceneMlt}), Smile's exact linear search
 *       ({@link io.kindred.bench.peers.SmileLinear}, GPL-3.0: bench only, never shipped);
 *   <li>{@link io.kindred.bench.peers.Harness} starts every tool (and the CLI jar and the bench's scikit-learn script,
 *       {@code bench/peers/sklearn_allpairs.py}) several times per corpus and thread count, takes medians, compares the
 *       lists ({@link io.kindred.bench.peers.ListComparison}) and writes a JSON result file;
 *   <li>{@link io.kindred.bench.peers.Report} renders {@code bench/RESULTS.md} from result files.
 * </ul>
 */
package io.kindred.bench.peers;
