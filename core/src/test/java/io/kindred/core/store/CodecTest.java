package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kindred.core.Article;
import io.kindred.core.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DataCodec} and {@link ArticleCodec}: hand-written layouts and random round trips. */
class CodecTest {

    @FunctionalInterface
    private interface Writes {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writes writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writes.to(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    @Test
    void arraysAreACountThenBigEndianElements() throws IOException {
        assertArrayEquals(
                new byte[] {0, 0, 0, 2, 0, 0, 0, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE},
                bytes(out -> DataCodec.writeInts(out, new int[] {1, -2})));
        assertArrayEquals(
                new byte[] {0, 0, 0, 1, 0x3F, (byte) 0x80, 0, 0},
                bytes(out -> DataCodec.writeFloats(out, new float[] {1f})));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, bytes(out -> DataCodec.writeLongs(out, new long[0])));
    }

    @Test
    void stringsAreUtf8OrNullOrUtf16() throws IOException {
        assertArrayEquals(
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF},
                bytes(out -> DataCodec.writeString(out, null)));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, bytes(out -> DataCodec.writeString(out, "")));
        // U+1F600, a surrogate pair, is 4 bytes of UTF-8
        assertArrayEquals(
                new byte[] {0, 0, 0, 4, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
                bytes(out -> DataCodec.writeString(out, "\uD83D\uDE00")));
        // an unpaired surrogate: -2, then UTF-16
        assertArrayEquals(
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 2, 0, 'a', (byte) 0xD8, 0},
                bytes(out -> DataCodec.writeString(out, "a\uD800")));
    }

    @Test
    void randomArraysAndStringsRoundTrip() throws IOException {
        Random random = new Random(Seeds.seed("randomArraysAndStringsRoundTrip"));
        for (int trial = 0; trial < 200; trial++) {
            // lengths around the 64 KiB chunk: 16384 ints fill one
            int n = random.nextInt(4) == 0 ? 16_380 + random.nextInt(10) : random.nextInt(40);
            int[] ints = random.ints(n).toArray();
            long[] longs = random.longs(n).toArray();
            float[] floats = new float[n];
            double[] doubles = new double[n];
            for (int i = 0; i < n; i++) {
                floats[i] = Float.intBitsToFloat(random.nextInt()); // NaNs with payloads included
                doubles[i] = Double.longBitsToDouble(random.nextLong());
            }
            String s = randomString(random);
            byte[] bytes = bytes(out -> {
                DataCodec.writeInts(out, ints);
                DataCodec.writeLongs(out, longs);
                DataCodec.writeFloats(out, floats);
                DataCodec.writeDoubles(out, doubles);
                DataCodec.writeString(out, s);
            });
            DataInputStream in = in(bytes);
            assertArrayEquals(ints, DataCodec.readInts(in));
            assertArrayEquals(longs, DataCodec.readLongs(in));
            float[] f = DataCodec.readFloats(in);
            double[] d = DataCodec.readDoubles(in);
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToRawIntBits(floats[i]), Float.floatToRawIntBits(f[i]));
                assertEquals(Double.doubleToRawLongBits(doubles[i]), Double.doubleToRawLongBits(d[i]));
            }
            assertEquals(s, DataCodec.readString(in));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void anArticleIsWrittenFieldByField() throws IOException {
        Article a = new Article("a1", null, "", null, Instant.ofEpochSecond(3, 4), "s", List.of("t"), null, "en");
        byte[] bytes = bytes(out -> ArticleCodec.write(out, a));
        byte[] expected = bytes(out -> {
            out.writeInt(2);
            out.write("a1".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(-1); // title
            out.writeInt(0); // body ""
            out.writeInt(-1); // url
            out.writeBoolean(true);
            out.writeLong(3);
            out.writeInt(4);
            out.writeInt(1);
            out.write("s".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(1); // one tag
            out.writeInt(1);
            out.write("t".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(-1); // source
            out.writeInt(2);
            out.write("en".getBytes(StandardCharsets.US_ASCII));
        });
        assertArrayEquals(expected, bytes);
        assertEquals(a, ArticleCodec.read(in(bytes)));
    }

    @Test
    void randomArticlesRoundTrip() throws IOException {
        Random random = new Random(Seeds.seed("randomArticlesRoundTrip"));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String id = randomString(random);
            Instant published = random.nextBoolean()
                    ? null
                    : Instant.ofEpochSecond(
                            random.nextLong() % Instant.MAX.getEpochSecond(), random.nextInt(1_000_000_000));
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add(random.nextInt(3) == 0 ? "" : randomString(random));
            }
            articles.add(new Article(
                    id == null || id.isBlank() ? "id" + i : id,
                    randomString(random),
                    randomString(random),
                    randomString(random),
                    published,
                    randomString(random),
                    tags.stream().map(t -> t == null ? "" : t).toList(),
                    randomString(random),
                    randomString(random)));
        }
        byte[] bytes = bytes(out -> {
            for (Article a : articles) {
                ArticleCodec.write(out, a);
            }
        });
        DataInputStream in = in(bytes);
        for (Article a : articles) {
            assertEquals(a, ArticleCodec.read(in));
        }
        assertEquals(-1, in.read());
    }

    @Test
    void bytesThatAreNoArticleAreRefused() throws IOException {
        byte[] nullId = bytes(out -> {
            for (int i = 0; i < 4; i++) {
                DataCodec.writeString(out, null); // id, title, body, url
            }
            out.writeBoolean(false);
            DataCodec.writeString(out, null);
            out.writeInt(0);
            DataCodec.writeString(out, null);
            DataCodec.writeString(out, null);
        });
        IOException e = assertThrows(IOException.class, () -> ArticleCodec.read(in(nullId)));
        assertEquals("invalid article 'null': article id must not be null", e.getMessage());
        byte[] badNanos = bytes(out -> {
            DataCodec.writeString(out, "a");
            for (int i = 0; i < 3; i++) {
                DataCodec.writeString(out, null);
            }
            out.writeBoolean(true);
            out.writeLong(0);
            out.writeInt(1_000_000_000);
        });
        assertEquals(
                "invalid instant (0 s, 1000000000 ns) of article 'a'",
                assertThrows(IOException.class, () -> ArticleCodec.read(in(badNanos)))
                        .getMessage());
    }

    /** @return null, "", or up to 30 characters mixing ASCII, Latin, CJK, astral pairs and unpaired surrogates */
    private static String randomString(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return null;
            case 1:
                return "";
            default:
                StringBuilder s = new StringBuilder();
                for (int n = random.nextInt(30); n > 0; n--) {
                    switch (random.nextInt(5)) {
                        case 0 -> s.append((char) ('a' + random.nextInt(26)));
                        case 1 -> s.append((char) (0xC0 + random.nextInt(0x100)));
                        case 2 -> s.append((char) (0x4E00 + random.nextInt(0x5000)));
                        case 3 -> s.appendCodePoint(0x10000 + random.nextInt(0xF0000));
                        default -> s.append(random.nextInt(20) == 0 ? (char) (0xD800 + random.nextInt(0x800)) : ' ');
                    }
                }
                return s.toString();
        }
    }
}
