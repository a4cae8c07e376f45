package io.kindred.core.weighting;

/**
 * {@code numpy.argsort(values)} with numpy 1.24's default kind ({@code 'quicksort'}, an introsort), reproduced step by
 * step so that ties come out in exactly numpy's order. scikit-learn uses it to pick the {@code max_features} most
 * frequent terms; the order among equal counts is therefore not alphabetical, but it is deterministic, and matching it
 * is what gives the same vocabulary as scikit-learn. Stateless.
 *
 * <p>The algorithm (median-of-three quicksort, insertion sort below 16 elements, heapsort past a depth of 2·log2(n),
 * larger partition deferred) follows numpy's {@code npysort} introsort, BSD-3-Clause.
 */
final class NumpyArgsort {

    private static final int SMALL = 15;

    private NumpyArgsort() {}

    /**
     * @param v values (no NaN); numpy sorts scikit-learn's int64 totals with the same comparisons
     * @return the indices that sort {@code v} ascending, ties ordered as numpy 1.24 orders them
     */
    static int[] argsort(double[] v) {
        int num = v.length;
        int[] t = new int[num];
        for (int i = 0; i < num; i++) {
            t[i] = i;
        }
        if (num <= 1) {
            return t;
        }
        int[] stack = new int[128];
        int[] depth = new int[64];
        int sp = 0;
        int dp = 0;
        int pl = 0;
        int pr = num - 1;
        int cdepth = 2 * (31 - Integer.numberOfLeadingZeros(num));
        while (true) {
            if (cdepth < 0) {
                heapsort(v, t, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (v[t[pm]] < v[t[pl]]) {
                        swap(t, pm, pl);
                    }
                    if (v[t[pr]] < v[t[pm]]) {
                        swap(t, pr, pm);
                    }
                    if (v[t[pm]] < v[t[pl]]) {
                        swap(t, pm, pl);
                    }
                    double vp = v[t[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(t, pm, pj);
                    while (true) {
                        do {
                            pi++;
                        } while (v[t[pi]] < vp);
                        do {
                            pj--;
                        } while (vp < v[t[pj]]);
                        if (pi >= pj) {
                            break;
                        }
                        swap(t, pi, pj);
                    }
                    swap(t, pi, pr - 1);
                    if (pi - pl < pr - pi) {
                        stack[sp++] = pi + 1;
                        stack[sp++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[sp++] = pl;
                        stack[sp++] = pi - 1;
                        pl = pi + 1;
                    }
                    depth[dp++] = --cdepth;
                }
                for (int pi = pl + 1; pi <= pr; pi++) {
                    int vi = t[pi];
                    double vv = v[vi];
                    int pj = pi;
                    while (pj > pl && vv < v[t[pj - 1]]) {
                        t[pj] = t[pj - 1];
                        pj--;
                    }
                    t[pj] = vi;
                }
            }
            if (sp == 0) {
                return t;
            }
            pr = stack[--sp];
            pl = stack[--sp];
            cdepth = depth[--dp];
        }
    }

    /** numpy's aheapsort on {@code t[start, start + n)} (1-based heap indexing). */
    private static void heapsort(double[] v, int[] t, int start, int n) {
        int base = start - 1;
        for (int l = n >> 1; l > 0; l--) {
            siftDown(v, t, base, l, n, t[base + l]);
        }
        for (; n > 1; ) {
            int tmp = t[base + n];
            t[base + n] = t[base + 1];
            n--;
            siftDown(v, t, base, 1, n, tmp);
        }
    }

    private static void siftDown(double[] v, int[] t, int base, int i, int n, int tmp) {
        for (int j = i << 1; j <= n; ) {
            if (j < n && v[t[base + j]] < v[t[base + j + 1]]) {
                j++;
            }
            if (v[tmp] < v[t[base + j]]) {
                t[base + i] = t[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        t[base + i] = tmp;
    }

    private static void swap(int[] t, int a, int b) {
        int x = t[a];
        t[a] = t[b];
        t[b] = x;
    }
}
