package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.ArticleSource;
import io.kindred.core.Progress;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.TermConsumer;
import io.kindred.core.concurrent.OrderedPipeline;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.text.TermTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw term counts of a corpus (scikit-learn's {@code CountVectorizer} output before pruning): every distinct term
 * with its document frequency, and each article's weighted term frequencies.
 *
 * <p>Built in parallel, while the articles are read: each worker analyses chunks of consecutive articles into its own
 * term table (and reads the next chunk when it is its turn); the tables are then merged into one (ids in no particular
 * order). Only the terms that survive pruning are sorted and given their final ids ({@link #rows}), so the millions of
 * one-off n-grams of a corpus cost no sorting. Nothing here depends on the thread count.
 *
 * <p>Memory, per entry (a distinct term of an article): a chunk keeps its term id (4 bytes) and its count as a float (4
 * bytes) when every count of the chunk is a float exactly, as counts of integer field weights are, else as a double (8
 * bytes). {@link #rows} first lets the term table go, then allocates the rows (12 bytes per kept entry) and sorts them
 * chunk by chunk, releasing each chunk as it is done: the peak is 8 + 12 bytes per entry, no more than the vectors and
 * the inverted index take together afterwards.
 *
 * <p>Not thread-safe: {@link #rows} can be called once, after which only {@link #df} and the document count remain.
 */
final class TermCounts {

    private static final int CHUNK = 256;

    /** Document frequency by term id. */
    final int[] df;

    private final int documents;
    private final Chunk[] chunks;
    /** Every distinct term; ids are merge order, not code-point order. Released by {@link #rows}. */
    private TermTable terms;
    /** For each worker, its local term ids' ids in {@link #terms}. Released by {@link #rows}. */
    private int[][] localToGlobal;

    private TermCounts(TermTable terms, int[] df, int documents, Chunk[] chunks, int[][] localToGlobal) {
        this.terms = terms;
        this.df = df;
        this.documents = documents;
        this.chunks = chunks;
        this.localToGlobal = localToGlobal;
    }

    int documents() {
        return documents;
    }

    /** @return the number of distinct terms */
    int termCount() {
        return df.length;
    }

    /**
     * @param id a term id
     * @return the term (a new string)
     * @throws IllegalStateException after {@link #rows}
     */
    String term(int id) {
        checkNotReleased();
        return terms.term(id);
    }

    /**
     * Total count of each term over the corpus, as scikit-learn sums it for {@code max_features}.
     *
     * @param binary count each term once per document (then the total is the document frequency)
     * @throws IllegalStateException after {@link #rows}
     */
    double[] totals(boolean binary) {
        checkNotReleased();
        double[] totals = new double[df.length];
        for (Chunk c : chunks) {
            int[] map = localToGlobal[c.worker];
            for (int e = 0; e < c.ids.length; e++) {
                totals[map[c.ids[e]]] += binary ? 1 : c.count(e);
            }
        }
        return totals;
    }

    private void checkNotReleased() {
        if (terms == null) {
            throw new IllegalStateException("rows already built: the terms and chunks were released");
        }
    }

    /**
     * Counts the articles of a source, analysing chunks of them on the worker threads while the source reads on
     * (whichever worker is free reads the next chunk).
     */
    static TermCounts count(
            ArticleSource articles, TextFields fields, Analyzer analyzer, int threads, Progress progress)
            throws IOException {
        AtomicLong done = new AtomicLong();
        AtomicInteger read = new AtomicInteger();
        List<ChunkCounter> counters = new ArrayList<>();
        ThreadLocal<ChunkCounter> counter = ThreadLocal.withInitial(() -> {
            synchronized (counters) {
                ChunkCounter c = new ChunkCounter(counters.size());
                counters.add(c);
                return c;
            }
        });
        List<Chunk> results = new ArrayList<>();
        OrderedPipeline.run(
                threads,
                "kindred-analyze",
                4 * threads,
                () -> {
                    List<Article> chunk = new ArrayList<>(CHUNK);
                    for (Article a; chunk.size() < CHUNK && (a = articles.next()) != null; ) {
                        chunk.add(a);
                    }
                    read.addAndGet(chunk.size());
                    return chunk.isEmpty() ? null : chunk;
                },
                chunk -> {
                    Chunk c = counter.get().count(chunk, fields, analyzer);
                    long analysed = done.addAndGet(chunk.size());
                    progress.update(analysed, Math.max(analysed, read.get()));
                    return c;
                },
                results::add);
        counter.remove(); // with one thread the counter belongs to the calling thread
        int n = read.get();
        int largest = 16;
        for (ChunkCounter c : counters) {
            largest = Math.max(largest, c.table.size());
        }
        TermTable all = new TermTable(largest * 2);
        int[][] localToGlobal = new int[counters.size()][];
        for (ChunkCounter c : counters) {
            localToGlobal[c.worker] = all.addAll(c.table);
        }
        int[] df = new int[all.size()];
        for (Chunk c : results) {
            int[] map = localToGlobal[c.worker];
            for (int id : c.ids) {
                df[map[id]]++; // a term occurs once per row of a chunk, so this counts documents
            }
        }
        return new TermCounts(all, df, n, results.toArray(Chunk[]::new), localToGlobal);
    }

    /**
     * The count matrix restricted to the kept terms, in their final ids: CSR, one row per article in input order, ids
     * increasing within a row.
     *
     * <p>The term table goes first (only the workers' maps from their ids to the final ones are needed), then the rows
     * are allocated and filled chunk by chunk on the workers, each chunk's rows sorted by a {@link RowSorter}, and each
     * chunk released once laid out.
     *
     * @param finalId for each term id, its final id or -1 if pruned
     * @param threads worker threads
     * @return {@code rowStart}, {@code termIds}, {@code counts}
     * @throws IllegalStateException if called a second time
     */
    Rows rows(int[] finalId, int threads) {
        checkNotReleased();
        int[][] localToFinal = new int[localToGlobal.length][];
        for (int w = 0; w < localToGlobal.length; w++) {
            int[] global = localToGlobal[w];
            int[] map = new int[global.length];
            for (int id = 0; id < global.length; id++) {
                map[id] = finalId[global[id]];
            }
            localToFinal[w] = map;
        }
        terms = null;
        localToGlobal = null;
        int[] firstRow = new int[chunks.length + 1];
        for (int c = 0; c < chunks.length; c++) {
            firstRow[c + 1] = firstRow[c] + chunks[c].rows();
        }
        int[] rowStart = new int[documents + 1];
        Workers.run(threads, chunks.length, "kindred-rows", (w, c) -> {
            Chunk chunk = chunks[c];
            int[] map = localToFinal[chunk.worker];
            for (int r = 0; r < chunk.rows(); r++) {
                int length = 0;
                for (int e = chunk.rowStart[r]; e < chunk.rowStart[r + 1]; e++) {
                    length += map[chunk.ids[e]] >= 0 ? 1 : 0;
                }
                rowStart[firstRow[c] + r + 1] = length;
            }
        });
        for (int d = 0; d < documents; d++) {
            rowStart[d + 1] += rowStart[d];
        }
        int entries = rowStart[documents];
        int[] termIds = new int[entries];
        double[] counts = new double[entries];
        int idBits = 32
                - Integer.numberOfLeadingZeros(
                        Math.max(1, Arrays.stream(finalId).max().orElse(0)));
        RowSorter[] sorters = new RowSorter[Math.max(1, threads)];
        Workers.run(threads, chunks.length, "kindred-rows", (w, c) -> {
            if (sorters[w] == null) {
                sorters[w] = new RowSorter(idBits);
            }
            sorters[w].sort(chunks[c], localToFinal[chunks[c].worker], rowStart, firstRow[c], termIds, counts);
            chunks[c] = null; // at a million articles the chunks are gigabytes: let them go while the rows fill
        });
        return new Rows(rowStart, termIds, counts);
    }

    /**
     * Lays a chunk's kept entries out in their rows, each row by increasing final id: a least-significant-digit radix
     * sort of the chunk's entries by id (stable, {@value #DIGIT_BITS} bits a pass), then a stable pass that hands each
     * entry to its row. A chunk's entries fit in cache, and the work is a few linear passes, not a comparison sort per
     * row. One per worker: not thread-safe.
     */
    private static final class RowSorter {
        private static final int DIGIT_BITS = 11;
        private final int passes;
        private final int[] histogram = new int[1 << DIGIT_BITS];
        private long[] keys = new long[0];
        private long[] buffer = new long[0];
        private int[] rowOf = new int[0];
        private int[] next = new int[0];

        RowSorter(int idBits) {
            this.passes = Math.max(1, (idBits + DIGIT_BITS - 1) / DIGIT_BITS);
        }

        void sort(Chunk chunk, int[] map, int[] rowStart, int firstRow, int[] termIds, double[] counts) {
            int size = chunk.ids.length;
            if (keys.length < size) {
                keys = new long[size];
                buffer = new long[size];
                rowOf = new int[size];
            }
            if (next.length < chunk.rows()) {
                next = new int[chunk.rows()];
            }
            int m = 0;
            for (int r = 0; r < chunk.rows(); r++) {
                next[r] = rowStart[firstRow + r];
                for (int e = chunk.rowStart[r]; e < chunk.rowStart[r + 1]; e++) {
                    int id = map[chunk.ids[e]];
                    if (id >= 0) {
                        keys[m++] = ((long) id << 32) | e; // (final id, place in the chunk)
                        rowOf[e] = r;
                    }
                }
            }
            long[] from = keys;
            long[] to = buffer;
            for (int p = 0, shift = 32; p < passes; p++, shift += DIGIT_BITS) {
                Arrays.fill(histogram, 0);
                int mask = (1 << DIGIT_BITS) - 1;
                for (int i = 0; i < m; i++) {
                    histogram[(int) (from[i] >>> shift) & mask]++;
                }
                for (int d = 0, at = 0; d < histogram.length; d++) {
                    int count = histogram[d];
                    histogram[d] = at;
                    at += count;
                }
                for (int i = 0; i < m; i++) {
                    to[histogram[(int) (from[i] >>> shift) & mask]++] = from[i];
                }
                long[] swap = from;
                from = to;
                to = swap;
            }
            for (int i = 0; i < m; i++) {
                int e = (int) from[i];
                int at = next[rowOf[e]]++;
                termIds[at] = (int) (from[i] >>> 32);
                counts[at] = chunk.count(e);
            }
        }
    }

    /** A count matrix in CSR form. */
    record Rows(int[] rowStart, int[] termIds, double[] counts) {}

    /**
     * One chunk's rows, in the local term ids of the worker that counted it. The counts are floats when every count of
     * the chunk is a float exactly (sums of integer or binary-fraction field weights), else doubles.
     */
    private static final class Chunk {
        final int worker;
        final int[] rowStart;
        final int[] ids;
        private final float[] floatCounts;
        private final double[] doubleCounts;

        /** Copies the first {@code size} entries of the counter's scratch. */
        Chunk(int worker, int[] rowStart, int[] ids, double[] counts, int size) {
            this.worker = worker;
            this.rowStart = rowStart;
            this.ids = Arrays.copyOf(ids, size);
            float[] floats = new float[size];
            for (int e = 0; e < size; e++) {
                floats[e] = (float) counts[e];
                if (floats[e] != counts[e]) {
                    floats = null;
                    break;
                }
            }
            this.floatCounts = floats;
            this.doubleCounts = floats == null ? Arrays.copyOf(counts, size) : null;
        }

        int rows() {
            return rowStart.length - 1;
        }

        double count(int e) {
            return floatCounts != null ? floatCounts[e] : doubleCounts[e];
        }
    }

    /** A worker's term table and scratch; receives the terms of one article at a time. Not thread-safe. */
    private static final class ChunkCounter implements TermConsumer {
        final int worker;
        final TermTable table = new TermTable(1 << 14);
        private double[] perTerm = new double[1 << 14];
        private double fieldWeight;
        private int[] touched = new int[256];
        private int touchedCount;
        /** The entries of the chunk being counted; kept from chunk to chunk so that only the exact copy allocates. */
        private int[] ids = new int[1 << 14];

        private double[] cnt = new double[1 << 14];

        ChunkCounter(int worker) {
            this.worker = worker;
        }

        @Override
        public void term(char[] buffer, int offset, int length) {
            int id = table.add(buffer, offset, length);
            if (id >= perTerm.length) {
                perTerm = Arrays.copyOf(perTerm, Math.max(id + 1, perTerm.length * 2));
            }
            double before = perTerm[id];
            perTerm[id] = before + fieldWeight;
            if (before == 0) {
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = id;
            }
        }

        Chunk count(List<Article> articles, TextFields fields, Analyzer analyzer) {
            int[] rowStart = new int[articles.size() + 1];
            int size = 0;
            for (int a = 0; a < articles.size(); a++) {
                touchedCount = 0;
                for (TextFields.Field field : fields.fields()) {
                    if (field.weight() > 0) {
                        fieldWeight = field.weight();
                        analyzer.analyze(field.text().of(articles.get(a)), this);
                    }
                }
                if (size + touchedCount > ids.length) {
                    ids = Arrays.copyOf(ids, Math.max(size + touchedCount, ids.length * 2));
                    cnt = Arrays.copyOf(cnt, ids.length);
                }
                for (int i = 0; i < touchedCount; i++) {
                    int id = touched[i];
                    ids[size] = id;
                    cnt[size++] = perTerm[id];
                    perTerm[id] = 0;
                }
                rowStart[a + 1] = size;
            }
            return new Chunk(worker, rowStart, ids, cnt, size);
        }
    }
}
