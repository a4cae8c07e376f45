package io.kindred.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Judged pairs of articles from a JSON Lines file, one pair per line (blank lines ignored; gzip accepted):
 * {@code {"id1": "a17", "id2": "a42", "score": 3}}, ids as strings or integers, the score any finite number (higher =
 * more similar). Both ids must be articles of the corpus. Errors name the file, line, column and field; with
 * {@link ReadOptions#skipInvalid()} invalid lines are reported and skipped. Only {@code skipInvalid} and
 * {@code onSkipped} of the options apply.
 *
 * <p>Stateless and thread-safe.
 */
public final class JudgmentFile {

    /**
     * The judgments of a file.
     *
     * @param judgments the pairs, in file order
     * @param skipped how many invalid lines were skipped
     */
    public record Loaded(List<Judgment> judgments, int skipped) {
        /**
         * Copies the list.
         *
         * @param judgments see {@link #judgments()}
         * @param skipped see {@link #skipped()}
         */
        public Loaded {
            judgments = List.copyOf(judgments);
        }
    }

    private static final List<String> FIELDS = List.of("id1", "id2", "score");

    /** One line, with where its ids are. */
    private record Line(IdRef id1, IdRef id2, double score) {}

    private JudgmentFile() {}

    /**
     * Reads a file of judgments.
     *
     * @param file the file; its path as given names it in errors
     * @param isArticle whether an id is an article of the corpus
     * @param options whether to skip invalid lines, and where to report them
     * @return the judgments
     * @throws InvalidRecordException for an invalid line (unless skipped)
     * @throws IOException if the file cannot be read
     */
    public static Loaded read(Path file, Predicate<String> isArticle, ReadOptions options) throws IOException {
        String name = file.toString();
        List<Judgment> judgments = new ArrayList<>();
        try (CheckedRecords<Line> lines = new CheckedRecords<>(
                ArticleReader.openJsonLines(file, JudgmentFile::fields, options.maxRecordSize()), options, l -> {
                    l.id1().check(name, isArticle);
                    l.id2().check(name, isArticle);
                })) {
            for (Line l; (l = lines.next()) != null; ) {
                judgments.add(new Judgment(l.id1().id(), l.id2().id(), l.score()));
            }
            return new Loaded(judgments, lines.skipped());
        }
    }

    private static JsonObjectParser.FieldsFactory<Line> fields(String file) {
        return (line, column) -> new ScalarFields<Line>(file, line, column, FIELDS) {
            @Override
            public Line build() throws InvalidRecordException {
                for (String f : FIELDS) {
                    if (!has(f)) {
                        throw missing(f);
                    }
                }
                return new Line(ref("id1"), ref("id2"), number("score"));
            }
        };
    }
}
