package io.kindred.core.search;

import io.kindred.core.Progress;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.vector.DocumentVectors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Exact top-k lists for every document at once, scoring each pair once.
 *
 * <p>Cosine is symmetric, so document i accumulates only its pairs with documents j &gt; i (postings of its terms after
 * position i), and each non-zero pair score feeds both lists: i's and j's. Each worker thread keeps, for every
 * document, a small heap of its k + 1 best candidates by accumulated score; at the end the candidates of all workers
 * are rescored exactly (double precision, fixed order, see {@link ExactScorer}) and the k best kept. That is exact
 * unless a candidate a worker dropped could still tie or beat the k-th: a worker drops only candidates scoring at most
 * its heap's minimum U, so the list is proven when {@code U + slack < θ} (θ the k-th exact score); otherwise (near-ties
 * at the cut, e.g. several identical articles) that one list is recomputed by {@link ExactScorer}. The result is
 * therefore the same as {@link ExactScorer}'s, for any thread count.
 *
 * <p>A {@link CandidateFilter} is checked before a pair enters either list, in each direction, so filtered lists are
 * exact too.
 *
 * <p>Terms in an eighth of the documents or more (the <em>head</em>: common words, which make most of Σ df²) are not
 * scattered through their postings but added as dense float columns with a vectorised loop; their float rounding is
 * part of the slack. Documents are scored in blocks of up to {@value #HEAD_BLOCK} consecutive ones: the block's head
 * sums are added slice by slice of {@value #HEAD_TILE} later documents, so that the slices of the common columns, which
 * most documents of a block share, are read from memory once per block and then from cache.
 *
 * <p>Work: about Σ df(t)² / 2 multiply-adds instead of Σ df(t)² (for a head term, df(t) · n / 2). Memory: the head
 * columns (at most 64 MiB) and two ints per entry of the document vectors (where its postings after its document
 * start); per thread, one accumulator per document, the block's head sums (at most 16 MiB) and (k + 1) candidates per
 * document. Not thread-safe; run once.
 */
final class AllPairsSearch {

    private static final double FLOAT_ERROR = 0x1p-23;
    private static final int MERGE_BLOCK = 32;
    /** A term is a head term if it is in at least 1 / HEAD_DIVISOR of the documents. */
    private static final int HEAD_DIVISOR = 8;
    /** Most floats of dense head columns (64 MiB): the most frequent head terms are kept within it. */
    private static final long HEAD_MAX_FLOATS = 1L << 24;
    /** Most documents whose head sums are added together (each column slice is then read once for them all). */
    private static final int HEAD_BLOCK = 32;
    /** Most floats of one worker's block of head sums (16 MiB): fewer documents per block in large corpora. */
    private static final int HEAD_BLOCK_FLOATS = 1 << 22;
    /** Documents per slice of the head columns (4 KiB a column). */
    private static final int HEAD_TILE = 1024;
    /** Below this many documents the dense head does not pay off. */
    private static final int HEAD_MIN_DOCUMENTS = 1000;

    private final InvertedIndex index;
    private final int[] postingDocs;
    private final float[] postingWeights;
    private final DocumentVectors vectors;
    private final int n;
    private final int k;
    private final CandidateFilter filter;
    private final int slots;
    private final double slack;
    /** Most terms in one document. */
    private final int maxLength;
    /**
     * Per entry of the document vectors (document d, term t): where t's postings after d start, in tier 0 and in tier
     * 1. A document's postings after i are found by reading these instead of searching (a search was a chain of cache
     * misses per entry).
     */
    private final int[] after0;

    private final int[] after1;
    /** Column of each head term in {@link #headColumns}, or -1 for the other terms. */
    private final int[] headColumn;
    /** Dense float weights of the head terms, one column per term, one entry per document (0 if absent). */
    private final float[][] headColumns;
    /** Most head terms in one document. */
    private final int maxHeads;
    /** Documents scored together: their head sums are added slice by slice (1 without head terms). */
    private final int block;
    /** Postings the search visits, a head term counting as one per later document (known before it runs). */
    private final long postingsVisited;

    AllPairsSearch(InvertedIndex index, DocumentVectors vectors, int k, CandidateFilter filter, int threads) {
        this.filter = filter;
        this.index = index;
        this.postingDocs = index.postingDocs();
        this.postingWeights = index.postingWeights();
        this.vectors = vectors;
        this.n = vectors.rows();
        this.k = k;
        this.slots = k + 1;
        int longest = 0;
        for (int d = 0; d < n; d++) {
            longest = Math.max(longest, vectors.rowEnd(d) - vectors.rowStart(d));
        }
        this.maxLength = longest;
        this.headColumn = new int[vectors.dimensions()];
        this.headColumns = headColumns(index, vectors, headColumn, threads);
        this.after0 = new int[vectors.entries()];
        this.after1 = new int[vectors.entries()];
        this.postingsVisited = postingsAfterEachEntry(threads);
        int heads = 0;
        for (int d = 0; d < n && headColumns.length > 0; d++) {
            int count = 0;
            for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                count += headColumn[vectors.term(e)] >= 0 ? 1 : 0;
            }
            heads = Math.max(heads, count);
        }
        this.maxHeads = heads;
        this.block = headColumns.length == 0 ? 1 : Math.max(1, Math.min(HEAD_BLOCK, HEAD_BLOCK_FLOATS / n));
        double maxScore = index.maxRowNorm() * index.maxRowNorm();
        // float weights (2^-24 each); the float sums of at most maxHeads head products; the double sums of the rest
        this.slack = (FLOAT_ERROR + (maxHeads + 4) * 0x1p-23 + (2.0 * maxLength + 8) * 0x1p-52) * maxScore
                + Double.MIN_NORMAL;
    }

    /**
     * Picks the head terms, those in at least an eighth of the documents (the most frequent first, as many as
     * {@link #HEAD_MAX_FLOATS} allows), and lays their weights out densely. Their postings make most of the work of
     * all-pairs (Σ df² is dominated by common words); as dense columns they are added with a vectorised loop over
     * consecutive documents instead of a scatter, about ten times cheaper per multiply-add, so a dense column pays for
     * its zeros once a term is in about a tenth of the documents.
     */
    private static float[][] headColumns(InvertedIndex index, DocumentVectors vectors, int[] headColumn, int threads) {
        java.util.Arrays.fill(headColumn, -1);
        int n = vectors.rows();
        if (n < HEAD_MIN_DOCUMENTS) {
            return new float[0][];
        }
        long[] candidates = new long[index.terms()];
        int count = 0;
        for (int t = 0; t < index.terms(); t++) {
            if (index.df(t) * (long) HEAD_DIVISOR >= n) {
                candidates[count++] = ((long) (Integer.MAX_VALUE - index.df(t)) << 32) | t; // most frequent first
            }
        }
        java.util.Arrays.sort(candidates, 0, count);
        int h = (int) Math.min(count, HEAD_MAX_FLOATS / n);
        float[][] columns = new float[h][n];
        for (int c = 0; c < h; c++) {
            headColumn[(int) candidates[c]] = c;
        }
        Workers.runBlocks(threads, n, 4096, "kindred-allpairs-head", (w, from, to) -> {
            for (int d = from; d < to; d++) {
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    int c = headColumn[vectors.term(e)];
                    if (c >= 0) {
                        columns[c][d] = (float) vectors.weight(e);
                    }
                }
            }
        });
        return columns;
    }

    /**
     * Fills {@link #after0} and {@link #after1}, in parts of consecutive documents on the worker threads. Within a
     * part, each term has a cursor per tier on its first posting after the part's last document seen with it (found by
     * a search the first time): the documents go up, so the cursors only move forward, one posting at a time. A head
     * term's entries are not needed. An entry of weight 0 has no posting of its own: it gets the postings after its
     * document and adds 0 from them (no vectorizer makes such entries).
     *
     * @return the postings after their documents of all entries, a head term's counting as one per later document
     */
    private long postingsAfterEachEntry(int threads) {
        AtomicLong total = new AtomicLong();
        int part = Math.max(1024, (n + 2 * threads - 1) / (2 * threads));
        Workers.runBlocks(threads, n, part, "kindred-allpairs-postings", (w, from, to) -> {
            int[] cursor0 = new int[index.terms()];
            int[] cursor1 = new int[index.terms()];
            boolean[] seen = new boolean[index.terms()];
            long work = 0;
            for (int d = from; d < to; d++) {
                work += postingsAfterEntries(d, cursor0, cursor1, seen);
            }
            total.addAndGet(work);
        });
        return total.get();
    }

    /**
     * Fills document d's entries of {@link #after0} and {@link #after1} (a method per document: compiled once).
     *
     * @return the postings after d of its entries, a head term's counting as n - d - 1
     */
    private long postingsAfterEntries(int d, int[] cursor0, int[] cursor1, boolean[] seen) {
        long work = 0;
        for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
            int t = vectors.term(e);
            if (headColumn[t] >= 0) {
                work += n - d - 1;
                continue;
            }
            if (!seen[t]) {
                seen[t] = true;
                cursor0[t] = index.firstAfter(t, 0, d - 1);
                cursor1[t] = index.firstAfter(t, 1, d - 1);
            }
            // d's own posting, if any, is at one of the two cursors
            int a = cursor0[t];
            a += a < index.split(t) && postingDocs[a] == d ? 1 : 0;
            int b = cursor1[t];
            b += b < index.end(t) && postingDocs[b] == d ? 1 : 0;
            after0[e] = cursor0[t] = a;
            after1[e] = cursor1[t] = b;
            work += (index.split(t) - a) + (index.end(t) - b);
        }
        return work;
    }

    long postingsVisited() {
        return postingsVisited;
    }

    /**
     * Runs the search.
     *
     * @param threads worker threads
     * @param scorers makes a single-query scorer (for rescoring and fallbacks), one per worker
     * @param out receives, for each document, its result: documents and scores, best first
     * @param progress receives the number of documents whose pairs are scored (the long phase)
     */
    void run(int threads, IntFunction<ExactScorer> scorers, ResultSink out, Progress progress) {
        Candidates[] perThread = new Candidates[threads];
        AtomicLong done = new AtomicLong();
        int[] rangeStart = ranges(n, threads);
        int ranges = rangeStart.length - 1;
        Workers.run(threads, ranges, "kindred-allpairs", (w, range) -> {
            if (perThread[w] == null) {
                perThread[w] = new Candidates();
            }
            Candidates c = perThread[w];
            // last documents first: their lists fill early, so from the start the JIT sees offers both taken and
            // refused (a profile that flips later costs a recompilation)
            int from = rangeStart[ranges - 1 - range];
            int to = rangeStart[ranges - range];
            for (int hi = to - 1; hi >= from; hi -= block) {
                c.scoreBlock(Math.max(from, hi - block + 1), hi);
            }
            progress.update(done.addAndGet(to - from), n);
        });
        ExactScorer[] exact = new ExactScorer[threads];
        int blocks = (n + MERGE_BLOCK - 1) / MERGE_BLOCK;
        Workers.run(threads, blocks, "kindred-allpairs-merge", (w, b) -> {
            if (exact[w] == null) {
                exact[w] = scorers.apply(w);
            }
            Merger merger = new Merger(exact[w], threads);
            for (int i = b * MERGE_BLOCK, end = Math.min(n, i + MERGE_BLOCK); i < end; i++) {
                merger.finish(i, perThread, out);
            }
        });
    }

    /**
     * Splits {@code [0, n)} into contiguous ranges of about equal work, many more than threads (so that they balance
     * the threads' loads): document i pairs with the n - i - 1 after it, so ranges narrow towards document 0.
     *
     * @return the ranges' starts, ascending, then n
     */
    static int[] ranges(int n, int threads) {
        int count = Math.max(1, Math.min(n / 16, 64 * threads));
        int[] start = new int[count + 1];
        for (int r = 1; r < count; r++) {
            // the pairs (i, j > i) of documents [start_r, n) are (n - start_r)² / 2: equal shares of n² / 2
            start[count - r] = (int) Math.floor(n * (1 - Math.sqrt((double) r / count)));
        }
        for (int r = 1; r < count; r++) {
            start[r] = Math.max(start[r], start[r - 1] + 1); // no empty range (count <= n / 16 keeps them below n)
        }
        start[count] = n;
        return start;
    }

    /** Receives the final list of a document; called from worker threads, once per document. */
    interface ResultSink {
        /**
         * @param doc the query document
         * @param docs its similar documents, best first
         * @param scores their exact scores
         * @param count number of entries
         */
        void accept(int doc, int[] docs, double[] scores, int count);
    }

    /** One worker's accumulator and candidate heaps for every document. */
    private final class Candidates {
        final double[] acc = new double[n];
        /**
         * Float sums of the head terms' products (see {@link #headColumns}) of the block's documents, one row per
         * document; a single row of zeros without head terms.
         */
        final float[][] headSums = new float[block][n];

        final int[] touched = new int[n];
        final double[] heapScore = new double[n * slots];
        final int[] heapDoc = new int[n * slots];
        final int[] heapSize = new int[n];
        /** Minimum of a full heap, 0 while not full (only positive scores are candidates). */
        final double[] heapMin = new double[n];
        /** The block's head terms: per document, its columns and its weights ({@link #maxHeads} slots each). */
        final float[][] headOf = new float[block * maxHeads][];

        final float[] headWeight = new float[block * maxHeads];
        final int[] headCount = new int[block];

        /**
         * Scores the pairs of documents lo..hi (last first) with every later document: the block's head sums first,
         * then each document's other terms.
         */
        void scoreBlock(int lo, int hi) {
            boolean head = headColumns.length > 0;
            if (head) {
                addHeadSums(lo, hi);
            }
            for (int i = hi; i >= lo; i--) {
                float[] sums = headSums[head ? i - lo : 0];
                scoreLaterPairs(i, sums);
                if (head) {
                    java.util.Arrays.fill(
                            sums, lo + 1, i + 1, 0f); // the block's sums start after lo, i's pairs after i
                }
            }
        }

        /**
         * Accumulates document i's pairs with every j &gt; i and offers each non-zero one to both lists. Each loop is a
         * method of its own, so that the JIT compiles this one once instead of also on-stack-replacing it (the inlined
         * hot path twice more).
         *
         * @param head i's head sums, from i + 1 on
         */
        private void scoreLaterPairs(int i, float[] head) {
            // the scan of (i, n) costs far less per document than tracking touched documents costs per posting; with a
            // head every document takes it, even the rare one without head terms: a path first taken late in the run
            // would make the JIT recompile this method
            if (headColumns.length > 0 || postingsAfter(i) > (n - i) / 32) {
                addScattered(i);
                offerScanned(i, head);
            } else {
                offerTouched(i, addTouched(i));
            }
        }

        /**
         * Adds the head terms' products of documents lo..hi to their rows of {@link #headSums}, from document lo + 1
         * on, slice by slice of {@link #HEAD_TILE} documents: a slice of every column is read from memory once for the
         * whole block and then from cache, and each document's sums of the slice stay in the L1 cache.
         */
        private void addHeadSums(int lo, int hi) {
            for (int b = 0; b <= hi - lo; b++) {
                int d = lo + b;
                int count = 0;
                for (int e = vectors.rowStart(d); e < vectors.rowEnd(d); e++) {
                    int c = headColumn[vectors.term(e)];
                    if (c >= 0) {
                        headOf[b * maxHeads + count] = headColumns[c];
                        headWeight[b * maxHeads + count++] = (float) vectors.weight(e);
                    }
                }
                headCount[b] = count;
            }
            for (int from = lo + 1; from < n; from += HEAD_TILE) {
                int to = Math.min(n, from + HEAD_TILE);
                for (int b = 0; b <= hi - lo; b++) {
                    addColumns(headSums[b], b * maxHeads, headCount[b], from, to);
                }
            }
        }

        /** @return the postings after document i (only asked without head terms) */
        private long postingsAfter(int i) {
            long work = 0;
            for (int e = vectors.rowStart(i); e < vectors.rowEnd(i); e++) {
                int t = vectors.term(e);
                work += (index.split(t) - after0[e]) + (index.end(t) - after1[e]);
            }
            return work;
        }

        /** Adds document i's postings after i into {@link #acc}, except its head terms (see {@link #addHeadSums}). */
        private void addScattered(int i) {
            int from = vectors.rowStart(i);
            int to = vectors.rowEnd(i);
            for (int e = from; e < to; e++) {
                int t = vectors.term(e);
                if (headColumn[t] < 0) {
                    double q = vectors.weight(e);
                    addDense(q, after0[e], index.split(t));
                    addDense(q, after1[e], index.end(t));
                }
            }
        }

        /**
         * Adds document i's postings after i into {@link #acc}, listing the documents touched in {@link #touched}
         * (there are no head terms on this path).
         *
         * @return the number of documents touched
         */
        private int addTouched(int i) {
            int from = vectors.rowStart(i);
            int to = vectors.rowEnd(i);
            int count = 0;
            for (int e = from; e < to; e++) {
                int t = vectors.term(e);
                double q = vectors.weight(e);
                count = addSparse(q, after0[e], index.split(t), count);
                count = addSparse(q, after1[e], index.end(t), count);
            }
            return count;
        }

        /**
         * Offers document i's pair with every j &gt; i, scanning the sums, and clears them. Most pairs enter neither
         * list, so the scan ({@link #nextCandidate}) is a loop of its own that stops only at a pair that may: the heap
         * code stays out of the loop over every later document, which the JIT then keeps tight, and i's heap minimum is
         * reread after each offer.
         */
        private void offerScanned(int i, float[] headSums) {
            double[] sums = acc;
            for (int j = nextCandidate(i, i + 1, headSums); j < n; j = nextCandidate(i, j + 1, headSums)) {
                offerPair(i, j, sums[j]);
                sums[j] = 0;
            }
        }

        /**
         * Adds the head sums into {@link #acc} from document {@code from} on and clears both, up to the first document
         * j whose pair with i scores above i's or j's heap minimum. A zero score is tested too (the minima are &gt;= 0,
         * so it never stops the scan): a test for it would be a branch whose profile changes as the search goes on, and
         * every such change makes the JIT recompile the loop.
         *
         * @return that document, its score left in {@link #acc}; n if there is none
         */
        private int nextCandidate(int i, int from, float[] headSums) {
            double[] sums = acc;
            double[] mins = heapMin;
            double minI = mins[i];
            for (int j = from; j < n; j++) {
                double s = sums[j] + headSums[j];
                headSums[j] = 0;
                if (s > minI || s > mins[j]) {
                    sums[j] = s;
                    return j;
                }
                sums[j] = 0;
            }
            return n;
        }

        /** Offers document i's pair with each document its postings touched, and clears their sums. */
        private void offerTouched(int i, int count) {
            for (int x = 0; x < count; x++) {
                int j = touched[x];
                offerPair(i, j, acc[j]);
                acc[j] = 0;
            }
        }

        /**
         * Adds a document's head terms (slots {@code first} to {@code first + heads} of {@link #headOf}) to its sums
         * over documents [from, to), four columns per pass: the sums are read and written once per four columns instead
         * of once per column (with wider passes the JIT stops vectorising the loop).
         */
        private void addColumns(float[] sums, int first, int heads, int from, int to) {
            float[][] c = headOf;
            float[] q = headWeight;
            int h = first;
            int end = first + heads;
            for (; h + 4 <= end; h += 4) {
                addColumns(sums, q[h], c[h], q[h + 1], c[h + 1], q[h + 2], c[h + 2], q[h + 3], c[h + 3], from, to);
            }
            for (; h < end; h++) {
                addColumn(sums, q[h], c[h], from, to);
            }
        }

        /** sums[j] += Σ q_c · column_c[j] for every j in [from, to): a loop the JIT vectorises. */
        private static void addColumns(
                float[] sums,
                float q0,
                float[] c0,
                float q1,
                float[] c1,
                float q2,
                float[] c2,
                float q3,
                float[] c3,
                int from,
                int to) {
            for (int j = from; j < to; j++) {
                sums[j] += (q0 * c0[j] + q1 * c1[j]) + (q2 * c2[j] + q3 * c3[j]);
            }
        }

        private static void addColumn(float[] sums, float q, float[] column, int from, int to) {
            for (int j = from; j < to; j++) {
                sums[j] += q * column[j];
            }
        }

        private void addDense(double q, int from, int to) {
            int[] docs = postingDocs;
            float[] weights = postingWeights;
            double[] sums = acc;
            for (int p = from; p < to; p++) {
                sums[docs[p]] += q * weights[p];
            }
        }

        private int addSparse(double q, int from, int to, int count) {
            int[] docs = postingDocs;
            float[] weights = postingWeights;
            double[] sums = acc;
            int[] seen = touched;
            for (int p = from; p < to; p++) {
                int d = docs[p];
                double a = sums[d];
                if (a == 0) {
                    seen[count++] = d;
                }
                sums[d] = a + q * weights[p];
            }
            return count;
        }

        private void offerPair(int i, int j, double s) {
            if (s > heapMin[i] && filter.accept(i, j)) {
                offer(i, j, s);
            }
            if (s > heapMin[j] && filter.accept(j, i)) {
                offer(j, i, s);
            }
        }

        /** Offers a pair to list {@code owner}'s heap of candidates ({@link BoundedHeap}, with the tie rule). */
        private void offer(int owner, int doc, double score) {
            int base = owner * slots;
            int size = BoundedHeap.offer(heapScore, heapDoc, base, heapSize[owner], slots, score, doc);
            heapSize[owner] = size;
            if (size == slots) {
                heapMin[owner] = heapScore[base];
            }
        }
    }

    /** Merges one document's candidates from all workers, rescores them exactly and proves (or redoes) the list. */
    private final class Merger {
        private final ExactScorer exact;
        private final TopK top = new TopK(k);
        private final int[] docs = new int[k];
        private final double[] scores = new double[k];
        private final double[] accumulated;

        Merger(ExactScorer exact, int workers) {
            this.accumulated = new double[workers * slots];
            this.exact = exact;
        }

        /** Finds list i and hands it to {@code out}. */
        void finish(int i, Candidates[] perThread, ResultSink out) {
            exact.loadQuery(i);
            top.reset(k);
            // accumulated scores are within slack of the exact ones: a candidate more than 2 slack below the k-th best
            // accumulated score is below k others exactly too, so it is not rescored
            double cut = kthAccumulated(i, perThread) - 2 * slack;
            double dropped = 0;
            for (Candidates c : perThread) {
                if (c == null) {
                    continue;
                }
                int base = i * slots;
                for (int x = 0; x < c.heapSize[i]; x++) {
                    if (c.heapScore[base + x] >= cut) {
                        top.offer(exact.scoreLoaded(c.heapDoc[base + x]), c.heapDoc[base + x]);
                    }
                }
                if (c.heapSize[i] == slots) {
                    dropped = Math.max(dropped, c.heapMin[i]);
                }
            }
            exact.unloadQuery(i);
            boolean proven = dropped == 0 || (top.isFull() && dropped + slack < top.worstScore());
            int count;
            if (proven) {
                count = top.drainBestFirst(docs, scores);
            } else {
                top.reset(k);
                count = exact.searchRow(i, k, d -> filter.accept(i, d), docs, scores);
            }
            out.accept(i, docs, scores, count);
        }

        /** The k-th best accumulated score among the candidates of list i, or -infinity if there are at most k. */
        private double kthAccumulated(int i, Candidates[] perThread) {
            int m = 0;
            for (Candidates c : perThread) {
                if (c != null) {
                    System.arraycopy(c.heapScore, i * slots, accumulated, m, c.heapSize[i]);
                    m += c.heapSize[i];
                }
            }
            if (m <= k) {
                return Double.NEGATIVE_INFINITY;
            }
            java.util.Arrays.sort(accumulated, 0, m);
            return accumulated[m - k];
        }
    }
}
