/**
 * The {@code kindred} command line (picocli): {@link io.kindred.cli.Kindred} and one class per subcommand,
 * {@code recommend} (every article's Similar Articles list), {@code similar} (one article's), {@code evaluate} (how
 * good the lists are; its measurements are in {@link io.kindred.cli.evaluate}) and {@code index} (a live index in a
 * folder, {@link io.kindred.core.live.LiveIndex}: build, add, delete, refit, info, verify; {@code recommend --index}
 * and {@code similar --index} read its lists). Options are grouped in mixins by concern: input, vector space
 * ({@code VectorizerOptions}, the single mapping from a preset and its overrides to a vectorizer), ranking policies
 * ({@code PolicyOptions}, the single mapping to a {@link io.kindred.core.rank.RankingPolicy}), list length, output,
 * run. File formats live in {@code io.kindred.io}.
 *
 * <p>Exit codes: 0 success, 1 failure, 2 usage error. Progress bars, warnings and the summary go to standard error;
 * only the lists go to standard output.
 */
package io.kindred.cli;
