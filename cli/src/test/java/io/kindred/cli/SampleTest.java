package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * End to end on the built-in sample: {@code kindred recommend} with default options (the news preset) writes, byte for
 * byte, the checked-in expected file (made by this implementation and checked by eye: every list starts with the
 * article's story-mates; see {@link #storyMatesLeadEveryList()}). The file changes when the news preset does.
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
                        "kindred: 163 articles, 3,947 terms; 163 lists written to standard output in \\d+\\.\\d\\d s"
                                + " \\(read \\d+\\.\\d\\d, fit \\d+\\.\\d\\d, score \\d+\\.\\d\\d, write "
                                + "\\d+\\.\\d\\d\\)\n",
                        r.err()),
                r.err());
    }

    /**
     * The README says in how many lists of the sample all of the article's story-mates (field {@code story} of the
     * sample, 8 or 9 per article) come first, before any other article; this counts them in the expected output, and
     * checks that every list is full and starts with a story-mate.
     */
    @Test
    void storyMatesLeadAsManyListsAsTheReadmeSays() throws IOException {
        Map<String, String> story = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        try (InputStream in = InputOptions.class.getResourceAsStream(InputOptions.SAMPLE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode a = JSON.readTree(line);
                story.put(a.get("id").asText(), a.get("story").asText());
                size.merge(a.get("story").asText(), 1, Integer::sum);
            }
        }
        assertEquals(163, story.size());
        List<String> mixed = new ArrayList<>();
        for (String line : expected().split("\n")) {
            JsonNode list = JSON.readTree(line);
            String id = list.get("id").asText();
            assertEquals(10, list.get("similar").size(), id);
            int mates = Math.min(10, size.get(story.get(id)) - 1);
            assertTrue(mates >= 8, id);
            for (int i = 0; i < mates; i++) {
                String other = list.get("similar").get(i).get("id").asText();
                assertTrue(i > 0 || story.get(id).equals(story.get(other)), id + " starts with a story-mate");
                if (!story.get(id).equals(story.get(other))) {
                    mixed.add(id);
                    break;
                }
            }
        }
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String claim = String.format(
                Locale.ROOT,
                "in %d of the 163 lists, all of the article's story-mates come first (in the other %d, %s,",
                163 - mixed.size(),
                mixed.size(),
                String.join(" and ", mixed));
        assertTrue(readme.replaceAll("\\s+", " ").contains(claim), "README.md says: " + claim);
    }

    @Test
    void quietPrintsNothingOnStandardError() throws IOException {
        Cli.Result r = Cli.run("recommend", "--quiet", "--threads", "1");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(expected(), r.out());
        assertEquals("", r.err());
    }
}
