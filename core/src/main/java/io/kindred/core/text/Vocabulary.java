package io.kindred.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The fitted terms of a corpus: term &harr; dense id, with each term's document frequency.
 *
 * <p>Ids follow code-point order of the terms, as scikit-learn's feature indices do. Immutable and thread-safe.
 */
public final class Vocabulary {

    private final String[] terms;
    private final int[] df;
    private final int documents;
    /** Term to id, built on the first lookup: a batch run that only vectorises its corpus never needs it. */
    private volatile TermTable lookup;

    /**
     * @param terms the terms, distinct and in {@link CodePointOrder}
     * @param df document frequency of each term
     * @param documents number of documents the frequencies were counted over
     * @throws IllegalArgumentException if the terms are not strictly increasing or the lengths differ
     */
    public Vocabulary(String[] terms, int[] df, int documents) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(df, "df");
        if (terms.length != df.length) {
            throw new IllegalArgumentException(terms.length + " terms but " + df.length + " document frequencies");
        }
        for (int i = 1; i < terms.length; i++) {
            if (CodePointOrder.INSTANCE.compare(terms[i - 1], terms[i]) >= 0) {
                throw new IllegalArgumentException("terms must be distinct and in code point order: '" + terms[i - 1]
                        + "' before '" + terms[i] + "'");
            }
        }
        this.terms = terms.clone();
        this.df = df.clone();
        this.documents = documents;
    }

    /** @return the number of terms */
    public int size() {
        return terms.length;
    }

    /** @return the number of documents the frequencies were counted over */
    public int documents() {
        return documents;
    }

    /**
     * @param id term id
     * @return the term
     */
    public String term(int id) {
        return terms[id];
    }

    /**
     * @param id term id
     * @return the number of documents containing the term
     */
    public int df(int id) {
        return df[id];
    }

    /**
     * @param term a term
     * @return its id, or -1 if not in the vocabulary
     */
    public int id(String term) {
        return lookup().find(term);
    }

    /**
     * @param buffer chars
     * @param offset start of the term
     * @param length length of the term
     * @return its id, or -1 if not in the vocabulary
     */
    public int id(char[] buffer, int offset, int length) {
        return lookup().find(buffer, offset, length);
    }

    /** @return Σ df(t)²: the multiply-adds of exact all-pairs scoring through an inverted index */
    public long sumDfSquared() {
        long sum = 0;
        for (int d : df) {
            sum += (long) d * d;
        }
        return sum;
    }

    /** @return all terms in id order (a copy) */
    public String[] terms() {
        return Arrays.copyOf(terms, terms.length);
    }

    private TermTable lookup() {
        TermTable table = lookup;
        if (table == null) {
            synchronized (terms) {
                table = lookup;
                if (table == null) {
                    table = new TermTable(terms.length);
                    for (String t : terms) {
                        table.add(t);
                    }
                    lookup = table; // published complete: find() only reads it from here on
                }
            }
        }
        return table;
    }
}
