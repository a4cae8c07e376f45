/**
 * Fitting the synthetic generator's profiles to the real corpora ({@link io.kindred.bench.profiles.Fit}, Nelder–Mead)
 * and the table of real against synthetic statistics ({@link io.kindred.bench.profiles.FitTable}).
 */
package io.kindred.bench.profiles;
