package io.kindred.core.analysis;

import java.util.Objects;

/**
 * Exactly scikit-learn 1.2's {@code TfidfVectorizer(analyzer='word')} analysis.
 *
 * <ol>
 *   <li>{@code lowercase}: Python's {@code str.lower()} (full mapping: "İ" becomes "i" + U+0307; final sigma);
 *   <li>{@code strip_accents}: see {@link StripAccents};
 *   <li>token pattern {@code (?u)\b\w\w+\b}: maximal runs of at least two code points that Python's {@code \w} matches
 *       (Unicode letters, Nd, Nl, No and '_'; not combining marks, so Indic vowel signs split words);
 *   <li>stop words removed;
 *   <li>word n-grams for each n of {@code ngramRange} joined by one space, all unigrams first, then bigrams, ...
 * </ol>
 *
 * <p>Character classes and case mappings come from Python 3.11's Unicode 14 tables, not the JDK, so the terms are the
 * same on every JDK. Immutable and thread-safe.
 */
public final class SklearnAnalyzer implements Analyzer {

    private final boolean lowercase;
    private final StripAccents stripAccents;
    private final StopWords stopWords;
    private final int minN;
    private final int maxN;

    private SklearnAnalyzer(Builder b) {
        this.lowercase = b.lowercase;
        this.stripAccents = b.stripAccents;
        this.stopWords = b.stopWords;
        this.minN = b.minN;
        this.maxN = b.maxN;
    }

    /** @return a builder with scikit-learn's defaults: lowercase, no accent stripping, no stop words, unigrams */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the analyzer with scikit-learn's defaults */
    public static SklearnAnalyzer defaults() {
        return builder().build();
    }

    @Override
    public void analyze(CharSequence text, TermConsumer consumer) {
        Scratch scratch = Scratch.acquire();
        CharScratch chars = scratch.text;
        chars.length = 0;
        if (stripAccents == StripAccents.NONE && lowercase) {
            if (text instanceof JoinedText joined) {
                // the newline between parts is no word character and no context of a final sigma: lowering the parts
                // one
                // by one is lowering the whole
                for (int p = 0; p < joined.parts(); p++) {
                    if (p > 0) {
                        chars.room(1)[chars.length++] = '\n';
                    }
                    PythonUnicode.lowerAppend(joined.part(p), chars);
                }
            } else {
                PythonUnicode.lowerAppend(text.toString(), chars);
            }
        } else {
            String t = text.toString();
            chars.append(stripAccents.apply(lowercase ? PythonUnicode.lower(t) : t));
        }
        scratch.spans = tokenSpans(chars.chars, chars.length, scratch.spans);
        scratch.ngrams.emit(chars.chars, scratch.spans, minN, maxN, 1, consumer);
        scratch.release();
    }

    /**
     * Finds the tokens of {@code chars[0, length)} that survive stop-word removal.
     *
     * @param spans the list to fill (its content is replaced; grown if needed)
     * @return {@code [count, start0, end0, start1, end1, ...]} in chars
     */
    private int[] tokenSpans(char[] chars, int length, int[] spans) {
        spans[0] = 0;
        int i = 0;
        while (i < length) {
            if (!isWord(chars, i, length)) {
                i += Character.charCount(Character.codePointAt(chars, i, length));
                continue;
            }
            int start = i;
            int codePoints = 0;
            while (i < length && isWord(chars, i, length)) {
                codePoints++;
                i += Character.charCount(Character.codePointAt(chars, i, length));
            }
            if (codePoints >= 2 && !stopWords.contains(chars, start, i - start)) {
                spans = NGrams.add(spans, start, i);
            }
        }
        return spans;
    }

    /** Whether the code point at {@code i} is a word character; one bit test for chars outside surrogates. */
    private static boolean isWord(char[] chars, int i, int length) {
        char c = chars[i];
        return Character.isSurrogate(c)
                ? PythonUnicode.isWordChar(Character.codePointAt(chars, i, length))
                : PythonUnicode.isWordChar(c);
    }

    @Override
    public String describe() {
        return "sklearn(lowercase="
                + lowercase
                + ", strip_accents="
                + stripAccents.name().toLowerCase(java.util.Locale.ROOT)
                + ", stop_words="
                + stopWords.name()
                + ", ngram="
                + minN
                + ".."
                + maxN
                + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /**
     * One thread's buffers for {@link #analyze}: the lowered text, its token spans and the n-gram buffer, reused from
     * article to article so that analysis allocates nothing per article. A consumer that analyses again from inside
     * {@link TermConsumer#term} gets fresh buffers; buffers grown for a huge text are not kept.
     */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);
        private static final int KEEP_CHARS = 1 << 20;

        final CharScratch text = new CharScratch();
        final NGrams ngrams = new NGrams();
        int[] spans = new int[257];
        private boolean inUse;

        static Scratch acquire() {
            Scratch s = PER_THREAD.get();
            if (s.inUse) {
                return new Scratch();
            }
            s.inUse = true;
            return s;
        }

        void release() {
            inUse = false;
            if (text.chars.length > KEEP_CHARS || spans.length > KEEP_CHARS / 2) {
                PER_THREAD.remove();
            }
        }
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private boolean lowercase = true;
        private StripAccents stripAccents = StripAccents.NONE;
        private StopWords stopWords = StopWords.NONE;
        private int minN = 1;
        private int maxN = 1;

        private Builder() {}

        /**
         * @param lowercase scikit-learn's {@code lowercase} (default true)
         * @return this
         */
        public Builder lowercase(boolean lowercase) {
            this.lowercase = lowercase;
            return this;
        }

        /**
         * @param stripAccents scikit-learn's {@code strip_accents} (default {@link StripAccents#NONE})
         * @return this
         */
        public Builder stripAccents(StripAccents stripAccents) {
            this.stripAccents = Objects.requireNonNull(stripAccents, "stripAccents");
            return this;
        }

        /**
         * @param stopWords scikit-learn's {@code stop_words} (default {@link StopWords#NONE})
         * @return this
         */
        public Builder stopWords(StopWords stopWords) {
            this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
            return this;
        }

        /**
         * scikit-learn's {@code ngram_range}.
         *
         * @param minN smallest n, at least 1
         * @param maxN largest n, at least {@code minN}
         * @return this
         * @throws IllegalArgumentException if {@code minN < 1} or {@code maxN < minN}
         */
        public Builder ngramRange(int minN, int maxN) {
            NGrams.checkRange(minN, maxN);
            this.minN = minN;
            this.maxN = maxN;
            return this;
        }

        /** @return the analyzer */
        public SklearnAnalyzer build() {
            return new SklearnAnalyzer(this);
        }
    }
}
