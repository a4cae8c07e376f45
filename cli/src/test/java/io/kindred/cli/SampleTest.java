package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * End to end on the built-in sample: {@code kindred recommend} with default options writes, byte for byte, the
 * checked-in expected file (made once by this implementation and checked by eye: every list starts with three
 * articles of the same story).
 */
class SampleTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** @return the expected output of {@code kindred recommend} */
  static String expected() throws IOException {
    try (InputStream in = SampleTest.class.getResourceAsStream("sample-recommend.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void recommendOnTheSampleWritesTheExpectedFile() throws IOException {
    Cli.Result r = Cli.run("recommend");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(expected(), r.out());
    assertTrue(
        Pattern.matches(
            "kindred: 163 articles, 4,954 terms; 163 lists written to standard output in \\d+\\.\\d\\d s\n", r.err()),
        r.err());
  }

  @Test
  void theTopThreeOfEveryListAreStoryMates() throws IOException {
    Map<String, String> story = new HashMap<>();
    try (InputStream in = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode a = JSON.readTree(line);
        story.put(a.get("id").asText(), a.get("story").asText());
      }
    }
    assertEquals(163, story.size());
    for (String line : expected().split("\n")) {
      JsonNode list = JSON.readTree(line);
      String id = list.get("id").asText();
      assertEquals(10, list.get("similar").size(), id);
      for (int i = 0; i < 3; i++) {
        String other = list.get("similar").get(i).get("id").asText();
        assertEquals(story.get(id), story.get(other), id + " #" + (i + 1) + ": " + other);
      }
    }
  }

  @Test
  void quietPrintsNothingOnStandardError() throws IOException {
    Cli.Result r = Cli.run("recommend", "--quiet", "--threads", "1");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(expected(), r.out());
    assertEquals("", r.err());
  }
}
