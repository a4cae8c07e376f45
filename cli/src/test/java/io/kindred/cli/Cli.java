package io.kindred.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Runs the kindred command in this JVM, capturing its output. */
final class Cli {

    /**
     * One run's outcome.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- err:\n" + err + "--- out (" + out.length() + " chars)";
        }
    }

    private Cli() {}

    /** Runs kindred with empty standard input. */
    static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs kindred with the given standard input. */
    static Result runWithInput(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
    }

    /** Runs kindred with standard error on a terminal whose clock moves a second per reading: every update is drawn. */
    static Result runOnTerminal(String... args) {
        AtomicLong now = new AtomicLong();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = new ByteArrayInputStream(new byte[0]);
        int code = Kindred.commandLine(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        stdin,
                        true,
                        () -> now.addAndGet(1_000_000_000L),
                        args)
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs kindred. */
    static Result run(InputStream stdin, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Kindred.commandLine(new PrintWriter(out), new PrintWriter(err), stdin, terminal, args)
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * @param out JSON Lines lists, as {@code recommend} writes them
     * @param field the number to keep of each entry ({@code score} or {@code cosine})
     * @return each article's list, similar id to that number, in order
     * @throws IOException if a line is not JSON
     */
    static Map<String, Map<String, Double>> lists(String out, String field) throws IOException {
        Map<String, Map<String, Double>> lists = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            JsonNode o = SampleTest.JSON.readTree(line);
            Map<String, Double> list = new LinkedHashMap<>();
            o.get("similar")
                    .forEach(e -> list.put(e.get("id").asText(), e.get(field).asDouble()));
            lists.put(o.get("id").asText(), list);
        }
        return lists;
    }
}
