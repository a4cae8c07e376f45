package io.kindred.core.vector;

import io.kindred.core.concurrent.Workers;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The latent semantic space of a corpus (LSA): the leading singular directions of its document-term matrix, so that
 * articles on one subject are close even when they share few words. The re-ranker adds the latent cosine of a candidate
 * to its score.
 *
 * <p>Computed by a randomized range finder with power iterations (Halko, Martinsson and Tropp, 2011) on the
 * {@value #MAX_TERMS} terms in most articles: {@code Y = A·Ω} for a seeded Gaussian {@code Ω}, then {@code Y =
 * A·orth(Aᵀ·orth(Y))} {@value #POWER_ITERATIONS} times, {@code Q = orth(Y)}, {@code Z = Aᵀ·Q}, and the eigenvectors
 * {@code W} of {@code ZᵀZ} (Jacobi) give the right singular vectors {@code V = Z·W·Σ⁻¹}. An article's latent vector is
 * its tf-idf vector times {@code V}, L2-normalised. Every sum runs in a fixed order, so the space does not depend on
 * the thread count. Work: about {@code (2·iterations + 3)·nnz·(dims + 10)} multiply-adds; memory: {@code dims} floats
 * per article and per kept term.
 *
 * <p>Immutable and thread-safe.
 */
public final class LatentSpace {

    /** Terms kept: those in most articles (common words carry the topics; rare ones are noise to LSA). */
    static final int MAX_TERMS = 20_000;

    /**
     * At most one latent dimension per this many articles: a small corpus cannot support a hundred topics (fitted, they
     * would model noise and pull unrelated articles together).
     */
    static final int ARTICLES_PER_DIMENSION = 16;

    private static final int OVERSAMPLING = 10;
    private static final int POWER_ITERATIONS = 2;
    private static final long SEED = 0x6b696e64726564L;

    private final int dims;
    /** Column of each term in {@link #basis}, or -1 for a term left out. */
    private final int[] column;
    /** Right singular vectors, one row of {@code dims} per kept term. */
    private final float[] basis;
    /** Latent vector of each article, {@code dims} floats, L2-normalised (all zero for an empty article). */
    private final float[] articles;

    /** The vector of article i starts at {@code slots[i] * dims} in {@link #articles}; null: at {@code i * dims}. */
    private final int[] slots;

    private LatentSpace(int dims, int[] column, float[] basis, float[] articles) {
        this(dims, column, basis, articles, null);
    }

    private LatentSpace(int dims, int[] column, float[] basis, float[] articles, int[] slots) {
        this.dims = dims;
        this.column = column;
        this.basis = basis;
        this.articles = articles;
        this.slots = slots;
    }

    /**
     * Fits the space of a corpus.
     *
     * @param vectors the articles' vectors (weights &gt;= 0)
     * @param dims latent dimensions wanted (fewer for a corpus of fewer than {@value #ARTICLES_PER_DIMENSION} articles
     *     per dimension, or with fewer terms)
     * @param threads worker threads (the space does not depend on it)
     * @return the space
     */
    public static LatentSpace fit(DocumentVectors vectors, int dims, int threads) {
        int n = vectors.rows();
        dims = Math.max(1, Math.min(dims, n / ARTICLES_PER_DIMENSION));
        int[] column = keptTerms(vectors);
        int m = 0;
        for (int c : column) {
            m = Math.max(m, c + 1);
        }
        int l = Math.max(1, Math.min(dims + OVERSAMPLING, Math.min(m, n)));
        Sparse a = new Sparse(vectors, column);
        double[] omega = new double[m * l];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < omega.length; i++) {
            omega[i] = random.nextGaussian();
        }
        double[] y = a.times(omega, l, threads);
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            orthonormalize(y, n, l);
            double[] z = a.transposeTimes(y, m, l, threads);
            orthonormalize(z, m, l);
            y = a.times(z, l, threads);
        }
        orthonormalize(y, n, l);
        double[] z = a.transposeTimes(y, m, l, threads); // Z = Aᵀ·Q: B = Zᵀ, and B·Bᵀ = Zᵀ·Z
        double[] gram = new double[l * l];
        for (int t = 0; t < m; t++) {
            for (int i = 0; i < l; i++) {
                double zi = z[t * l + i];
                for (int j = 0; j < l; j++) {
                    gram[i * l + j] += zi * z[t * l + j];
                }
            }
        }
        double[] vectorsOfGram = new double[l * l];
        double[] values = jacobi(gram, vectorsOfGram, l);
        int[] order = byDecreasingValue(values);
        int k = 0;
        while (k < Math.min(dims, l) && values[order[k]] > 1e-12 * Math.max(values[order[0]], Double.MIN_NORMAL)) {
            k++;
        }
        float[] basis = new float[m * Math.max(k, 1)];
        for (int t = 0; t < m; t++) {
            for (int d = 0; d < k; d++) {
                int e = order[d];
                double s = 0;
                for (int i = 0; i < l; i++) {
                    s += z[t * l + i] * vectorsOfGram[i * l + e];
                }
                basis[t * k + d] = (float) (s / Math.sqrt(values[e]));
            }
        }
        LatentSpace space = new LatentSpace(Math.max(k, 1), column, basis, new float[0]);
        float[] latent = new float[n * space.dims];
        Workers.runBlocks(threads, n, 1024, "kindred-latent", (w, from, to) -> {
            for (int i = from; i < to; i++) {
                space.project(vectors, vectors.rowStart(i), vectors.rowEnd(i), latent, i * space.dims);
            }
        });
        return new LatentSpace(space.dims, column, basis, latent);
    }

    /** The {@link #MAX_TERMS} terms in most articles (ties: smaller term id), numbered by term id. */
    private static int[] keptTerms(DocumentVectors vectors) {
        int terms = vectors.dimensions();
        int[] df = new int[terms];
        for (int e = 0; e < vectors.entries(); e++) {
            df[vectors.term(e)]++;
        }
        long[] byDf = new long[terms];
        for (int t = 0; t < terms; t++) {
            byDf[t] = ((long) (Integer.MAX_VALUE - df[t]) << 32) | t;
        }
        Arrays.sort(byDf);
        boolean[] kept = new boolean[terms];
        for (int i = 0; i < Math.min(terms, MAX_TERMS); i++) {
            kept[(int) byDf[i]] = df[(int) byDf[i]] > 0;
        }
        int[] column = new int[terms];
        int next = 0;
        for (int t = 0; t < terms; t++) {
            column[t] = kept[t] ? next++ : -1;
        }
        return column;
    }

    /**
     * A stored space, as {@link #dims()}, {@link #columns()}, {@link #basis()} and {@link #latentVectors()} gave it.
     *
     * @param dims latent dimensions, &gt;= 1
     * @param columns column of each term in the basis, or -1 for a term left out
     * @param basis one row of {@code dims} per kept term
     * @param latentVectors {@code dims} floats per article
     * @return the space
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public static LatentSpace of(int dims, int[] columns, float[] basis, float[] latentVectors) {
        int kept = 0;
        for (int c : columns) {
            if (c < -1) {
                throw new IllegalArgumentException("latent column " + c + " is negative");
            }
            kept = Math.max(kept, c + 1);
        }
        if (dims < 1 || basis.length != kept * dims || latentVectors.length % dims != 0) {
            throw new IllegalArgumentException("latent space of " + dims + " dimensions has a basis of " + basis.length
                    + " floats for " + kept + " terms and " + latentVectors.length + " article floats");
        }
        return new LatentSpace(dims, columns.clone(), basis.clone(), latentVectors.clone());
    }

    /**
     * The same space (the same basis) over other articles: a space frozen at a fit, for a corpus that has changed
     * since.
     *
     * @param latentVectors {@code dims} floats per article, each from {@link #embed} (not copied: the caller hands them
     *     over)
     * @return the space
     * @throws IllegalArgumentException if the length is not a multiple of {@link #dims()}
     */
    public LatentSpace withLatentVectors(float[] latentVectors) {
        if (latentVectors.length % dims != 0) {
            throw new IllegalArgumentException(latentVectors.length + " floats are not vectors of " + dims);
        }
        return new LatentSpace(dims, column, basis, latentVectors);
    }

    /**
     * The same space over articles whose vectors sit anywhere in a shared array (a live index appends the vectors of
     * new and replaced articles to one array, which older snapshots go on reading).
     *
     * @param storage the vectors, {@code dims} floats each (not copied)
     * @param slots for each article, the index of its vector in {@code storage}
     * @return the space
     * @throws IllegalArgumentException if a slot is outside the storage
     */
    public LatentSpace withLatentVectors(float[] storage, int[] slots) {
        for (int slot : slots) {
            if (slot < 0 || (long) (slot + 1) * dims > storage.length) {
                throw new IllegalArgumentException("latent slot " + slot + " is outside " + storage.length + " floats");
            }
        }
        return new LatentSpace(dims, column, basis, storage, slots);
    }

    /** @return latent dimensions */
    public int dims() {
        return dims;
    }

    /** @return the number of articles with a latent vector */
    public int articles() {
        return slots == null ? articles.length / dims : slots.length;
    }

    /** @return a copy of each term's column in the basis (-1 for a term left out), for storing the space */
    public int[] columns() {
        return column.clone();
    }

    /** @return a copy of the basis, {@code dims} floats per kept term, for storing the space */
    public float[] basis() {
        return basis.clone();
    }

    /** @return a copy of the articles' latent vectors, {@code dims} floats each, for storing the space */
    public float[] latentVectors() {
        if (slots == null) {
            return articles.clone();
        }
        float[] out = new float[slots.length * dims];
        for (int i = 0; i < slots.length; i++) {
            System.arraycopy(articles, slots[i] * dims, out, i * dims, dims);
        }
        return out;
    }

    /**
     * @param article an article's ordinal
     * @param query a latent vector
     * @return the cosine of the article's latent vector with {@code query}
     */
    public double cosine(int article, float[] query) {
        double s = 0;
        for (int d = 0, at = (slots == null ? article : slots[article]) * dims; d < dims; d++) {
            s += articles[at + d] * query[d];
        }
        return s;
    }

    /**
     * @param article an article's ordinal
     * @return a copy of its latent vector (the same as {@link #embed} of its vector)
     */
    public float[] vector(int article) {
        int at = (slots == null ? article : slots[article]) * dims;
        return Arrays.copyOfRange(articles, at, at + dims);
    }

    /**
     * @param v a vector of the corpus's space (an article outside the corpus, or in it)
     * @return its latent vector, L2-normalised (zero if it has no kept term)
     */
    public float[] embed(SparseVector v) {
        float[] out = new float[dims];
        double[] sums = new double[dims];
        for (int e = 0; e < v.size(); e++) {
            add(sums, v.term(e), v.weight(e));
        }
        normalize(sums, out, 0);
        return out;
    }

    private void project(DocumentVectors vectors, int from, int to, float[] out, int at) {
        double[] sums = new double[dims];
        for (int e = from; e < to; e++) {
            add(sums, vectors.term(e), vectors.weight(e));
        }
        normalize(sums, out, at);
    }

    private void add(double[] sums, int term, double weight) {
        int c = term < column.length ? column[term] : -1;
        if (c >= 0) {
            for (int d = 0; d < dims; d++) {
                sums[d] += weight * basis[c * dims + d];
            }
        }
    }

    private static void normalize(double[] sums, float[] out, int at) {
        double sq = 0;
        for (double s : sums) {
            sq += s * s;
        }
        double norm = Math.sqrt(sq);
        for (int d = 0; d < sums.length; d++) {
            out[at + d] = norm > 0 ? (float) (sums[d] / norm) : 0f;
        }
    }

    /**
     * Orthonormalises the columns of a row-major {@code rows × cols} matrix in place (modified Gram-Schmidt on a
     * column-major copy, so that every step runs over contiguous memory). A column dependent on the previous ones
     * becomes zero.
     */
    static void orthonormalize(double[] a, int rows, int cols) {
        double[][] c = new double[cols][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                c[j][i] = a[i * cols + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            double[] x = c[j];
            for (int p = 0; p < j; p++) {
                double[] q = c[p];
                double r = 0;
                for (int i = 0; i < rows; i++) {
                    r += x[i] * q[i];
                }
                for (int i = 0; i < rows; i++) {
                    x[i] -= r * q[i];
                }
            }
            double sq = 0;
            for (int i = 0; i < rows; i++) {
                sq += x[i] * x[i];
            }
            double norm = Math.sqrt(sq);
            for (int i = 0; i < rows; i++) {
                x[i] = norm > 1e-12 ? x[i] / norm : 0;
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i * cols + j] = c[j][i];
            }
        }
    }

    /**
     * The positions of {@code values}, largest value first, equal values in position order ({@link Double#compare}'s
     * order). An insertion sort: there are a few hundred values at most.
     */
    static int[] byDecreasingValue(double[] values) {
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && Double.compare(values[order[j - 1]], values[i]) < 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
     *
     * @param s the row-major {@code l × l} matrix (destroyed)
     * @param v receives the eigenvectors, as columns
     * @param l the size
     * @return the eigenvalues, in the order of the columns of {@code v}
     */
    static double[] jacobi(double[] s, double[] v, int l) {
        Arrays.fill(v, 0);
        for (int i = 0; i < l; i++) {
            v[i * l + i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < l; i++) {
                diag += s[i * l + i] * s[i * l + i];
                for (int j = i + 1; j < l; j++) {
                    off += s[i * l + j] * s[i * l + j];
                }
            }
            if (off <= 1e-30 * Math.max(diag, Double.MIN_NORMAL)) {
                break;
            }
            for (int p = 0; p < l; p++) {
                for (int q = p + 1; q < l; q++) {
                    double apq = s[p * l + q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (s[q * l + q] - s[p * l + p]) / (2 * apq);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < l; k++) {
                        double akp = s[k * l + p];
                        double akq = s[k * l + q];
                        s[k * l + p] = c * akp - sn * akq;
                        s[k * l + q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < l; k++) {
                        double apk = s[p * l + k];
                        double aqk = s[q * l + k];
                        s[p * l + k] = c * apk - sn * aqk;
                        s[q * l + k] = sn * apk + c * aqk;
                    }
                    for (int k = 0; k < l; k++) {
                        double vkp = v[k * l + p];
                        double vkq = v[k * l + q];
                        v[k * l + p] = c * vkp - sn * vkq;
                        v[k * l + q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[l];
        for (int i = 0; i < l; i++) {
            values[i] = s[i * l + i];
        }
        return values;
    }

    /** The document-term matrix restricted to the kept terms, as products with dense matrices. */
    private static final class Sparse {
        private final DocumentVectors vectors;
        private final int[] column;

        Sparse(DocumentVectors vectors, int[] column) {
            this.vectors = vectors;
            this.column = column;
        }

        /** A·B for a row-major {@code m × l} matrix B: rows in parallel, each summed in entry order. */
        double[] times(double[] b, int l, int threads) {
            int n = vectors.rows();
            double[] out = new double[n * l];
            Workers.runBlocks(threads, n, 256, "kindred-latent", (w, from, to) -> {
                for (int i = from; i < to; i++) {
                    for (int e = vectors.rowStart(i); e < vectors.rowEnd(i); e++) {
                        int c = column[vectors.term(e)];
                        if (c >= 0) {
                            double x = vectors.weight(e);
                            for (int j = 0; j < l; j++) {
                                out[i * l + j] += x * b[c * l + j];
                            }
                        }
                    }
                }
            });
            return out;
        }

        /**
         * Aᵀ·B for a row-major {@code n × l} matrix B, into {@code m × l}: each thread owns a range of output columns
         * and sums over the articles in order, so no partial sums are merged.
         */
        double[] transposeTimes(double[] b, int m, int l, int threads) {
            double[] out = new double[m * l];
            int parts = Math.max(1, Math.min(threads, l));
            Workers.run(threads, parts, "kindred-latent", (w, p) -> {
                int from = (int) ((long) l * p / parts);
                int to = (int) ((long) l * (p + 1) / parts);
                for (int i = 0; i < vectors.rows(); i++) {
                    for (int e = vectors.rowStart(i); e < vectors.rowEnd(i); e++) {
                        int c = column[vectors.term(e)];
                        if (c >= 0) {
                            double x = vectors.weight(e);
                            for (int j = from; j < to; j++) {
                                out[c * l + j] += x * b[i * l + j];
                            }
                        }
                    }
                }
            });
            return out;
        }
    }
}
