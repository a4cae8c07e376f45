package io.kindred.cli;

import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.live.Snapshot;
import io.kindred.core.preset.Preset;
import io.kindred.server.KindredServer;
import io.kindred.server.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred serve}: the HTTP service over a live index, until SIGTERM (or Ctrl-C), which stops it gracefully,
 * commits the index and exits 0. An instance is one run: not thread-safe.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves a live index over HTTP: lists, upserts, deletes, refits, health and metrics (docs/openapi.yaml).",
            "",
            "An absent or empty folder starts an empty index with the preset, ranking and -k options given here"
                    + " (an existing index keeps its own, and those options are refused). Changes are durable when"
                    + " answered. SIGTERM or Ctrl-C stops accepting, finishes the requests in flight, commits the"
                    + " index and exits 0. Logs (and the access log, logger io.kindred.server.access) go to standard"
                    + " error through logback; -Dlogback.configurationFile=FILE replaces its settings.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 stopped by SIGTERM or Ctrl-C, 1 failure (damaged index, port in use), 2 usage error.",
            "",
            "Examples:",
            "  kindred serve -d related.idx",
            "      http://127.0.0.1:8080, writes open to this machine only",
            "  kindred serve -d related.idx --bind 0.0.0.0 --port 9000 --token-file /etc/kindred/token",
            "      reachable from other machines; writes need Authorization: Bearer <token>"
        })
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Kindred parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IndexFolder folder;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "The port; 0 picks a free one (printed at start). Default: 8080.")
    private int port = ServerConfig.DEFAULT.port();

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            description = "The address to listen on. Default: 127.0.0.1 (this machine only). Another address needs"
                    + " --token-file or --insecure.")
    private String bind = ServerConfig.DEFAULT.bind();

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "A file holding the bearer token that writes and refits need (one line, at least 16"
                    + " characters).")
    private Path tokenFile;

    @Option(
            names = "--read-token-file",
            paramLabel = "FILE",
            description = "A file holding the bearer token that reads need too (the write token is also accepted)."
                    + " Default: reads are open.")
    private Path readTokenFile;

    @Option(names = "--insecure", description = "Allow an address other than loopback without a write token.")
    private boolean insecure;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Request threads, at most. Default: 4 per core, at least 8.")
    private int threads = ServerConfig.DEFAULT.threads();

    @Option(
            names = "--max-body-bytes",
            paramLabel = "SIZE",
            converter = Sizes.Converter.class,
            description = "The largest request body (e.g. 4m, 512k); larger ones are answered 413. Default: 4m.")
    private long maxBodyBytes = ServerConfig.DEFAULT.maxBodyBytes();

    @Option(
            names = "--cache-control",
            paramLabel = "VALUE",
            description = "The Cache-Control header of lists, for a site's cache or CDN (each list has an ETag that"
                    + " changes with the index). Default: no-cache (store, but ask again each time).")
    private String cacheControl = ServerConfig.DEFAULT.cacheControl();

    @Option(names = "--no-access-log", description = "Do not log each request.")
    private boolean noAccessLog;

    @Mixin
    private ListOptions lists;

    @Mixin
    private VectorizerOptions vectors;

    @Mixin
    private PolicyOptions policies;

    @Override
    public Integer call() throws Exception {
        ServerConfig config = ServerConfig.DEFAULT
                .withBind(bind)
                .withPort(port)
                .withThreads(threads)
                .withWriteToken(token(tokenFile, "--token-file"))
                .withReadToken(token(readTokenFile, "--read-token-file"))
                .withInsecure(insecure)
                .withMaxBodyBytes(maxBodyBytes)
                .withCacheControl(cacheControl)
                .withAccessLog(!noAccessLog);
        PrintWriter err = spec.commandLine().getErr();
        LiveIndex index = open();
        KindredServer server;
        try {
            server = KindredServer.start(index, config);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        CountDownLatch stopping = new CountDownLatch(1);
        Stop stop = new Stop(server, index, err);
        // SIGTERM and Ctrl-C wake this thread, which stops and returns 0; any other end of the JVM stops in the hook
        Runtime.getRuntime().addShutdownHook(new Thread(stop::run, "kindred-stop"));
        StopSignals.install(stopping::countDown);
        Snapshot s = index.snapshot();
        err.printf(
                Locale.ROOT,
                "kindred serve: listening on %s (%,d articles, generation %d)%n",
                server.uri(),
                s.size(),
                s.generation());
        err.flush();
        stopping.await();
        return stop.run();
    }

    /**
     * Opens the index, or creates an empty one with this command's settings in an absent or empty folder.
     *
     * @throws picocli.CommandLine.ParameterException for settings options over an existing index
     */
    private LiveIndex open() throws IOException {
        Path dir = folder.dir();
        LiveOptions options = options();
        if (LiveIndex.exists(dir)) {
            Set<OptionSpec> settings = new HashSet<>();
            for (String mixin : List.of("lists", "vectors", "policies")) {
                settings.addAll(spec.mixins().get(mixin).options());
            }
            List<String> given = spec.commandLine().getParseResult().matchedOptions().stream()
                    .filter(settings::contains)
                    .map(OptionSpec::longestName)
                    .toList();
            if (!given.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        String.join(", ", given) + ": " + dir + " holds an index, which keeps the settings it was"
                                + " built with; these options apply only to a new index (an absent or empty folder)");
            }
            return LiveIndex.open(dir, options);
        }
        policies.refuseEditorial("give them per request");
        Preset preset = policies.apply(vectors.apply());
        return LiveIndex.create(dir, preset, lists.validated().k(), List.of(), options);
    }

    /**
     * How the service runs an index: each change durable when answered, refits in the background as the default policy
     * says, a commit every 10,000 changes and at shutdown.
     */
    private static LiveOptions options() {
        return LiveOptions.DEFAULT.withThreads(Runtime.getRuntime().availableProcessors());
    }

    /** Reads a token file: one line, surrounding white space ignored. */
    private String token(Path file, String option) throws IOException {
        if (file == null) {
            return null;
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + ": " + file + " is empty");
        }
        return token;
    }

    /** Stops the server, commits and closes the index, once, whoever asks first. */
    private static final class Stop {
        private final KindredServer server;
        private final LiveIndex index;
        private final PrintWriter err;
        private Integer status;

        Stop(KindredServer server, LiveIndex index, PrintWriter err) {
            this.server = server;
            this.index = index;
            this.err = err;
        }

        /** @return the exit status: 0 if the index was committed, 1 if not */
        synchronized int run() {
            if (status != null) {
                return status;
            }
            status = 1;
            try {
                server.close();
                long start = System.nanoTime();
                index.commit();
                server.recordCommit(System.nanoTime() - start);
                index.close();
                err.println("kindred serve: stopped; the index is committed");
                status = 0;
            } catch (IOException | RuntimeException e) {
                err.println("kindred serve: " + Failures.describe(e));
            }
            err.flush();
            return status;
        }
    }
}
