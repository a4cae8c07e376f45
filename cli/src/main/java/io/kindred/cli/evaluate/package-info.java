/**
 * The measurements of {@code kindred evaluate} and their reports: label agreement of Similar Articles lists
 * ({@link io.kindred.cli.evaluate.LabelMetrics}: precision@k, MAP@k, nDCG@k, coverage; the formulas are there), rank
 * correlation with judged pairs ({@link io.kindred.cli.evaluate.RankCorrelation}: Spearman, Kendall, Pearson), the
 * paired Wilcoxon signed-rank test of two configurations ({@link io.kindred.cli.evaluate.PairedTest}), all with Apache
 * Commons Math where it has the statistic; the lists worth reading ({@link io.kindred.cli.evaluate.ExampleLists}: best
 * and worst by precision@k); and the reports of an {@link io.kindred.cli.evaluate.Evaluation} as a text table, JSON or
 * a self-contained HTML page with inline SVG charts. Everything here is pure computation and formatting in
 * {@link java.util.Locale#ROOT}; the command itself is {@code io.kindred.cli.EvaluateCommand}.
 */
package io.kindred.cli.evaluate;
