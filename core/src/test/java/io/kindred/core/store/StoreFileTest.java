package io.kindred.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileTest {

    private static final StoreIo IO = StoreIo.DEFAULT;

    @TempDir
    Path dir;

    /** A small file: the body is the int 7 and the string "hé". */
    private Path small() throws IOException {
        Path file = dir.resolve("small.kdx");
        StoreFile.write(file, "TEST", 3, IO, out -> {
            out.writeInt(7);
            DataCodec.writeString(out, "hé");
        });
        return file;
    }

    private static String readSmall(Path file) throws IOException {
        return StoreFile.read(file, "TEST", 3, IO, in -> in.readInt() + DataCodec.readString(in));
    }

    @Test
    void theLayoutIsHeaderBodyFooter() throws IOException {
        byte[] bytes = Files.readAllBytes(small());
        // header 12 + body (4 + 4 + 3) + footer 20
        assertEquals(12 + 11 + 20, bytes.length);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        assertEquals(0x4B4E4452, b.getInt(0));
        assertEquals("KNDR", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("TEST", new String(bytes, 4, 4, StandardCharsets.US_ASCII));
        assertEquals(3, b.getInt(8));
        assertEquals(7, b.getInt(12));
        assertEquals(3, b.getInt(16)); // "hé" is 3 bytes of UTF-8
        assertArrayEquals(new byte[] {'h', (byte) 0xC3, (byte) 0xA9}, Arrays.copyOfRange(bytes, 20, 23));
        assertEquals(11, b.getLong(23));
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 31);
        assertEquals(crc.getValue(), b.getLong(31));
        assertEquals("KEND", new String(bytes, 39, 4, StandardCharsets.US_ASCII));
        assertEquals(crc.getValue(), StoreFile.footerChecksum(dir.resolve("small.kdx"), IO));
    }

    @Test
    void roundTripsAndLeavesNoTemporaryFile() throws IOException {
        Path file = small();
        assertEquals("7hé", readSmall(file));
        StoreFile.verify(file, "TEST", 3, IO);
        assertEquals(List.of("small.kdx"), names());
    }

    @Test
    void anEmptyBodyRoundTrips() throws IOException {
        Path file = dir.resolve("empty");
        StoreFile.write(file, "NONE", 1, IO, out -> {});
        assertEquals(32, Files.size(file));
        assertNull(StoreFile.read(file, "NONE", 1, IO, in -> null));
    }

    @Test
    void aLargeBodyStreamsThroughManyBuffers() throws IOException {
        int[] ints = new int[1_000_003];
        Arrays.setAll(ints, i -> i * 31);
        Path file = dir.resolve("large");
        StoreFile.write(file, "BIGF", 1, IO, out -> {
            for (int i = 0; i < 3; i++) {
                DataCodec.writeInts(out, ints);
            }
        });
        assertEquals(12 + 3 * (4 + 4L * ints.length) + 20, Files.size(file));
        int[][] back = StoreFile.read(file, "BIGF", 1, IO, in ->
                new int[][] {DataCodec.readInts(in), DataCodec.readInts(in), DataCodec.readInts(in)});
        for (int[] b : back) {
            assertArrayEquals(ints, b);
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = small();
        StoreFile.write(file, "TEST", 3, IO, out -> {
            out.writeInt(8);
            DataCodec.writeString(out, "x");
        });
        assertEquals("8x", readSmall(file));
    }

    @Test
    void eachWrongHeaderFieldIsNamed() throws IOException {
        Path file = small();
        CorruptIndexException type = assertThrows(
                CorruptIndexException.class, () -> StoreFile.read(file, "VECS", 3, IO, in -> in.readInt()));
        assertEquals(
                "index file " + file + " is corrupt: it is a file of type \"TEST\", expected \"VECS\"",
                type.getMessage());
        assertEquals(file, type.file());
        CorruptIndexException version = assertThrows(
                CorruptIndexException.class, () -> StoreFile.read(file, "TEST", 4, IO, in -> in.readInt()));
        assertEquals("unknown version 3 of its type \"TEST\" (this kindred reads version 4)", version.problem());
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] = 'X';
        Files.write(file, bytes);
        CorruptIndexException magic = assertThrows(CorruptIndexException.class, () -> readSmall(file));
        assertEquals("bad magic 584e4452, not a kindred index file (4b4e4452)", magic.problem());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("vectors_3.kdx");
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> readSmall(file));
        assertEquals("index file " + file + " is corrupt: missing", e.getMessage());
        assertThrows(CorruptIndexException.class, () -> StoreFile.verify(file, "TEST", 3, IO));
    }

    @Test
    void everyTruncationIsDetected() throws IOException {
        Path file = small();
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.kdx");
        for (int length = 0; length < bytes.length; length++) {
            Files.write(cut, Arrays.copyOf(bytes, length));
            CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> readSmall(cut), "" + length);
            assertEquals(cut, e.file());
            assertThrows(CorruptIndexException.class, () -> StoreFile.verify(cut, "TEST", 3, IO), "" + length);
        }
    }

    @Test
    void aFlippedByteAtEveryOffsetIsDetected() throws IOException {
        Path file = small();
        byte[] bytes = Files.readAllBytes(file);
        Path flipped = dir.resolve("flipped.kdx");
        for (int offset = 0; offset < bytes.length; offset++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] damaged = bytes.clone();
                damaged[offset] ^= (byte) bit;
                Files.write(flipped, damaged);
                String where = "offset " + offset + " bit " + bit;
                assertThrows(CorruptIndexException.class, () -> readSmall(flipped), where);
                assertThrows(CorruptIndexException.class, () -> StoreFile.verify(flipped, IO), where);
            }
        }
    }

    @Test
    void aChecksumMismatchSaysBothChecksums() throws IOException {
        Path file = small();
        byte[] bytes = Files.readAllBytes(file);
        bytes[13] ^= 1;
        Files.write(file, bytes);
        CorruptIndexException e = assertThrows(CorruptIndexException.class, () -> readSmall(file));
        assertTrue(e.problem().matches("checksum mismatch \\(stored [0-9a-f]{8}, computed [0-9a-f]{8}\\)"), e::problem);
    }

    @Test
    void aReaderMustReadTheWholeBodyAndNoMore() throws IOException {
        Path file = small();
        CorruptIndexException past = assertThrows(
                CorruptIndexException.class,
                () -> StoreFile.read(
                        file, "TEST", 3, IO, in -> in.readInt() + DataCodec.readString(in) + in.readInt()));
        assertEquals("its reader read past the end of the body (11 bytes)", past.problem());
        CorruptIndexException stopped = assertThrows(
                CorruptIndexException.class, () -> StoreFile.read(file, "TEST", 3, IO, in -> in.readInt()));
        assertEquals("its reader stopped 7 bytes before the end of the body (11 bytes)", stopped.problem());
    }

    @Test
    void aCountBeyondTheBodyIsRefusedBeforeAllocating() throws IOException {
        Path file = dir.resolve("huge-count");
        StoreFile.write(file, "TEST", 1, IO, out -> out.writeInt(Integer.MAX_VALUE));
        CorruptIndexException e = assertThrows(
                CorruptIndexException.class, () -> StoreFile.read(file, "TEST", 1, IO, DataCodec::readLongs));
        assertEquals("its reader read past the end of the body (4 bytes)", e.problem());
        Path negative = dir.resolve("negative-count");
        StoreFile.write(negative, "TEST", 1, IO, out -> out.writeInt(-5));
        CorruptIndexException n = assertThrows(
                CorruptIndexException.class, () -> StoreFile.read(negative, "TEST", 1, IO, DataCodec::readInts));
        assertEquals("unreadable body: invalid count -5", n.problem());
    }

    @Test
    void aFailingBodyWriterLeavesTheOldFileAndNoTemporary() throws IOException {
        Path file = small();
        IOException e = assertThrows(
                IOException.class,
                () -> StoreFile.write(file, "TEST", 3, IO, out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("the source went away");
                }));
        assertEquals("cannot write index file " + file + ": the source went away", e.getMessage());
        assertThrows(
                UncheckedIOException.class,
                () -> StoreFile.write(file, "TEST", 3, IO, out -> {
                    throw new UncheckedIOException(new IOException("unchecked"));
                }));
        assertEquals("7hé", readSmall(file));
        assertEquals(List.of("small.kdx"), names());
    }

    @Test
    void aTypeIsFourPrintableAsciiCharacters() {
        for (String bad : new String[] {"VEC", "VECTS", "VE S", "VÉCS", ""}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> StoreFile.write(dir.resolve("x"), bad, 1, IO, out -> {}),
                    bad);
        }
        assertFalse(Files.exists(dir.resolve("x")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
