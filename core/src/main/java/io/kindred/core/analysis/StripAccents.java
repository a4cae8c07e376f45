package io.kindred.core.analysis;

import java.text.Normalizer;

/**
 * scikit-learn's {@code strip_accents} option. Applied after lowercasing.
 *
 * <p>Decomposition uses the JDK's NFKD; canonical combining classes come from Python's tables, so only characters
 * assigned after the JDK's Unicode version can behave differently from Python 3.11.
 */
public enum StripAccents {
    /** Keep the text as it is ({@code strip_accents=None}). */
    NONE,
    /** NFKD, then drop every non-ASCII code point ({@code strip_accents='ascii'}). */
    ASCII,
    /** NFKD, then drop code points whose canonical combining class is not 0 ({@code strip_accents='unicode'}). */
    UNICODE;

    /**
     * Applies this option.
     *
     * @param s text (already lowercased)
     * @return the text without accents as scikit-learn 1.2 would strip them
     */
    public String apply(String s) {
        if (this == NONE || isAscii(s)) {
            return s;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = this == ASCII ? cp < 0x80 : !PythonUnicode.isCombining(cp);
            if (keep) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
