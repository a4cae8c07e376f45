package io.kindred.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a phase's CPU time goes: a JFR recording of execution samples (every 10 ms) over the phase, summarised over
 * every thread (the writer and the workers it starts; the phase must be the only work running) as the methods on the
 * most sampled stacks. Inclusive: the share of samples with the method anywhere on the stack (each method counted once
 * per sample); self: the share with it on top. Not thread-safe: one phase at a time.
 */
final class UpsertProfile {

    private static final int TOP = 30;

    private final Recording recording;

    private UpsertProfile(Recording recording) {
        this.recording = recording;
    }

    /** @return a started recording */
    static UpsertProfile start() {
        Recording r = new Recording();
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        r.start();
        return new UpsertProfile(r);
    }

    /**
     * Stops the recording and summarises its samples.
     *
     * @param json makes the nodes
     * @return samples per thread, and the top methods inclusive and self with their shares
     * @throws IOException if the recording cannot be written or read
     */
    ObjectNode stop(ObjectMapper json) throws IOException {
        recording.stop();
        Path file = Files.createTempFile("kindred-upsert-", ".jfr");
        try {
            recording.dump(file);
            recording.close();
            Map<String, Integer> inclusive = new HashMap<>();
            Map<String, Integer> self = new HashMap<>();
            Map<String, Integer> threads = new HashMap<>();
            int samples = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                samples++;
                threads.merge(
                        e.getThread("sampledThread") == null
                                ? "?"
                                : String.valueOf(e.getThread("sampledThread").getJavaName()),
                        1,
                        Integer::sum);
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String m = name(f);
                    if (seen.add(m)) {
                        inclusive.merge(m, 1, Integer::sum);
                    }
                }
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1, Integer::sum);
                }
            }
            ObjectNode out = json.createObjectNode();
            out.put("samples", samples);
            ObjectNode perThread = out.putObject("samples_per_thread");
            threads.forEach(perThread::put);
            out.put("period_ms", 10);
            top(out.putArray("inclusive"), inclusive, samples);
            top(out.putArray("self"), self, samples);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void top(ArrayNode out, Map<String, Integer> counts, int samples) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(TOP)
                .forEach(e -> out.addObject()
                        .put("method", e.getKey())
                        .put("samples", e.getValue())
                        .put("share", samples == 0 ? 0 : e.getValue() / (double) samples));
    }
}
