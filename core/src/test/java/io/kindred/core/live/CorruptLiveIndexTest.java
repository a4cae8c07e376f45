package io.kindred.core.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.Article;
import io.kindred.core.preset.Preset;
import io.kindred.core.store.CorruptIndexException;
import io.kindred.core.store.StoreException;
import io.kindred.core.testing.Seeds;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage to any file of a live index is caught, never opened as an index with wrong or partial lists. One index is
 * built with a commit and a log of changes since; each of 1,200 sampled corruptions (a flipped byte, a truncation, a
 * deleted file, spread over the commit, model, articles, vectors, lists and log files) is made in a copy of it. Then
 * {@link LiveIndex#open} must throw a {@link StoreException} naming the damaged file, and {@link LiveIndex#verify} must
 * name it too.
 *
 * <p>The one exception is the log's torn-tail rule: a log cut anywhere after its header, or ending in zero bytes from a
 * record's start, is what a crash in the middle of an append leaves, and replay drops that tail. A cut at a record's
 * boundary cannot be told from a shorter log at all: the log is the one file that grows, so nothing else records its
 * length, and records appended since the commit are not listed anywhere but in it. What is asserted for those is what
 * the rule promises: the index opens with a prefix of the logged changes, and every list is exact for it. (An
 * acknowledged record lost that way is beyond what checksums can see: it takes damage to a file that was whole and
 * forced to disk.)
 */
class CorruptLiveIndexTest {

    private static final int CORRUPTIONS = 1200;
    private static final int K = 4;
    private static final LiveOptions OPTIONS =
            LiveOptions.DEFAULT.withRefit(RefitPolicy.MANUAL).withCommitEvery(0);

    @TempDir
    Path tmp;

    /** The files of a generation, by type. */
    enum Kind {
        COMMIT,
        MODEL,
        ARTICLES,
        VECTORS,
        LISTS,
        LOG
    }

    @Test
    void everyCorruptionIsCaughtAndNamed() throws IOException {
        long seed = Seeds.seed("CorruptLiveIndexTest");
        Random random = new Random(seed);
        ChangeScript script = new ChangeScript(seed, 40, 30, 60);
        Path base = tmp.resolve("base");
        List<List<Article>> prefixes = new ArrayList<>();
        LiveIndex live = LiveIndex.create(base, Preset.NEWS, K, script.initial(), OPTIONS);
        for (int i = 0; i < 20; i++) {
            ChangeScript.apply(live, script.next());
        }
        live.refit(); // a model of a later fit, then a commit
        prefixes.add(script.articles());
        for (int i = 0; i < 30; i++) {
            ChangeScript.apply(live, script.next());
            prefixes.add(script.articles());
        }
        long generation = live.snapshot().generation();
        live.abandon(); // the last 30 changes are in the log only
        assertEquals(List.of(), LiveIndex.verify(base));
        Map<Kind, Path> files = filesOf(base);

        Map<Kind, int[]> caught = new EnumMap<>(Kind.class);
        int prefixesOpened = 0;
        for (int c = 0; c < CORRUPTIONS; c++) {
            Kind kind = Kind.values()[c % Kind.values().length];
            Path dir = copy(base, tmp.resolve("c" + c));
            Path file = dir.resolve(files.get(kind).getFileName());
            String what = corrupt(file, random);
            String where = "corruption " + c + ": " + what + " of " + file.getFileName() + ", seed " + seed;
            if (what.startsWith("torn") || what.startsWith("zero")) {
                assertEquals(List.of(), LiveIndex.verify(dir), where);
                LiveIndex opened = LiveIndex.open(dir, OPTIONS);
                try {
                    Snapshot s = opened.snapshot();
                    long replayed = s.generation() - (generation - 30);
                    assertTrue(replayed >= 0 && replayed <= 30, "replayed " + replayed + ", " + where);
                    assertEquals(prefixes.get((int) replayed), s.articles(), where);
                    LiveOracle.assertFrozenLists(s, where);
                } finally {
                    opened.abandon();
                }
                prefixesOpened++;
            } else {
                assertCaught(dir, file, where);
            }
            caught.computeIfAbsent(kind, x -> new int[1])[0]++;
            deleteTree(dir);
        }
        System.out.printf(
                Locale.ROOT,
                "%d corruptions by file %s; %d torn or zero log tails opened as prefixes%n",
                CORRUPTIONS,
                caught.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()[0])
                        .toList(),
                prefixesOpened);
    }

    /** Open fails naming the file; verify names it. A folder without its commit is no index at all. */
    private static void assertCaught(Path dir, Path file, String where) throws IOException {
        String name = file.getFileName().toString();
        IOException e = assertThrows(
                IOException.class, () -> LiveIndex.open(dir, OPTIONS).abandon(), where);
        assertTrue(e instanceof StoreException, where + ": " + e);
        if (name.startsWith("commit_") && !Files.exists(file)) {
            assertTrue(e.getMessage().contains("no commit_N file"), where + ": " + e.getMessage());
            IOException v = assertThrows(IOException.class, () -> LiveIndex.verify(dir), where);
            assertTrue(v.getMessage().contains("no commit_N file"), where + ": " + v.getMessage());
            return;
        }
        assertTrue(e instanceof CorruptIndexException, where + ": " + e);
        assertTrue(e.getMessage().contains(name), where + ": " + e.getMessage());
        List<CorruptIndexException> problems = LiveIndex.verify(dir);
        assertFalse(problems.isEmpty(), where);
        assertTrue(
                problems.stream().anyMatch(p -> p.getMessage().contains(name)),
                where + ": " + problems.stream().map(Throwable::getMessage).toList());
    }

    /**
     * Damages a file: a byte flipped, a truncation, a deletion; for the log also zero bytes appended or written over
     * its last records, which the torn-tail rule drops.
     *
     * @return what was done; "torn ..." and "zero ..." name damage the torn-tail rule accepts
     */
    private static String corrupt(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean log = file.getFileName().toString().startsWith("wal_");
        int roll = random.nextInt(log ? 5 : 3);
        if (roll == 0) {
            int at = random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 + random.nextInt(255));
            Files.write(file, bytes);
            return "byte " + at + " flipped";
        } else if (roll == 1) {
            int length =
                    random.nextInt(3) == 0 ? random.nextInt(Math.min(bytes.length, 40)) : random.nextInt(bytes.length);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(length);
            }
            return (log && length >= 24 ? "torn: " : "") + "truncated to " + length + " of " + bytes.length;
        } else if (roll == 2) {
            Files.delete(file);
            return "deleted";
        } else if (roll == 3) {
            int zeros = 1 + random.nextInt(100);
            Files.write(file, new byte[zeros], StandardOpenOption.APPEND);
            return "zeros: " + zeros + " appended";
        }
        List<Integer> starts = recordStarts(bytes);
        int from = starts.get(random.nextInt(starts.size()));
        java.util.Arrays.fill(bytes, from, bytes.length, (byte) 0);
        Files.write(file, bytes);
        return "zeros: written from the record at byte " + from;
    }

    /** The byte offsets of a log's records (after its 24-byte header; each a 20-byte header and a payload). */
    private static List<Integer> recordStarts(byte[] log) {
        List<Integer> starts = new ArrayList<>();
        for (int at = 24; at < log.length; ) {
            starts.add(at);
            int length = java.nio.ByteBuffer.wrap(log, at, 4).getInt();
            at += 20 + length;
        }
        return starts;
    }

    private static Map<Kind, Path> filesOf(Path dir) throws IOException {
        Map<Kind, Path> files = new EnumMap<>(Kind.class);
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                Kind kind = name.startsWith("commit_")
                        ? Kind.COMMIT
                        : name.startsWith("wal_")
                                ? Kind.LOG
                                : Kind.valueOf(
                                        name.substring(0, name.indexOf('_')).toUpperCase(Locale.ROOT));
                assertEquals(null, files.put(kind, p), "one file of each type: " + name);
            }
        }
        assertEquals(Kind.values().length, files.size(), files.toString());
        return files;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> list = Files.list(from)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
