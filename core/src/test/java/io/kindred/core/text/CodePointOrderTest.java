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
}
