package io.kindred.core.testing;

import java.util.Locale;

/**
 * Seeds for randomised tests: {@code -Dkindred.seed=N} replays a run; otherwise a fresh seed, printed so that a failure
 * can be reproduced.
 */
public final class Seeds {

    private Seeds() {}

    /**
     * @param test name printed with the seed
     * @return the seed to use
     */
    public static long seed(String test) {
        String fixed = System.getProperty("kindred.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: seed %d (replay with -Dkindred.seed=%d)%n", test, seed, seed);
        return seed;
    }
}
