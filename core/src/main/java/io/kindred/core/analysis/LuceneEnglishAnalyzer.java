package io.kindred.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English analysis with Lucene 9: {@code StandardTokenizer} (Unicode word boundaries, UAX #29), possessive removal
 * ("court's" &rarr; "court"), lowercasing, optional ASCII folding, stop words, then Porter or Snowball (Porter2)
 * stemming.
 *
 * <p>Thread-safe: Lucene's analyzer keeps one token stream per thread.
 */
public final class LuceneEnglishAnalyzer implements Analyzer {

    /** The stemmer applied last. */
    public enum Stemmer {
        /** No stemming. */
        NONE,
        /** Lucene's {@code PorterStemFilter} (Porter 1980), as in Lucene's {@code EnglishAnalyzer}. */
        PORTER,
        /** Snowball's English stemmer (Porter2). */
        SNOWBALL
    }

    private final StopWords stopWords;
    private final Stemmer stemmer;
    private final boolean foldAscii;
    private final int minN;
    private final int maxN;
    private final int wordWeight;
    private final org.apache.lucene.analysis.Analyzer lucene;

    private LuceneEnglishAnalyzer(
            StopWords stopWords, Stemmer stemmer, boolean foldAscii, int minN, int maxN, int wordWeight) {
        this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
        this.foldAscii = foldAscii;
        NGrams.checkRange(minN, maxN);
        if (wordWeight < 1) {
            throw new IllegalArgumentException("word weight must be >= 1, was " + wordWeight);
        }
        this.minN = minN;
        this.maxN = maxN;
        this.wordWeight = wordWeight;
        this.lucene = new Chain();
    }

    /**
     * An English analyzer.
     *
     * @param stopWords the stop words, removed before stemming
     * @param stemmer the stemmer
     * @param foldAscii fold accented Latin letters to ASCII ("café" &rarr; "cafe")
     * @return the analyzer
     */
    public static LuceneEnglishAnalyzer of(StopWords stopWords, Stemmer stemmer, boolean foldAscii) {
        return new LuceneEnglishAnalyzer(stopWords, stemmer, foldAscii, 1, 1, 1);
    }

    /**
     * An English analyzer emitting word n-grams of the stemmed tokens, joined by a space as scikit-learn joins them
     * (stop words are removed first, so "court of appeals" gives the bigram "court appeal").
     *
     * @param stopWords the stop words, removed before stemming
     * @param stemmer the stemmer
     * @param foldAscii fold accented Latin letters to ASCII
     * @param minN smallest n, at least 1
     * @param maxN largest n, at least {@code minN}
     * @return the analyzer
     */
    public static LuceneEnglishAnalyzer of(
            StopWords stopWords, Stemmer stemmer, boolean foldAscii, int minN, int maxN) {
        return new LuceneEnglishAnalyzer(stopWords, stemmer, foldAscii, minN, maxN, 1);
    }

    /**
     * Like {@link #of(StopWords, Stemmer, boolean, int, int)}, emitting every single word {@code wordWeight} times (its
     * term frequency multiplied), so that with n-grams the phrases complement the words rather than drown them.
     *
     * @param stopWords the stop words, removed before stemming
     * @param stemmer the stemmer
     * @param foldAscii fold accented Latin letters to ASCII
     * @param minN smallest n, at least 1
     * @param maxN largest n, at least {@code minN}
     * @param wordWeight times each word is emitted, at least 1
     * @return the analyzer
     */
    public static LuceneEnglishAnalyzer of(
            StopWords stopWords, Stemmer stemmer, boolean foldAscii, int minN, int maxN, int wordWeight) {
        return new LuceneEnglishAnalyzer(stopWords, stemmer, foldAscii, minN, maxN, wordWeight);
    }

    /** @return Lucene {@code EnglishAnalyzer}'s behaviour with scikit-learn's larger stop list and Porter stemming */
    public static LuceneEnglishAnalyzer defaults() {
        return of(StopWords.ENGLISH, Stemmer.PORTER, false);
    }

    @Override
    public void analyze(CharSequence text, TermConsumer consumer) {
        if (maxN == 1 && wordWeight == 1) {
            tokens(text, consumer);
            return;
        }
        // collect the tokens into one buffer, then join them into n-grams
        char[][] buffer = {new char[Math.max(16, text.length())]};
        int[][] spans = {new int[64]};
        int[] length = {0};
        tokens(text, (b, o, n) -> {
            if (length[0] + n > buffer[0].length) {
                buffer[0] = java.util.Arrays.copyOf(buffer[0], Math.max(buffer[0].length * 2, length[0] + n));
            }
            System.arraycopy(b, o, buffer[0], length[0], n);
            spans[0] = NGrams.add(spans[0], length[0], length[0] + n);
            length[0] += n;
        });
        new NGrams().emit(buffer[0], spans[0], minN, maxN, wordWeight, consumer);
    }

    private void tokens(CharSequence text, TermConsumer consumer) {
        try (TokenStream ts = lucene.tokenStream("text", text.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                consumer.term(term.buffer(), 0, term.length());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text (a StringReader never fails)", e);
        }
    }

    @Override
    public String describe() {
        return "english(stop_words="
                + stopWords.name()
                + ", stemmer="
                + stemmer.name().toLowerCase(Locale.ROOT)
                + (foldAscii ? ", ascii-folding" : "")
                + (maxN > 1 ? ", ngram=" + minN + ".." + maxN : "")
                + (wordWeight > 1 ? ", word-weight=" + wordWeight : "")
                + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The Lucene token chain. */
    private final class Chain extends org.apache.lucene.analysis.Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream ts = new EnglishPossessiveFilter(source);
            ts = new LowerCaseFilter(ts);
            if (foldAscii) {
                ts = new ASCIIFoldingFilter(ts);
            }
            if (!stopWords.isEmpty()) {
                ts = new StopFilter(ts, stopWords.asCharArraySet());
            }
            ts = switch (stemmer) {
                case NONE -> ts;
                case PORTER -> new PorterStemFilter(ts);
                case SNOWBALL -> new SnowballFilter(ts, new EnglishStemmer());
            };
            return new TokenStreamComponents(source, ts);
        }
    }
}
