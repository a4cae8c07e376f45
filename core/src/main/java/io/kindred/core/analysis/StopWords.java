package io.kindred.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;

/** An immutable set of stop words, matched exactly (after the analyzer's lowercasing). Thread-safe. */
public final class StopWords {

    /** No stop words. */
    public static final StopWords NONE = new StopWords("none", List.of());

    /** scikit-learn 1.2's {@code ENGLISH_STOP_WORDS}: 318 words. */
    public static final StopWords ENGLISH = new StopWords("english", readResource("sklearn-english-stop-words.txt"));

    /** Lucene's {@code EnglishAnalyzer.ENGLISH_STOP_WORDS_SET}: 33 words. */
    public static final StopWords LUCENE_ENGLISH = new StopWords(
            "lucene-english",
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                    .map(o -> new String((char[]) o))
                    .toList());

    private final String name;
    private final CharArraySet set;
    private final Set<String> words;

    private StopWords(String name, Collection<String> words) {
        this.name = name;
        this.words = Set.copyOf(new TreeSet<>(words));
        this.set = CharArraySet.unmodifiableSet(new CharArraySet(this.words, false));
    }

    /**
     * A custom list.
     *
     * @param name a name for reports
     * @param words the words (exact, case-sensitive)
     * @return the set
     */
    public static StopWords of(String name, Collection<String> words) {
        return new StopWords(name, words);
    }

    /**
     * Looks up a named list: {@code english}, {@code lucene-english} or {@code none}.
     *
     * @param name the list's name
     * @return the list
     * @throws IllegalArgumentException for an unknown name
     */
    public static StopWords named(String name) {
        return switch (name) {
            case "english" -> ENGLISH;
            case "lucene-english" -> LUCENE_ENGLISH;
            case "none" -> NONE;
            default ->
                throw new IllegalArgumentException(
                        "unknown stop word list '" + name + "' (expected english, lucene-english or none)");
        };
    }

    /**
     * Whether the term in {@code buffer[offset, offset + length)} is a stop word.
     *
     * @param buffer chars
     * @param offset start
     * @param length length
     * @return true for a stop word
     */
    public boolean contains(char[] buffer, int offset, int length) {
        return !words.isEmpty() && set.contains(buffer, offset, length);
    }

    /** @return true when the list is empty */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** @return the words, as an immutable set */
    public Set<String> words() {
        return words;
    }

    /** @return the words as a Lucene set, for Lucene filters (unmodifiable) */
    CharArraySet asCharArraySet() {
        return set;
    }

    /** @return the list's name */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<String> readResource(String name) {
        try (InputStream in = StopWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
