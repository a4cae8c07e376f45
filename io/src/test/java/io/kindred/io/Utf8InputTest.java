package io.kindred.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8InputTest {

    private static Utf8Input input(byte[] bytes) {
        return new Utf8Input(new ByteArrayInputStream(bytes));
    }

    /** The next line as a String, or null at the end. */
    private static String line(Utf8Input in) throws IOException {
        return in.nextLine(Long.MAX_VALUE) ? new String(in.lineChars(), in.lineOffset(), in.lineLength()) : null;
    }

    @Test
    void linesLongerThanTheBufferAndCrLfAcrossItsEdge() throws IOException {
        // ASCII decodes one char per byte, so the 64 Ki-char buffers end at multiples of 65,536
        String longLine = "w".repeat(3 << 16) + "z";
        int edge = (1 << 16) - (longLine.length() + 1) % (1 << 16) - 1; // this many chars put "\r" last in a buffer
        for (int shift = -1; shift <= 1; shift++) {
            String crAtEdge = "y".repeat(edge + shift);
            String text = longLine + "\n" + crAtEdge + "\r\nlast\r\n\n";
            Utf8Input in = input(text.getBytes(StandardCharsets.UTF_8));
            assertEquals(longLine, line(in));
            assertEquals(crAtEdge, line(in));
            assertEquals("last", line(in));
            assertEquals("", line(in));
            assertNull(line(in));
            assertNull(line(in));
            assertEquals(text.length(), in.position());
        }
    }

    @Test
    void malformedSequencesAreReplacedAndLocated() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("ok\nab".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes("cd\n€".getBytes(StandardCharsets.UTF_8));
        b.write(0xE2);
        b.write(0x82); // truncated at the end of the input
        Utf8Input in = input(b.toByteArray());
        assertEquals("ok", line(in));
        assertEquals("ab\uFFFDcd", line(in));
        assertEquals("€\uFFFD", line(in));
        assertNull(line(in));
        assertEquals(new Utf8Input.Malformed(5, 2, 3, "0xE9"), in.malformedIn(0, 100));
        assertEquals(new Utf8Input.Malformed(10, 3, 2, "0xE2 0x82"), in.malformedIn(6, 100));
        assertNull(in.malformedIn(11, 100));
    }

    @Test
    void malformedInputAcrossTheBufferBoundary() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String head = "x".repeat((1 << 16) - 1);
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes("é".getBytes(StandardCharsets.UTF_8)); // split across the first two reads
        b.write(0xFF);
        b.writeBytes("\nend".getBytes(StandardCharsets.UTF_8));
        Utf8Input in = input(b.toByteArray());
        assertEquals(head + "é\uFFFD", line(in));
        assertEquals("end", line(in));
        assertEquals(new Utf8Input.Malformed(1 << 16, 1, (1 << 16) + 1, "0xFF"), in.malformedIn(0, Long.MAX_VALUE));
    }

    @Test
    void byteOrderMarkIsDroppedAndCharsCount() throws IOException {
        Utf8Input in = input("\uFEFFa😀\r\nb".getBytes(StandardCharsets.UTF_8));
        assertEquals('a', in.peek());
        assertEquals(0, in.position());
        assertEquals('a', in.read());
        assertEquals("😀", line(in));
        assertEquals(5, in.position());
        char[] rest = new char[4];
        assertEquals(1, in.read(rest, 0, 4));
        assertEquals(-1, in.read());
        assertEquals(-1, in.peek());
        assertNull(in.malformedIn(0, Long.MAX_VALUE));
    }
}
