package io.kindred.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kindred.core.explain.Explanation;
import io.kindred.core.live.LiveIndex;
import io.kindred.core.live.LiveOptions;
import io.kindred.core.search.SimilarArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, compiled and run verbatim: its imports and statements are taken from README.md, put in a
 * method that returns the example's results, compiled against this module and run.
 */
class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleCompilesRunsAndGivesSensibleLists() throws Exception {
        Map<String, Object> results = run(
                readmeExample(0),
                "java.util.Map.of(\"related\", related, \"all\", all, \"fresh\", fresh, \"why\", why)");
        @SuppressWarnings("unchecked") // the example's declared types
        List<SimilarArticle> related = (List<SimilarArticle>) results.get("related");
        @SuppressWarnings("unchecked")
        List<List<SimilarArticle>> all = (List<List<SimilarArticle>>) results.get("all");
        @SuppressWarnings("unchecked")
        List<SimilarArticle> fresh = (List<SimilarArticle>) results.get("fresh");
        Explanation why = (Explanation) results.get("why");

        assertEquals(
                List.of("a3", "a2"), related.stream().map(SimilarArticle::id).toList());
        assertEquals(related, all.get(0));
        assertEquals(3, all.size());
        assertTrue(fresh.stream().anyMatch(s -> s.id().equals("a1")), fresh::toString);
        assertEquals(related.get(0).cosine(), why.score(), 1e-12);
        assertTrue(related.get(0).cosine() < 1, "different texts do not score 1");
    }

    @Test
    void theReadmeLiveIndexGuideCompilesRunsAndKeepsWhatItWasTold() throws Exception {
        Map<String, Object> results = run(
                readmeExample(1),
                "java.util.Map.of(\"dir\", dir, \"related\", related, \"preview\", preview, \"removed\", removed)");
        @SuppressWarnings("unchecked") // the example's declared types
        List<SimilarArticle> related = (List<SimilarArticle>) results.get("related");
        @SuppressWarnings("unchecked")
        List<SimilarArticle> preview = (List<SimilarArticle>) results.get("preview");
        assertTrue(related.stream().anyMatch(s -> s.id().equals("a4")), related::toString);
        assertTrue(preview.stream().anyMatch(s -> s.id().equals("a1")), preview::toString);
        assertEquals(Boolean.TRUE, results.get("removed"));
        Path index = (Path) results.get("dir");
        try (LiveIndex reopened = LiveIndex.open(index, LiveOptions.DEFAULT)) {
            assertEquals(
                    List.of("a1", "a3", "a4"),
                    reopened.snapshot().articles().stream().map(Article::id).toList());
            List<String> after =
                    reopened.similar("a1", 10).stream().map(SimilarArticle::id).toList();
            assertTrue(after.contains("a4") && !after.contains("a2"), after::toString);
        }
    }

    @Test
    void theReadmeNamesTheCoordinatesAndJarsOfThisBuild() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String parent = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        String version = first(parent, "<version>([^<]+)</version>");
        String lucene = first(parent, "<lucene.version>([^<]+)</lucene.version>");
        String jackson = first(parent, "<jackson.version>([^<]+)</jackson.version>");
        assertTrue(
                readme.contains("<groupId>io.kindred</groupId>\n  <artifactId>kindred-core</artifactId>\n  <version>"
                        + version + "</version>"),
                "README's dependency names this build's version " + version);
        for (String jar : List.of(
                "kindred-core-" + version + ".jar",
                "kindred-io-" + version + ".jar",
                "lucene-core-" + lucene + ".jar",
                "lucene-analysis-common-" + lucene + ".jar",
                "jackson-core-" + jackson + ".jar")) {
            assertTrue(readme.contains(jar), "README names " + jar);
        }
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    /** @return the imports and the statements of the README's Java example number {@code which} (from 0) */
    private static String[] readmeExample(int which) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        for (int i = 0; i <= which; i++) {
            assertTrue(block.find(), "README.md has Java example " + which);
        }
        StringBuilder imports = new StringBuilder();
        StringBuilder statements = new StringBuilder();
        for (String line : block.group(1).split("\n", -1)) {
            (line.startsWith("import ") ? imports : statements).append(line).append('\n');
        }
        assertTrue(imports.length() > 0, "the example shows its imports");
        return new String[] {imports.toString(), statements.toString()};
    }

    /** Compiles the example into a method returning {@code returned} (its variables by name), and runs it. */
    private Map<String, Object> run(String[] example, String returned) throws Exception {
        String source = example[0]
                + "\npublic final class ReadmeExample {\n"
                + "    public static java.util.Map<String, Object> run() throws Exception {\n"
                + example[1]
                + "        return " + returned + ";\n"
                + "    }\n}\n";
        Path file = Files.writeString(dir.resolve("ReadmeExample.java"), source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK, not a JRE");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> options = new ArrayList<>(
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-proc:none"));
        options.add(file.toString());
        int status = javac.run(null, errors, errors, options.toArray(String[]::new));
        assertEquals(
                0,
                status,
                () -> "the README's example does not compile:\n" + errors.toString(StandardCharsets.UTF_8) + source);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked") // ReadmeExample.run's declared type
            Map<String, Object> results = (Map<String, Object>)
                    loader.loadClass("ReadmeExample").getMethod("run").invoke(null);
            return results;
        }
    }
}
