package io.kindred.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.testing.RandomCorpus;
import io.kindred.core.testing.Seeds;
import io.kindred.core.vector.DocumentVectors;
import io.kindred.core.weighting.TfidfVectorizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InvertedIndexTest {

    @Test
    void selectFindsTheKthSmallest() {
        Random random = new Random(Seeds.seed("selectFindsTheKthSmallest"));
        for (int trial = 0; trial < 2000; trial++) {
            float[] a = new float[1 + random.nextInt(300)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(20) / 7f; // many ties
            }
            float[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(a.length);
            float[] buffer = Arrays.copyOf(a, a.length + random.nextInt(5)); // what lies past the length is ignored
            Arrays.fill(buffer, a.length, buffer.length, -1f);
            assertEquals(sorted[k], InvertedIndex.select(buffer, a.length, k));
        }
    }

    @Test
    void postingsHoldEveryEntryInTiersOfDocumentOrderAndNoThreadCountChangesThem() {
        Random random = new Random(Seeds.seed("postingsHoldEveryEntry"));
        // 5000 documents: enough to be transposed in several parts on several threads
        DocumentVectors v = TfidfVectorizer.sklearnDefaults()
                .fit(RandomCorpus.generate(random, 5000, 300, 80), 2)
                .vectors();
        InvertedIndex one = InvertedIndex.build(v, 1);
        InvertedIndex three = InvertedIndex.build(v, 3);
        assertEquals(v.entries(), one.postings());
        assertEquals(one.maxRowNorm(), three.maxRowNorm());
        for (int t = 0; t < one.terms(); t++) {
            assertEquals(one.start(t), three.start(t));
        }
        for (int t = 0; t < one.terms(); t++) {
            assertEquals(one.split(t), three.split(t));
            assertTrue(one.maxWeight(t, 0) >= one.maxWeight(t, 1));
            for (int p = one.start(t); p < one.end(t); p++) {
                assertEquals(one.doc(p), three.doc(p));
                assertEquals(one.weight(p), three.weight(p));
                if (p > one.start(t) && p != one.split(t)) {
                    assertTrue(one.doc(p - 1) < one.doc(p), "document order inside a tier");
                }
                assertTrue(
                        p < one.split(t)
                                ? one.weight(p) > one.maxWeight(t, 1) || one.split(t) == one.end(t)
                                : one.weight(p) <= one.maxWeight(t, 1));
            }
        }
    }

    @Test
    void firstAfterAgreesWithALinearScanForEveryDocumentAndTier() {
        Random random = new Random(Seeds.seed("firstAfterAgreesWithALinearScan"));
        // postings spread unevenly: clustered at the start or the end, at square numbers, or in random bursts
        List<Article> corpus = new ArrayList<>();
        for (Article a : RandomCorpus.generate(random, 1500, 40, 30)) {
            int i = corpus.size();
            int root = (int) Math.sqrt(i);
            String extra = (i < 40 ? " early" : "")
                    + (i > 1400 ? " late" : "")
                    + (root * root == i ? " square" : "")
                    + (random.nextInt(100) < (i / 100 % 3 == 0 ? 60 : 2) ? " burst" : "");
            corpus.add(Article.of(a.id(), a.title(), a.body() + extra.repeat(1 + random.nextInt(3))));
        }
        InvertedIndex index = InvertedIndex.build(
                TfidfVectorizer.sklearnDefaults().fit(corpus, 1).vectors());
        for (int t = 0; t < index.terms(); t++) {
            for (int tier = 0; tier < 2; tier++) {
                int from = tier == 0 ? index.start(t) : index.split(t);
                int to = tier == 0 ? index.split(t) : index.end(t);
                for (int doc = -1; doc <= corpus.size(); doc++) {
                    int expected = from;
                    while (expected < to && index.doc(expected) <= doc) {
                        expected++;
                    }
                    assertEquals(
                            expected,
                            index.firstAfter(t, tier, doc),
                            "term " + t + ", tier " + tier + ", document " + doc);
                }
            }
        }
    }
}
