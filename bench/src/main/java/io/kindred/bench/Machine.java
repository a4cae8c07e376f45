package io.kindred.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** What a benchmark result was measured on: JDK, OS, CPU, memory, commit, Python peers. Stateless; thread-safe. */
public final class Machine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Machine() {}

    /** @return JDK, OS, CPU, cores, memory, date and git commit of this machine and run */
    public static ObjectNode describe() {
        ObjectNode m = JSON.createObjectNode();
        m.put("date", Instant.now().toString());
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put(
                "os",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name"));
        m.put("memory", firstMatch(Path.of("/proc/meminfo"), "MemTotal"));
        m.put("git", command("git", "rev-parse", "--short", "HEAD"));
        m.put(
                "git_dirty",
                !command("git", "status", "--porcelain", "--untracked-files=no").isEmpty());
        m.put(
                "python",
                command(
                        "/usr/bin/python3",
                        "-c",
                        "import sys, sklearn, scipy, numpy; print(sys.version.split()[0], 'sklearn', "
                                + "sklearn.__version__, "
                                + "'scipy', scipy.__version__, 'numpy', numpy.__version__)"));
        return m;
    }

    private static String firstMatch(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }

    private static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? s : "?";
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
