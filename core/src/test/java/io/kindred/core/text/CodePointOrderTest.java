package io.kindred.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.testing.Seeds;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {

    @Test
    void astralCharactersComeAfterTheWholeBasicPlaneAsInPython() {
        // Python: sorted(["\ue000", "\U0001f600", "z", "\uffff"]) == ['z', '\ue000', '\uffff', '\U0001f600']
        String[] a = {"\ue000", "\ud83d\ude00", "z", "\uffff"};
        CodePointOrder.sort(a, x -> x);
        assertArrayEquals(new String[] {"z", "\ue000", "\uffff", "\ud83d\ude00"}, a);
        assertTrue(CodePointOrder.INSTANCE.compare("\uffff", "\ud83d\ude00") < 0);
    }

    @Test
    void sortAgreesWithTheComparatorWithAndWithoutSurrogates() {
        Random random = new Random(Seeds.seed("sortAgreesWithTheComparator"));
        char[] alphabet = {'a', 'b', 'é', 'z', '\u4e2d', '\ue000', '\uffff', '\ud83d', '\ude00'};
        for (int trial = 0; trial < 300; trial++) {
            boolean surrogates = trial % 2 == 0; // half the trials take the String.compareTo path
            String[] a = new String[random.nextInt(200)];
            for (int i = 0; i < a.length; i++) {
                char[] chars = new char[random.nextInt(5)];
                for (int j = 0; j < chars.length; j++) {
                    chars[j] = alphabet[random.nextInt(surrogates ? alphabet.length : alphabet.length - 2)];
                }
                a[i] = new String(chars);
            }
            String[] expected = a.clone();
            Arrays.sort(expected, CodePointOrder.INSTANCE);
            CodePointOrder.sort(a, x -> x);
            assertArrayEquals(expected, a);
        }
    }

    /** Large arrays are sorted in parts on several threads and merged: same order, stable, for any thread count. */
    @Test
    void sortsInPartsOnSeveralThreadsStably() {
        Random random = new Random(Seeds.seed("sortsInPartsOnSeveralThreadsStably"));
        char[] alphabet = {'a', 'b', 'é', 'z', '\u4e2d', '\ue000', '\uffff', '\ud83d', '\ude00'};
        for (boolean surrogates : new boolean[] {false, true}) {
            String[][] a = new String[20_000 + random.nextInt(30_000)][];
            for (int i = 0; i < a.length; i++) {
                char[] chars = new char[random.nextInt(4)]; // short keys: many equal ones, which must keep their order
                for (int j = 0; j < chars.length; j++) {
                    chars[j] = alphabet[random.nextInt(surrogates ? alphabet.length : alphabet.length - 2)];
                }
                a[i] = new String[] {new String(chars), Integer.toString(i)};
            }
            String[][] expected = a.clone();
            Arrays.sort(expected, (x, y) -> CodePointOrder.INSTANCE.compare(x[0], y[0])); // stable
            for (int threads : new int[] {1, 2, 3, 7}) {
                String[][] sorted = a.clone();
                CodePointOrder.sort(sorted, x -> x[0], threads);
                assertArrayEquals(expected, sorted, threads + " threads, surrogates " + surrogates);
            }
        }
    }
}
