package io.kindred.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, computed by hand. */
class PercentilesTest {

    @Test
    void nearestRankOfOneToAHundred() {
        long[] s = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, Percentiles.of(s, 50));
        assertEquals(90, Percentiles.of(s, 90));
        assertEquals(99, Percentiles.of(s, 99));
        assertEquals(100, Percentiles.of(s, 100));
    }

    @Test
    void fewSamplesRoundUp() {
        // 59 samples: p99 is the ceil(58.41) = 59th, the largest; p50 the ceil(29.5) = 30th
        long[] s = LongStream.rangeClosed(1, 59).toArray();
        assertEquals(59, Percentiles.of(s, 99));
        assertEquals(30, Percentiles.of(s, 50));
        assertEquals(7, Percentiles.of(new long[] {7}, 99));
    }

    @Test
    void putSortsAndReportsMilliseconds() {
        ObjectNode out = new ObjectMapper().createObjectNode();
        Percentiles.put(out, new long[] {3_000_000, 1_000_000, 2_000_000});
        assertEquals(3, out.get("calls").asInt());
        assertEquals(2.0, out.get("p50_ms").asDouble());
        assertEquals(3.0, out.get("p99_ms").asDouble());
        assertEquals(2.0, out.get("mean_ms").asDouble());
        assertEquals(0.006, out.get("total_s").asDouble(), 1e-12);
    }
}
