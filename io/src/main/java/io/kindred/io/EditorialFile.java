package io.kindred.io;

import io.kindred.core.rank.Editorial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Editors' overrides from a JSON Lines file, one override per line (blank lines ignored; gzip accepted):
 *
 * <pre>
 *   {"article": "icc-01", "pin": "icc-07", "position": 1}     icc-07 first in icc-01's list
 *   {"article": "*", "boost": "explainer-3", "factor": 1.5}    in every list, explainer-3 scores × 1.5
 *   {"article": "icc-01", "boost": "old-9", "factor": 0.5}     a factor below 1 buries
 *   {"article": "*", "block": "retracted-2"}                   never in any list
 * </pre>
 *
 * {@code article} is the id of the list's article, or {@code "*"} ({@link Editorial#ALL_LISTS}) for every list; ids are
 * strings or integers, as in article files. Each line has exactly one of {@code pin} (with a {@code position} from 1),
 * {@code boost} (with a {@code factor} &gt; 0) or {@code block}. Every id must be an article of the corpus. Errors name
 * the file, line, column and field, e.g. {@code editorial.jsonl:3:24: field "pin": no article with id "icc-99" in the
 * corpus}; with {@link ReadOptions#skipInvalid()} invalid lines are reported and skipped. Only {@code skipInvalid} and
 * {@code onSkipped} of the options apply.
 *
 * <p>Stateless and thread-safe.
 */
public final class EditorialFile {

    /**
     * The overrides of a file.
     *
     * @param editorial the overrides
     * @param overrides how many lines were applied
     * @param skipped how many invalid lines were skipped
     */
    public record Loaded(Editorial editorial, int overrides, int skipped) {}

    private static final List<String> FIELDS = List.of("article", "pin", "position", "boost", "factor", "block");

    private enum Action {
        PIN("position"),
        BOOST("factor"),
        BLOCK(null);

        final String with;

        Action(String with) {
            this.with = with;
        }

        String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One line: the list, the action, its target, and the pin's position or the boost's factor. */
    private record Line(IdRef article, Action action, IdRef target, int position, double factor) {}

    private EditorialFile() {}

    /**
     * Reads a file of overrides.
     *
     * @param file the file; its path as given names it in errors
     * @param isArticle whether an id is an article of the corpus
     * @param options whether to skip invalid lines, and where to report them
     * @return the overrides
     * @throws InvalidRecordException for an invalid line (unless skipped)
     * @throws IOException if the file cannot be read
     */
    public static Loaded read(Path file, Predicate<String> isArticle, ReadOptions options) throws IOException {
        String name = file.toString();
        Editorial.Builder editorial = Editorial.builder();
        int count = 0;
        try (CheckedRecords<Line> lines = new CheckedRecords<>(
                ArticleReader.openJsonLines(file, EditorialFile::fields, options.maxRecordSize()), options, o -> {
                    if (!o.article().id().equals(Editorial.ALL_LISTS)) {
                        o.article().check(name, isArticle);
                    }
                    o.target().check(name, isArticle);
                })) {
            for (Line o; (o = lines.next()) != null; count++) {
                String list = o.article().id();
                String target = o.target().id();
                switch (o.action()) {
                    case PIN -> editorial.pin(list, target, o.position());
                    case BOOST -> editorial.boost(list, target, o.factor());
                    case BLOCK -> editorial.block(list, target);
                }
            }
            return new Loaded(editorial.build(), count, lines.skipped());
        }
    }

    private static JsonObjectParser.FieldsFactory<Line> fields(String file) {
        return (line, column) -> new ScalarFields<Line>(file, line, column, FIELDS) {
            @Override
            public Line build() throws InvalidRecordException {
                if (!has("article")) {
                    throw missing("article");
                }
                IdRef article = ref("article");
                Action action = null;
                for (Action a : Action.values()) {
                    if (has(a.field())) {
                        if (action != null) {
                            throw error(
                                    a.field(),
                                    "one override per line: this line has both \"" + action.field() + "\" and \""
                                            + a.field() + "\"");
                        }
                        action = a;
                    }
                }
                if (action == null) {
                    throw errorAtStart(null, "expected one of the fields pin, boost or block");
                }
                for (Action a : Action.values()) {
                    if (a.with != null && a != action && has(a.with)) {
                        throw error(a.with, "goes with " + a.field() + ", not with " + action.field());
                    }
                }
                if (action.with != null && !has(action.with)) {
                    throw missing(action.with);
                }
                return new Line(
                        article,
                        action,
                        ref(action.field()),
                        action == Action.PIN ? position() : 0,
                        action == Action.BOOST ? factor() : 1);
            }

            private int position() throws InvalidRecordException {
                int p = integer("position");
                if (p < 1) {
                    throw error("position", "must be >= 1 (1 = first), got " + p);
                }
                return p;
            }

            private double factor() throws InvalidRecordException {
                double f = number("factor");
                if (!(f > 0)) {
                    throw error("factor", "must be > 0 (> 1 promotes, < 1 buries), got " + f);
                }
                return f;
            }
        };
    }
}
