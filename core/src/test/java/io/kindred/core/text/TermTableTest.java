package io.kindred.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.testing.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermTableTest {

    @Test
    void behavesLikeAHashMapFromTermToInsertionIndex() {
        Random random = new Random(Seeds.seed("behavesLikeAHashMapFromTermToInsertionIndex"));
        TermTable table = new TermTable(4);
        Map<String, Integer> expected = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String term = Integer.toString(random.nextInt(5000), 36) + (random.nextBoolean() ? "é" : "");
            char[] buffer = ("  " + term + " ").toCharArray();
            int id = table.add(buffer, 2, term.length());
            Integer old = expected.putIfAbsent(term, order.size());
            if (old == null) {
                order.add(term);
            }
            assertEquals(expected.get(term), id);
        }
        assertEquals(order.size(), table.size());
        for (int id = 0; id < order.size(); id++) {
            assertEquals(order.get(id), table.term(id));
            assertEquals(id, table.find(order.get(id)));
        }
        assertEquals(-1, table.find("absent-term"));
        assertEquals(order, List.of(table.terms()));
    }

    @Test
    void codePointOrderPutsAstralCharactersAfterTheBmp() {
        String astral = "\uD835\uDC00"; // U+1D400
        String privateUse = "\uE000";
        assertTrue(astral.compareTo(privateUse) < 0, "UTF-16 order differs");
        assertTrue(CodePointOrder.INSTANCE.compare(astral, privateUse) > 0);
        assertTrue(CodePointOrder.INSTANCE.compare("ab", "abc") < 0);
        assertEquals(0, CodePointOrder.INSTANCE.compare("é", "é"));
    }

    @Test
    void vocabularyChecksOrder() {
        Vocabulary v = new Vocabulary(new String[] {"a", "b"}, new int[] {1, 2}, 2);
        assertEquals(1, v.id("b"));
        assertEquals(5, v.sumDfSquared());
        String m = assertThrows(
                        IllegalArgumentException.class,
                        () -> new Vocabulary(new String[] {"b", "a"}, new int[] {1, 1}, 2))
                .getMessage();
        assertEquals("terms must be distinct and in code point order: 'b' before 'a'", m);
    }
}
