package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.Progress;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.TermConsumer;
import io.kindred.core.concurrent.Workers;
import io.kindred.core.text.CodePointOrder;
import io.kindred.core.text.TermTable;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw term counts of a corpus (scikit-learn's {@code CountVectorizer} output before pruning): every distinct
 * term in code-point order with its document frequency, and a count matrix in CSR form, one row per article in
 * input order, term ids increasing within a row.
 *
 * <p>Built in parallel: each worker analyses contiguous chunks of articles into its own term table, then the tables
 * are merged and sorted, so the result does not depend on the thread count. Immutable after construction.
 */
final class TermCounts {

  private static final int CHUNK = 256;

  final String[] terms;
  final int[] df;
  final int[] rowStart;
  final int[] termIds;
  /** Weighted term frequencies (whole counts for a single field of weight 1). */
  final double[] counts;

  private TermCounts(String[] terms, int[] df, int[] rowStart, int[] termIds, double[] counts) {
    this.terms = terms;
    this.df = df;
    this.rowStart = rowStart;
    this.termIds = termIds;
    this.counts = counts;
  }

  int documents() {
    return rowStart.length - 1;
  }

  /**
   * Total count of each term over the corpus, as scikit-learn sums it for {@code max_features}.
   *
   * @param binary count each term once per document (then the total is the document frequency)
   */
  double[] totals(boolean binary) {
    double[] totals = new double[terms.length];
    for (int e = 0; e < termIds.length; e++) {
      totals[termIds[e]] += binary ? 1 : counts[e];
    }
    return totals;
  }

  static TermCounts count(
      List<Article> articles, TextFields fields, Analyzer analyzer, int threads, Progress progress) {
    AtomicLong done = new AtomicLong();
    int n = articles.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    int workers = Math.max(1, Math.min(threads, chunks));
    ChunkCounter[] counters = new ChunkCounter[workers];
    Chunk[] results = new Chunk[chunks];
    Workers.run(
        workers,
        chunks,
        "kindred-analyze",
        (w, c) -> {
          if (counters[w] == null) {
            counters[w] = new ChunkCounter(w);
          }
          int from = c * CHUNK;
          int to = Math.min(n, from + CHUNK);
          results[c] = counters[w].count(articles, from, to, fields, analyzer);
          progress.update(done.addAndGet(to - from), n);
        });
    return merge(n, counters, results, threads);
  }

  private static TermCounts merge(int n, ChunkCounter[] counters, Chunk[] chunks, int threads) {
    int largest = 16;
    for (ChunkCounter c : counters) {
      largest = c == null ? largest : Math.max(largest, c.table.size());
    }
    TermTable all = new TermTable(largest * 2);
    int[][] localToGlobal = new int[counters.length][];
    for (int w = 0; w < counters.length; w++) {
      if (counters[w] == null) {
        continue;
      }
      String[] local = counters[w].table.terms();
      localToGlobal[w] = new int[local.length];
      for (int l = 0; l < local.length; l++) {
        localToGlobal[w][l] = all.add(local[l]);
      }
    }
    String[] sorted = all.terms();
    Arrays.sort(sorted, CodePointOrder.INSTANCE);
    int[] rank = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      rank[all.find(sorted[i])] = i;
    }
    for (int[] map : localToGlobal) {
      if (map != null) {
        for (int l = 0; l < map.length; l++) {
          map[l] = rank[map[l]];
        }
      }
    }

    int[] rowStart = new int[n + 1];
    int[] chunkStart = new int[chunks.length];
    int row = 0;
    for (int c = 0; c < chunks.length; c++) {
      chunkStart[c] = rowStart[row];
      for (int r = 0; r < chunks[c].rows(); r++, row++) {
        rowStart[row + 1] = rowStart[row] + chunks[c].rowStart[r + 1] - chunks[c].rowStart[r];
      }
    }
    int[] termIds = new int[rowStart[n]];
    double[] counts = new double[rowStart[n]];
    Workers.run(
        Math.max(1, Math.min(threads, chunks.length)),
        chunks.length,
        "kindred-merge",
        (w, c) -> chunks[c].copySorted(localToGlobal[chunks[c].worker], termIds, counts, chunkStart[c]));
    int[] df = new int[sorted.length];
    for (int t : termIds) {
      df[t]++;
    }
    return new TermCounts(sorted, df, rowStart, termIds, counts);
  }

  /** One chunk's rows, in the local term ids of the worker that counted it. */
  private record Chunk(int worker, int[] rowStart, int[] ids, double[] counts) {
    int rows() {
      return rowStart.length - 1;
    }

    /** Maps to global ids, sorts each row by id and writes it at {@code offset}. */
    void copySorted(int[] toGlobal, int[] termIds, double[] outCounts, int offset) {
      // sort (global id, position in chunk) pairs, then gather the counts
      long[] packed = new long[ids.length];
      for (int i = 0; i < ids.length; i++) {
        packed[i] = ((long) toGlobal[ids[i]] << 32) | i;
      }
      for (int r = 0; r < rows(); r++) {
        Arrays.sort(packed, rowStart[r], rowStart[r + 1]);
      }
      for (int i = 0; i < ids.length; i++) {
        termIds[offset + i] = (int) (packed[i] >>> 32);
        outCounts[offset + i] = counts[(int) packed[i]];
      }
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

    Chunk count(List<Article> articles, int from, int to, TextFields fields, Analyzer analyzer) {
      int[] rowStart = new int[to - from + 1];
      int[] ids = new int[(to - from) * 64];
      double[] cnt = new double[ids.length];
      int size = 0;
      for (int a = from; a < to; a++) {
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
        rowStart[a - from + 1] = size;
      }
      return new Chunk(worker, rowStart, Arrays.copyOf(ids, size), Arrays.copyOf(cnt, size));
    }
  }
}
