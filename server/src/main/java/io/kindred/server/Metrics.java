package io.kindred.server;

import io.kindred.core.live.Drift;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.Snapshot;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The service's Prometheus metrics, in a registry of its own: requests and their latency by route, method and status;
 * the index's articles, generation and drift; the time of refits and commits. Thread-safe.
 */
final class Metrics {

    /** Latency buckets, seconds: 50 µs to 10 s. */
    private static final double[] LATENCY = {
        0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
    };

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;
    private final Histogram refits;
    private final Histogram commits;

    Metrics(LiveIndex index) {
        requests = Counter.builder()
                .name("kindred_http_requests_total")
                .help("HTTP requests answered, by route template, method and status")
                .labelNames("route", "method", "status")
                .register(registry);
        latency = Histogram.builder()
                .name("kindred_http_request_duration_seconds")
                .help("Time from a request's arrival to its answer, by route template, method and status")
                .labelNames("route", "method", "status")
                .classicOnly()
                .classicUpperBounds(LATENCY)
                .register(registry);
        refits = Histogram.builder()
                .name("kindred_index_refit_seconds")
                .help("Refits asked for over HTTP (POST /v1/refit), seconds")
                .classicOnly()
                .classicUpperBounds(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
                .register(registry);
        commits = Histogram.builder()
                .name("kindred_index_commit_seconds")
                .help("Commits of the index by the service (at shutdown), seconds")
                .classicOnly()
                .classicUpperBounds(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
                .register(registry);
        gauge("kindred_index_articles", "Articles in the index", index, s -> s.size());
        gauge("kindred_index_generation", "Changes applied since the index was created", index, Snapshot::generation);
        GaugeWithCallback.builder()
                .name("kindred_index_drift_changes_since_fit")
                .help("Changes applied since the model was last fitted")
                .callback(cb -> cb.call(index.drift().changesSinceFit()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("kindred_index_drift_unknown_term_share")
                .help("Share of the terms of articles added since the fit that the model does not know")
                .callback(cb -> {
                    Drift d = index.drift();
                    cb.call(d.unknownTermShare());
                })
                .register(registry);
    }

    private interface SnapshotValue {
        double of(Snapshot s);
    }

    private void gauge(String name, String help, LiveIndex index, SnapshotValue value) {
        GaugeWithCallback.builder()
                .name(name)
                .help(help)
                .callback(cb -> cb.call(value.of(index.snapshot())))
                .register(registry);
    }

    /** Counts a request and its latency. */
    void request(Route route, String method, int status, long nanos) {
        String s = Integer.toString(status);
        requests.labelValues(route.template(), method, s).inc();
        DistributionDataPoint h = latency.labelValues(route.template(), method, s);
        h.observe(nanos / 1e9);
    }

    void refit(long nanos) {
        refits.observe(nanos / 1e9);
    }

    void commit(long nanos) {
        commits.observe(nanos / 1e9);
    }

    /** @return the content type of {@link #scrape()} */
    String contentType() {
        return writer.getContentType();
    }

    /** @return every metric in the Prometheus text format */
    byte[] scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.write(out, registry.scrape());
        return out.toByteArray();
    }
}
