package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kindred.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output does not depend on the number of threads, byte for byte. */
class ThreadsTest {

    @TempDir
    Path dir;

    private byte[] recommend(int threads, String... options) throws IOException {
        Path out = dir.resolve("t" + threads + ".out");
        List<String> args =
                new ArrayList<>(List.of("recommend", "-o", out.toString(), "--threads", "" + threads, "-q"));
        args.addAll(List.of(options));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return Files.readAllBytes(out);
    }

    @Test
    void sample() throws IOException {
        assertArrayEquals(recommend(1), recommend(4));
        assertArrayEquals(recommend(1, "--format", "csv", "-k", "50"), recommend(4, "--format", "csv", "-k", "50"));
    }

    @Test
    void bbcNews() throws IOException {
        String bbc = SharedData.corpus("bbc-news").toString();
        assertArrayEquals(recommend(1, "-i", bbc), recommend(4, "-i", bbc));
        String[] options = {"-i", bbc, "--stop-words", "english", "--ngram", "1,2", "--sublinear-tf", "-k", "20"};
        assertArrayEquals(recommend(1, options), recommend(4, options));
    }
}
