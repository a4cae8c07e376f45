package io.kindred.cli.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleListsTest {

    private static final double NO_LABEL = Double.NaN;

    @Test
    void bestAndWorstTiesByInputOrder() {
        // positions:            0    1         2    3    4    5    6    7
        double[] precision = {0.5, NO_LABEL, 1.0, 0.0, 1.0, 0.5, 0.0, 0.2};
        ExampleLists.Choice c = ExampleLists.choose(precision, 2);
        // highest: 1.0 at 2 and 4 (input order); lowest: 0.0 at 3 and 6
        assertEquals(List.of(2, 4), c.best());
        assertEquals(List.of(3, 6), c.worst());
        c = ExampleLists.choose(precision, 3);
        // the third best is the first 0.5 (position 0); the third worst 0.2 (position 7)
        assertEquals(List.of(2, 4, 0), c.best());
        assertEquals(List.of(3, 6, 7), c.worst());
    }

    @Test
    void noArticleIsBothBestAndWorst() {
        // three labelled articles and n = 2: the worst are what the best left
        double[] precision = {0.1, NO_LABEL, 0.9, 0.5};
        ExampleLists.Choice c = ExampleLists.choose(precision, 2);
        assertEquals(List.of(2, 3), c.best());
        assertEquals(List.of(0), c.worst());
    }

    @Test
    void withoutLabelsNothingIsChosen() {
        ExampleLists.Choice c = ExampleLists.choose(new double[] {NO_LABEL, NO_LABEL}, 5);
        assertEquals(List.of(), c.best());
        assertEquals(List.of(), c.worst());
        assertThrows(IllegalArgumentException.class, () -> ExampleLists.choose(new double[] {1}, -1));
    }
}
