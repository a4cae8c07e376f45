package io.kindred.bench.peers;

import io.kindred.bench.JsonLines;
import io.kindred.core.Article;
import io.kindred.core.analysis.ArticleText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Lucene 9.12.3 MoreLikeThis as users run it for "related articles": title + "\n" + body indexed into one field of a
 * {@link ByteBuffersDirectory} (term vectors stored, so MoreLikeThis reads each article's terms instead of re-analysing
 * it), one {@link MoreLikeThis#like(int)} query per article, top 10 by Lucene's BM25 score, the article itself
 * excluded. Approximate by design: at most {@code maxQueryTerms} terms per query.
 *
 * <p>Variants: {@link Variant#DEFAULT} (StandardAnalyzer, every MoreLikeThis default: minTermFreq 2, minDocFreq 5,
 * maxQueryTerms 25) and {@link Variant#ENGLISH} (EnglishAnalyzer: stop words and Porter stemming, minTermFreq 1,
 * maxQueryTerms 50). Document numbers equal input positions: one writer thread, a log merge policy and a final merge
 * into one segment keep the order. Not thread-safe for building; {@link #search} runs its own threads.
 */
public final class LuceneMlt implements AutoCloseable {

    /** The MoreLikeThis settings compared. */
    public enum Variant {
        /** StandardAnalyzer and every MoreLikeThis default. */
        DEFAULT,
        /** EnglishAnalyzer, minTermFreq 1, maxQueryTerms 50. */
        ENGLISH
    }

    static final String FIELD = "text";

    private final Variant variant;
    private final Analyzer analyzer;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private DirectoryReader reader;

    /** @param variant the settings */
    public LuceneMlt(Variant variant) {
        this.variant = variant;
        this.analyzer = variant == Variant.ENGLISH ? new EnglishAnalyzer() : new StandardAnalyzer();
    }

    /**
     * Indexes the articles, in order (document number = position).
     *
     * @param articles the corpus
     */
    public void index(List<Article> articles) {
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(256)
                    .setMergePolicy(new LogByteSizeMergePolicy());
            FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
            type.setStoreTermVectors(true);
            type.freeze();
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                for (Article a : articles) {
                    Document d = new Document();
                    d.add(new Field(FIELD, ArticleText.TITLE_AND_BODY.of(a).toString(), type));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            reader = DirectoryReader.open(dir);
            if (reader.maxDoc() != articles.size() || reader.leaves().size() != 1) {
                throw new IllegalStateException("expected one segment of " + articles.size() + " documents");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MoreLikeThis newMlt() throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setFieldNames(new String[] {FIELD});
        mlt.setAnalyzer(analyzer);
        if (variant == Variant.ENGLISH) {
            mlt.setMinTermFreq(1);
            mlt.setMaxQueryTerms(50);
        }
        return mlt;
    }

    /**
     * One MoreLikeThis query per listed article.
     *
     * @param articles the corpus (for ids), as indexed
     * @param queries positions to query
     * @param k list length
     * @param threads worker threads, each with its own MoreLikeThis
     * @return one list per query, self excluded, best first
     */
    public List<List<JsonLines.Scored>> search(List<Article> articles, int[] queries, int k, int threads) {
        @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array, filled by index from the workers
        List<JsonLines.Scored>[] out = new List[queries.length];
        IndexSearcher searcher = new IndexSearcher(reader);
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(
                    () -> {
                        try {
                            MoreLikeThis mlt = newMlt();
                            for (int b; (b = next.getAndAdd(64)) < queries.length; ) {
                                for (int i = b; i < Math.min(queries.length, b + 64); i++) {
                                    out[i] = query(searcher, mlt, articles, queries[i], k);
                                }
                            }
                        } catch (IOException e) {
                            synchronized (failure) {
                                failure[0] = new UncheckedIOException(e);
                            }
                        }
                    },
                    "mlt-" + t);
            workers.add(th);
            th.start();
        }
        for (Thread th : workers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return List.of(out);
    }

    static List<JsonLines.Scored> query(
            IndexSearcher searcher, MoreLikeThis mlt, List<Article> articles, int doc, int k) throws IOException {
        Query q = mlt.like(doc);
        TopDocs top = searcher.search(q, k + 1);
        List<JsonLines.Scored> list = new ArrayList<>(k);
        for (ScoreDoc sd : top.scoreDocs) {
            if (sd.doc != doc && sd.score > 0 && list.size() < k) {
                list.add(new JsonLines.Scored(articles.get(sd.doc).id(), sd.score));
            }
        }
        return list;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        dir.close();
    }
}
