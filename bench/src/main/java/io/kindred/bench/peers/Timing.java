package io.kindred.bench.peers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kindred.bench.Probe;

/**
 * Collects wall seconds per phase and counters of one run, printed as one {@code TIMING {json}} line on stderr, the
 * convention of the peers' scripts. Not thread-safe.
 */
public final class Timing {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode node = JSON.createObjectNode();
    private final ObjectNode phases = node.putObject("phases");
    private String phase;
    private long start;

    /**
     * @param tool tool name
     * @param threads worker threads
     */
    public Timing(String tool, int threads) {
        node.put("tool", tool);
        node.put("threads", threads);
    }

    /**
     * Starts a phase (ending the current one).
     *
     * @param name phase name
     */
    public void start(String name) {
        stop();
        phase = name;
        start = Probe.now();
    }

    /** Ends the current phase, if any. */
    public void stop() {
        if (phase != null) {
            phases.put(phase, phases.path(phase).asDouble(0) + Probe.since(start));
            phase = null;
        }
    }

    /** @return the JSON node to add counters to */
    public ObjectNode info() {
        return node;
    }

    /** Ends the current phase, adds totals and peak memory, prints the line on stderr. */
    public void print() {
        stop();
        double total = 0;
        for (var it = phases.properties().iterator(); it.hasNext(); ) {
            total += it.next().getValue().asDouble();
        }
        node.put("total_s", total);
        node.put("peak_rss_mib", Probe.peakRssMiB("self"));
        node.put("peak_heap_mib", Probe.peakHeapMiB());
        System.err.println("TIMING " + node);
    }
}
