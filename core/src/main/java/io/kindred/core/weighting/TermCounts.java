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
 * The raw term counts of a corpus (scikit-learn's {@code CountVectorizer} output before pruning): every distinct
 * term with its document frequency, and each article's weighted term frequencies.
 *
 * <p>Built in parallel, while the articles are read: each worker analyses chunks of consecutive articles into
 * its own term table (and reads the next chunk when it is its turn); the tables are then merged into one ({@link #terms}, ids in no particular order). Only the terms that survive pruning are
 * sorted and given their final ids ({@link #rows}), so the millions of one-off n-grams of a corpus cost no
 * sorting. Nothing here depends on the thread count. Not thread-safe: {@link #rows} (once) releases the
 * per-chunk counts, after which only {@link #terms} and {@link #df} remain.
 */
final class TermCounts {

  private static final int CHUNK = 256;

  /** Every distinct term; ids are merge order, not code-point order. */
  final TermTable terms;
  /** Document frequency by id of {@link #terms}. */
  final int[] df;

  private final int documents;
  private final Chunk[] chunks;
  private final int[][] localToGlobal;

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

  /**
   * Total count of each term over the corpus, as scikit-learn sums it for {@code max_features}.
   *
   * @param binary count each term once per document (then the total is the document frequency)
   */
  double[] totals(boolean binary) {
    double[] totals = new double[df.length];
    for (Chunk c : chunks) {
      int[] map = localToGlobal[c.worker()];
      for (int e = 0; e < c.ids().length; e++) {
        totals[map[c.ids()[e]]] += binary ? 1 : c.counts()[e];
      }
    }
    return totals;
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
    ThreadLocal<ChunkCounter> counter =
        ThreadLocal.withInitial(
            () -> {
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
      int[] map = localToGlobal[c.worker()];
      for (int id : c.ids()) {
        df[map[id]]++; // a term occurs once per row of a chunk, so this counts documents
      }
    }
    return new TermCounts(all, df, n, results.toArray(Chunk[]::new), localToGlobal);
  }

  /**
   * The count matrix restricted to the kept terms, in their final ids: CSR, one row per article in input order,
   * ids increasing within a row.
   *
   * <p>Sorting the rows is a double transposition, not a sort: the kept entries are first laid out by term (each
   * term's documents increasing), then read back term by term into the rows, which so receive their ids in
   * increasing order. Both passes run on the workers, each over a part of the documents (consecutive chunks):
   * within a term, the parts' documents follow each other, so each part knows where its entries go.
   *
   * @param finalId for each term id, its final id or -1 if pruned
   * @param threads worker threads
   * @return {@code rowStart}, {@code termIds}, {@code counts}; the chunks are released once laid out by term, so
   *     this can be called once
   */
  Rows rows(int[] finalId, int threads) {
    if (documents > 0 && chunks[0] == null) {
      throw new IllegalStateException("rows already built: the chunks were released");
    }
    int kept = Arrays.stream(finalId).max().orElse(-1) + 1;
    int parts = Math.max(1, Math.min(threads, chunks.length));
    int[] firstChunk = new int[parts + 1];
    for (int p = 0; p <= parts; p++) {
      firstChunk[p] = (int) ((long) chunks.length * p / parts);
    }
    int[] firstRow = new int[chunks.length + 1];
    for (int c = 0; c < chunks.length; c++) {
      firstRow[c + 1] = firstRow[c] + chunks[c].rows();
    }
    int[] rowStart = new int[documents + 1];
    // per part and term: how many entries, then (prefix sums) where the part's entries of the term go
    int[][] next = new int[parts][kept];
    Workers.run(
        threads,
        parts,
        "kindred-rows",
        (w, p) -> {
          int[] count = next[p];
          for (int c = firstChunk[p]; c < firstChunk[p + 1]; c++) {
            Chunk chunk = chunks[c];
            int[] map = localToGlobal[chunk.worker()];
            for (int r = 0; r < chunk.rows(); r++) {
              int length = 0;
              for (int e = chunk.rowStart()[r]; e < chunk.rowStart()[r + 1]; e++) {
                int id = finalId[map[chunk.ids()[e]]];
                if (id >= 0) {
                  count[id]++;
                  length++;
                }
              }
              rowStart[firstRow[c] + r + 1] = length;
            }
          }
        });
    for (int d = 0; d < documents; d++) {
      rowStart[d + 1] += rowStart[d];
    }
    int[] termStart = new int[kept + 1];
    for (int t = 0, at = 0; t < kept; t++) {
      termStart[t] = at;
      for (int[] position : next) {
        int count = position[t];
        position[t] = at;
        at += count;
      }
      termStart[t + 1] = at;
    }
    int entries = rowStart[documents];
    int[] byTermDoc = new int[entries];
    double[] byTermCount = new double[entries];
    Workers.run(
        threads,
        parts,
        "kindred-rows",
        (w, p) -> {
          int[] position = next[p];
          for (int c = firstChunk[p]; c < firstChunk[p + 1]; c++) {
            Chunk chunk = chunks[c];
            int[] map = localToGlobal[chunk.worker()];
            for (int r = 0; r < chunk.rows(); r++) {
              for (int e = chunk.rowStart()[r]; e < chunk.rowStart()[r + 1]; e++) {
                int id = finalId[map[chunk.ids()[e]]];
                if (id >= 0) {
                  int q = position[id]++;
                  byTermDoc[q] = firstRow[c] + r;
                  byTermCount[q] = chunk.counts()[e];
                }
              }
            }
            chunks[c] = null; // at a million articles the chunks are gigabytes: let them go before the rows fill
          }
        });
    // now next[p][t] is where part p's entries of term t end, and part p - 1's end is where they start
    int[] termIds = new int[entries];
    double[] counts = new double[entries];
    int[] fill = Arrays.copyOf(rowStart, documents);
    Workers.run(
        threads,
        parts,
        "kindred-rows",
        (w, p) -> {
          for (int t = 0; t < kept; t++) {
            for (int q = p == 0 ? termStart[t] : next[p - 1][t], end = next[p][t]; q < end; q++) {
              int at = fill[byTermDoc[q]]++; // each part fills only the rows of its own documents
              termIds[at] = t;
              counts[at] = byTermCount[q];
            }
          }
        });
    return new Rows(rowStart, termIds, counts);
  }

  /** A count matrix in CSR form. */
  record Rows(int[] rowStart, int[] termIds, double[] counts) {}

  /** One chunk's rows, in the local term ids of the worker that counted it. */
  private record Chunk(int worker, int[] rowStart, int[] ids, double[] counts) {
    int rows() {
      return rowStart.length - 1;
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
      return new Chunk(worker, rowStart, Arrays.copyOf(ids, size), Arrays.copyOf(cnt, size));
    }
  }
}
