package io.kindred.core.testing;

import io.kindred.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random corpora for property and differential tests: words drawn from a Zipf-like vocabulary, some empty articles and
 * some exact copies (so that scores tie exactly).
 */
public final class RandomCorpus {

    private RandomCorpus() {}

    /**
     * @param random the source of randomness
     * @param articles number of articles
     * @param vocabulary number of distinct words
     * @param maxWords longest article, in words
     * @return the corpus, ids {@code a0, a1, ...}
     */
    public static List<Article> generate(Random random, int articles, int vocabulary, int maxWords) {
        List<Article> out = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            String body;
            if (i > 0 && random.nextInt(12) == 0) {
                body = out.get(random.nextInt(i)).body(); // an exact copy: equal scores must tie by input order
            } else if (random.nextInt(40) == 0) {
                body = random.nextBoolean() ? "" : " \n ";
            } else {
                int words = 1 + random.nextInt(maxWords);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    // Zipf-like: small ids (common words) are much more frequent
                    int id = (int) Math.floor(Math.pow(vocabulary, random.nextDouble())) - 1;
                    sb.append("w").append(id).append(' ');
                }
                body = sb.toString();
            }
            out.add(Article.of("a" + i, null, body));
        }
        return out;
    }
}
