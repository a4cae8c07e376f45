package io.kindred.core.weighting;

import io.kindred.core.Article;
import io.kindred.core.analysis.Analyzer;
import io.kindred.core.analysis.TermConsumer;
import io.kindred.core.text.Vocabulary;
import io.kindred.core.vector.SparseVector;
import java.util.Arrays;

/**
 * A fitted TF-IDF model: vocabulary, idf and options, as scikit-learn's fitted {@code TfidfVectorizer}.
 * {@link #transform} gives exactly the vector the article would have had in the corpus. Immutable and thread-safe.
 */
public final class TfidfModel implements VectorModel {

    private final Analyzer analyzer;
    private final TextFields fields;
    private final TfidfOptions options;
    private final Vocabulary vocabulary;
    private final double[] idf;
    private final double averageLength;

    TfidfModel(
            Analyzer analyzer,
            TextFields fields,
            TfidfOptions options,
            Vocabulary vocabulary,
            double[] idf,
            double averageLength) {
        this.analyzer = analyzer;
        this.fields = fields;
        this.options = options;
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.averageLength = averageLength;
    }

    /**
     * A stored model, as its accessors gave it: transforms exactly as the model that was stored.
     *
     * @param analyzer the analyzer of the settings it was fitted with
     * @param fields the text fields of those settings
     * @param options the weighting options of those settings
     * @param vocabulary the fitted vocabulary
     * @param idf one weight per vocabulary term (see {@link #idf(int)})
     * @param averageLength the average document length at the fit (see {@link #averageLength()})
     * @return the model
     * @throws IllegalArgumentException if idf does not have one weight per term
     */
    public static TfidfModel of(
            Analyzer analyzer,
            TextFields fields,
            TfidfOptions options,
            Vocabulary vocabulary,
            double[] idf,
            double averageLength) {
        if (idf.length != vocabulary.size()) {
            throw new IllegalArgumentException(idf.length + " idf weights for " + vocabulary.size() + " terms");
        }
        return new TfidfModel(analyzer, fields, options, vocabulary, idf.clone(), averageLength);
    }

    /** @return the average document length at the fit, which length-normalising schemes (BM25) use */
    public double averageLength() {
        return averageLength;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public double idf(int termId) {
        return idf[termId];
    }

    /** @return the weighting options */
    public TfidfOptions options() {
        return options;
    }

    /** @return the analyzer */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** @return the text fields and their weights */
    public TextFields fields() {
        return fields;
    }

    @Override
    public SparseVector transform(Article article) {
        return transform(article, new long[2]);
    }

    /**
     * Like {@link #transform(Article)}, counting the article's terms: how far a corpus has drifted from the model.
     *
     * @param article an article
     * @param terms receives the number of its terms (every occurrence, before weighting) in {@code terms[0]} and of
     *     those in the vocabulary in {@code terms[1]}, added to what they hold
     * @return its vector
     */
    public SparseVector transform(Article article, long[] terms) {
        TermBag bag = new TermBag();
        for (TextFields.Field field : fields.fields()) {
            if (field.weight() > 0) {
                bag.weight = field.weight();
                analyzer.analyze(field.text().of(article), bag);
            }
        }
        int[] ids = bag.sortedIds();
        double[] counts = bag.countsOf(ids);
        double[] w = new double[ids.length];
        weigh(counts, ids, 0, ids.length, w, 0);
        terms[0] += bag.all;
        terms[1] += bag.size;
        return SparseVector.of(ids, w);
    }

    /**
     * Weights one row with the options' scheme, then normalises it. {@code out[outFrom ..]} receives the weights of
     * entries {@code [from, to)}; {@code out} may be {@code counts} itself with {@code outFrom == from}.
     */
    void weigh(double[] counts, int[] termIds, int from, int to, double[] out, int outFrom) {
        Weighting w = options.weighting();
        boolean binary = options.binary();
        double length = 0;
        for (int e = from; e < to; e++) {
            length += binary ? 1 : counts[e];
        }
        double lengthFactor = w.lengthFactor(length, averageLength);
        for (int e = from, i = outFrom; e < to; e++, i++) {
            // idf is 1 where the scheme does not use it: tf · 1 is tf, bit for bit
            out[i] = w.tf(binary ? 1 : counts[e], lengthFactor) * idf[termIds[e]];
        }
        options.norm().apply(out, outFrom, outFrom + to - from);
    }

    /** Weighted counts of the known terms of one article, without boxing. Not thread-safe (one per call). */
    private final class TermBag implements TermConsumer {
        /** (term id << 32) | index into {@link #weights}, one per occurrence. */
        private long[] occurrences = new long[64];

        private double[] weights = new double[64];
        private int size;
        private long all;
        double weight;
        private int distinct;
        private int[] ids;
        private double[] counts;

        @Override
        public void term(char[] buffer, int offset, int length) {
            int id = vocabulary.id(buffer, offset, length);
            all++;
            if (id >= 0) {
                if (size == occurrences.length) {
                    occurrences = Arrays.copyOf(occurrences, size * 2);
                    weights = Arrays.copyOf(weights, size * 2);
                }
                weights[size] = weight;
                occurrences[size] = ((long) id << 32) | size;
                size++;
            }
        }

        /** Groups the occurrences by term id (increasing); sums the weights in occurrence order. */
        void group() {
            Arrays.sort(occurrences, 0, size);
            ids = new int[size];
            counts = new double[size];
            distinct = 0;
            for (int i = 0; i < size; i++) {
                int id = (int) (occurrences[i] >>> 32);
                if (distinct == 0 || ids[distinct - 1] != id) {
                    ids[distinct++] = id;
                }
                counts[distinct - 1] += weights[(int) occurrences[i]];
            }
        }

        int[] sortedIds() {
            group();
            return Arrays.copyOf(ids, distinct);
        }

        double[] countsOf(int[] sortedIds) {
            return Arrays.copyOf(counts, sortedIds.length);
        }
    }

    @Override
    public String describe() {
        return "tfidf(" + analyzer.describe() + ", fields=" + fields + ", " + options + ", vocabulary="
                + vocabulary.size() + ")";
    }
}
