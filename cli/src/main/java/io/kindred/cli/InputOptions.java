package io.kindred.cli;

import io.kindred.core.Article;
import io.kindred.core.ArticleSource;
import io.kindred.core.Progress;
import io.kindred.core.search.SimilarityIndex;
import io.kindred.core.weighting.Vectorizer;
import io.kindred.io.ArticleReader;
import io.kindred.io.ArticleRecord;
import io.kindred.io.InputFormat;
import io.kindred.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where the corpus comes from: a file, standard input, or the built-in sample; and how strictly it is read.
 *
 * <p>A picocli mixin; not thread-safe.
 */
final class InputOptions {

    /** The built-in sample corpus: 163 news briefs written for kindred, in 18 stories. */
    static final String SAMPLE = "sample/articles.jsonl";

    private static final String SAMPLE_NAME = "(built-in sample)";
    private static final String STDIN_NAME = "(standard input)";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            description = {
                "Articles: .jsonl/.ndjson, .json or .csv, optionally .gz; - for standard input (JSON Lines unless"
                        + " --input-format says otherwise). Default: the built-in sample corpus (163 news briefs)."
            })
    private String input;

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            description = "jsonl, json or csv. Default: from the file name.")
    private InputFormat format;

    @Option(
            names = "--skip-invalid",
            description = "Skip invalid records of the corpus and of the other files read (editorial overrides, "
                    + "judgments): each is"
                    + " reported, with the count at the end, instead of stopping at the first.")
    private boolean skipInvalid;

    @Option(
            names = "--max-record-size",
            paramLabel = "SIZE",
            converter = Sizes.Converter.class,
            description = "The longest record read (a JSON Lines line, a CSV row, an object of a JSON array), in"
                    + " characters, with an optional suffix k, m or g (x 1024, 1024^2, 1024^3); a longer one is an"
                    + " invalid record. Applies to every file read. Default: "
                    + (ReadOptions.DEFAULT_MAX_RECORD_SIZE >> 20) + "m.")
    private Long maxRecordSize;

    /**
     * Reads the articles and indexes them at once: the worker threads analyse the articles read so far while the next
     * ones are read (see {@link SimilarityIndex#build(ArticleSource, Vectorizer, int, Progress)}).
     *
     * @param console where to report progress and skipped records
     * @param stdin standard input
     * @param vectorizer the vector space
     * @param threads worker threads
     * @return the index, and when the last article was read ({@link System#nanoTime()})
     * @throws IOException if the input cannot be read or has an invalid record
     * @throws CommandFailure if it has no article
     */
    Indexed index(Console console, InputStream stdin, Vectorizer vectorizer, int threads) throws IOException {
        ReadOptions options = readOptions(console).withFormat(format());
        ProgressBar[] fitting = {null};
        ProgressBar reading = console.bar("reading", ProgressBar.Unit.BYTES);
        try (reading;
                ArticleReader reader = open(options.withProgress(reading), stdin)) {
            Article first = reader.next();
            if (first == null) {
                reportSkipped(console, reader.skipped(), "record", reader.name());
                throw new CommandFailure("no articles in " + reader.name());
            }
            long[] readEnd = {0};
            Article[] pending = {first};
            ArticleSource source = () -> {
                Article a = pending[0] != null ? pending[0] : reader.next();
                pending[0] = null;
                if (a == null && readEnd[0] == 0) {
                    readEnd[0] = System.nanoTime();
                    reading.close();
                    fitting[0] = console.bar("fitting", ProgressBar.Unit.ARTICLES); // the analysis still queued
                }
                return a;
            };
            // (articles analysed, articles read so far): shown once every article is read, when the total is known
            Progress analysed = (done, total) -> {
                ProgressBar bar = fitting[0];
                if (bar != null) {
                    bar.update(done, total);
                }
            };
            SimilarityIndex index = SimilarityIndex.build(source, vectorizer, threads, analysed);
            reportSkipped(console, reader.skipped(), "record", reader.name());
            return new Indexed(index, readEnd[0]);
        } finally {
            if (fitting[0] != null) {
                fitting[0].close();
            }
        }
    }

    /**
     * An index built while reading.
     *
     * @param index the index
     * @param readEnd when the last article was read, from {@link System#nanoTime()}
     */
    record Indexed(SimilarityIndex index, long readEnd) {}

    /**
     * Reads every article, with extra fields.
     *
     * @param console where to report progress and skipped records
     * @param stdin standard input
     * @param extraFields fields that are not article fields whose values are kept (e.g. a label)
     * @return the articles, at least one
     * @throws IOException if the input cannot be read or has an invalid record
     * @throws CommandFailure if it has no article
     */
    List<ArticleRecord> readRecords(Console console, InputStream stdin, Set<String> extraFields) throws IOException {
        List<ArticleRecord> articles = readAll(console, stdin, extraFields);
        if (articles.isEmpty()) {
            throw new CommandFailure("no articles in " + describe());
        }
        return articles;
    }

    /**
     * Reads every article; there may be none (a batch of changes can be empty).
     *
     * @param console where to report progress and skipped records
     * @param stdin standard input
     * @return the articles, in input order
     * @throws IOException if the input cannot be read or has an invalid record
     */
    List<Article> readArticles(Console console, InputStream stdin) throws IOException {
        return readAll(console, stdin, Set.of()).stream()
                .map(ArticleRecord::article)
                .toList();
    }

    private List<ArticleRecord> readAll(Console console, InputStream stdin, Set<String> extraFields)
            throws IOException {
        ReadOptions options = readOptions(console).withFormat(format()).withExtraFields(extraFields);
        try (ProgressBar bar = console.bar("reading", ProgressBar.Unit.BYTES);
                ArticleReader reader = open(options.withProgress(bar), stdin)) {
            List<ArticleRecord> articles = reader.readAllRecords();
            reportSkipped(console, reader.skipped(), "record", reader.name());
            return articles;
        }
    }

    /**
     * @param console where skipped records are reported
     * @return how strictly files are read: stop at the first invalid record, or report and skip each
     */
    ReadOptions readOptions(Console console) {
        ReadOptions options = strictReadOptions();
        return skipInvalid ? options.skippingInvalid(e -> console.warn("skipped " + Failures.describe(e))) : options;
    }

    /** @return how files read strictly whatever {@code --skip-invalid} says (a new article) are read */
    ReadOptions strictReadOptions() {
        ReadOptions options = ReadOptions.defaults();
        return maxRecordSize == null ? options : options.withMaxRecordSize(maxRecordSize);
    }

    /**
     * Reports how many invalid records of a file were skipped, if any.
     *
     * @param console where to report
     * @param skipped how many
     * @param what what a record is, e.g. "record", "override"
     * @param file the file's name
     */
    static void reportSkipped(Console console, int skipped, String what, String file) {
        if (skipped > 0) {
            console.warn("skipped " + skipped + " invalid " + what + (skipped == 1 ? "" : "s") + " of " + file);
        }
    }

    /**
     * Refuses the options that choose a corpus, for a command whose articles come from elsewhere.
     *
     * @param source the option that gives them, e.g. {@code --index}
     * @throws ParameterException if {@code --input} or {@code --input-format} was given
     */
    void refuseCorpus(String source) {
        if (input != null || format != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    (input != null ? "--input" : "--input-format") + " and " + source
                            + " are two sources of articles: give one");
        }
    }

    /**
     * Requires {@code --input}, for a command without a default corpus.
     *
     * @param what what the input holds, for the message, e.g. {@code the articles to add}
     * @throws ParameterException if it was not given
     */
    void requireInput(String what) {
        if (input == null) {
            throw new ParameterException(spec.commandLine(), "missing --input: " + what);
        }
    }

    /** @return true if the corpus is read from standard input */
    boolean readsStandardInput() {
        return "-".equals(input);
    }

    /** @return the input for messages: the file as given, "(standard input)" or "(built-in sample)" */
    String describe() {
        return input == null ? SAMPLE_NAME : input.equals("-") ? STDIN_NAME : input;
    }

    private ArticleReader open(ReadOptions options, InputStream stdin) throws IOException {
        return input == null
                ? ArticleReader.open(InputOptions.class.getResourceAsStream(SAMPLE), SAMPLE_NAME, options)
                : open(input, stdin, options);
    }

    /**
     * Opens a file given on the command line.
     *
     * @param file a path, or "-" for standard input
     * @param stdin standard input
     * @param options how to read
     * @return the reader
     * @throws IOException if the file cannot be opened
     */
    static ArticleReader open(String file, InputStream stdin, ReadOptions options) throws IOException {
        return file.equals("-")
                ? ArticleReader.open(stdin, STDIN_NAME, options)
                : ArticleReader.open(Path.of(file), options);
    }

    /**
     * The format: explicit, or JSON Lines for the sample and standard input, or the file name's; null for a folder,
     * which the reader refuses by name.
     */
    private InputFormat format() {
        if (format != null && input == null) {
            throw new ParameterException(
                    spec.commandLine(), "--input-format needs --input: the built-in sample is JSON Lines");
        }
        if (format != null) {
            return format;
        }
        if (input == null || input.equals("-")) {
            return InputFormat.JSONL;
        }
        try {
            return InputFormat.fromFileName(input);
        } catch (IllegalArgumentException e) {
            if (Files.isDirectory(Path.of(input))) {
                return null;
            }
            throw new ParameterException(
                    spec.commandLine(), e.getMessage().replace("explicitly", "with --input-format"));
        }
    }
}
