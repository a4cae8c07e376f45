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

  @Test
  void malformedSequencesAreReplacedAndLocated() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("ok\nab".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9);
    b.writeBytes("cd\n€".getBytes(StandardCharsets.UTF_8));
    b.write(0xE2);
    b.write(0x82); // truncated at the end of the input
    Utf8Input in = input(b.toByteArray());
    assertEquals("ok", in.readLine());
    assertEquals("ab\uFFFDcd", in.readLine());
    assertEquals("€\uFFFD", in.readLine());
    assertNull(in.readLine());
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
    assertEquals(head + "é\uFFFD", in.readLine());
    assertEquals("end", in.readLine());
    assertEquals(new Utf8Input.Malformed(1 << 16, 1, (1 << 16) + 1, "0xFF"), in.malformedIn(0, Long.MAX_VALUE));
  }

  @Test
  void byteOrderMarkIsDroppedAndCharsCount() throws IOException {
    Utf8Input in = input("\uFEFFa😀\r\nb".getBytes(StandardCharsets.UTF_8));
    assertEquals('a', in.peek());
    assertEquals(0, in.position());
    assertEquals('a', in.read());
    assertEquals("😀", in.readLine());
    assertEquals(5, in.position());
    char[] rest = new char[4];
    assertEquals(1, in.read(rest, 0, 4));
    assertEquals(-1, in.read());
    assertEquals(-1, in.peek());
    assertNull(in.malformedIn(0, Long.MAX_VALUE));
  }
}
