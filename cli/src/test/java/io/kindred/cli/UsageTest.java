package io.kindred.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors exit 2 with a message naming the value and a pointer to the help; help and version exit 0. */
class UsageTest {

    @ParameterizedTest(name = "[{index}] kindred {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
          recommend -k 0 => --top-k must be >= 1, was 0
          recommend --top-k -3 => --top-k must be >= 1, was -3
          recommend --threads 0 => --threads must be >= 1, was 0
          recommend --min-score -1 => --min-score: min score must be a finite number >= 0, was -1.0
          recommend --min-score NaN => --min-score: min score must be a finite number >= 0, was NaN
          recommend --preset lucene => Invalid value for option '--preset': unknown preset 'lucene' (expected news or sklearn)
          recommend --weighting bm26 => Invalid value for option '--weighting': unknown weighting 'bm26' (expected tfidf or bm25)
          recommend --bm25-k1 2 => --bm25-k1: k1 is a setting of bm25 weighting, and the weighting is tfidf
          recommend --preset sklearn --bm25-b 0.5 => --bm25-b: b is a setting of bm25 weighting, and the weighting is tfidf
          recommend --weighting bm25 --bm25-k1 0 => --bm25-k1: k1 must be a finite number > 0, was 0.0
          recommend --weighting bm25 --bm25-b 1.5 => --bm25-b: b must be in [0, 1], was 1.5
          recommend --weighting bm25 --sublinear-tf => --sublinear-tf: sublinear tf is a setting of tfidf weighting, and the weighting is bm25
          recommend --field-weights title=x => --field-weights: field weight must be a number, was 'x' in 'title=x'
          recommend --field-weights title=-1 => --field-weights: field weight must be finite and >= 0, was -1.0 for title
          recommend --field-weights title=2 --text-fields title,body => --text-fields and --field-weights are two ways to give the same setting: give one (was --text-fields title,body --field-weights title=2)
          recommend --feedback 3,x => Invalid value for option '--feedback': expected neighbours per round separated by commas, each >= 1, such as 3,5; or none; was '3,x'
          recommend --feedback 0 => Invalid value for option '--feedback': expected neighbours per round separated by commas, each >= 1, such as 3,5; or none; was '0'
          recommend --feedback-weight 0 => --feedback-weight: feedback weight must be a finite number > 0, was 0.0
          recommend --feedback-pool 0 => --feedback-pool: feedback pool must be >= 1, was 0
          recommend --feedback none --feedback-weight 2 => --feedback-weight: the policy has no Feedback step to change; give --feedback M1,M2 too
          recommend --preset sklearn --feedback-pool 50 => --feedback-pool: the policy has no Feedback step to change; give --feedback M1,M2 too
          recommend --latent-dims -1 => --latent-dims: latent dimensions must be >= 1, was -1
          recommend --latent-weight 0 => --latent-weight: latent weight must be a finite number > 0, was 0.0
          recommend --latent-dims 0 --latent-weight 2 => --latent-weight: the policy has no Latent step to change; give --latent-dims N too
          recommend --preset sklearn --latent-weight 2 => --latent-weight: the policy has no Latent step to change; give --latent-dims N too
          recommend --window-days -1 => --window-days: window must be a finite number of days >= 0, was -1.0
          recommend --decay-half-life-days 0 => --decay-half-life-days: decay half-life must be a finite number of days > 0, was 0.0
          recommend --decay-half-life-days Infinity => --decay-half-life-days: decay half-life must be a finite number of days > 0, was Infinity
          recommend --decay gaussian => --decay needs --decay-half-life-days
          recommend --undated drop => --undated: the policy has no date step (past-only, window, decay) to apply it to; give --past-only, --window-days or --decay-half-life-days too
          recommend --past-only --undated maybe => Invalid value for option '--undated': expected one of keep, drop, was 'maybe'
          recommend --decay linear --decay-half-life-days 3 => Invalid value for option '--decay': expected one of exponential, gaussian, was 'linear'
          recommend --dedup-threshold 0 => --dedup-threshold: near-duplicate threshold must be a finite number > 0, was 0.0
                    recommend --mmr-lambda 1.1 => --mmr-lambda: MMR lambda must be in (0, 1], was 1.1
          recommend --mmr-lambda -0.1 => --mmr-lambda: MMR lambda must be in (0, 1], was -0.1
          recommend --explain -1 => --explain must be >= 0 (terms per explanation), was -1
          similar --id a --mmr-lambda 2 => --mmr-lambda: MMR lambda must be in (0, 1], was 2.0
          recommend --norm l3 => Invalid value for option '--norm': expected one of l2, l1, none, was 'l3'
          recommend --analyzer spacy => Invalid value for option '--analyzer': expected one of sklearn, english, was 'spacy'
          recommend --stemmer lancaster => Invalid value for option '--stemmer': expected one of none, porter, snowball, was 'lancaster'
          recommend --format xml => Invalid value for option '--format': expected one of jsonl, json, csv, was 'xml'
          recommend --input-format yaml => Invalid value for option '--input-format': expected one of jsonl, json, csv, was 'yaml'
          recommend --strip-accents all => Invalid value for option '--strip-accents': expected one of none, ascii, unicode, was 'all'
          recommend --stop-words french => Invalid value for option '--stop-words': unknown stop word list 'french' (expected english, lucene-english or none)
          recommend --text-fields url => --text-fields: unknown field 'url' in 'url' (expected title, body, tags, section, source, text)
          recommend --text-fields title,title => --text-fields: field 'title' is given twice in 'title,title'
          recommend --min-df abc => --min-df: expected an integer count or a proportion in [0.0, 1.0], was 'abc'
          recommend --max-df 1.5 => --max-df: a proportion of documents must be in [0.0, 1.0], was 1.5
          recommend --min-df 5 --max-df 3 => --min-df, --max-df: max_df (3) is below min_df (5)
          recommend --max-features 0 => --max-features: max_features must be >= 1, was 0
          recommend --ngram 1-2 => Invalid value for option '--ngram': expected LO,HI such as 1,2, was '1-2'
          recommend --preset sklearn --stemmer porter => --stemmer: the sklearn analyzer has no stemmer (the english analyzer has)
          recommend --weighting bm25 --no-smooth-idf => --no-smooth-idf: smooth idf is a setting of tfidf weighting, and the weighting is bm25
          recommend --preset sklearn --ngram 2,1 => --ngram: Invalid value for ngram_range=(2, 1) lower boundary larger than the upper boundary
          recommend --analyzer english --ngram 2,1 => --ngram: Invalid value for ngram_range=(2, 1) lower boundary larger than the upper boundary
          recommend -i articles.txt => cannot tell the format of 'articles.txt' from its name: expected .jsonl, .ndjson, .json or .csv, optionally followed by .gz; or give the format with --input-format
          recommend --bogus => Unknown option: '--bogus'
          recommend extra => Unmatched argument at index 1: 'extra'
          recommend -k => Missing required parameter for option '--top-k' (K)
          similar => Error: Missing required argument (specify one of these): (--id=ID [--id=ID]... | --article=FILE)
          similar --id a --article b.json => Error: --id=ID, --article=FILE are mutually exclusive (specify only one)
          similar -i - --article - => --article - and --input - cannot both read standard input
          '' => missing command: recommend, similar, evaluate, index or help
          """)
    void usageErrorsExitTwo(String args, String message) {
        Cli.Result r = Cli.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, r.exitCode(), r::toString);
        String command = args.isEmpty() ? "kindred" : "kindred " + args.split(" ")[0];
        assertEquals("kindred: " + message + "\nTry '" + command + " --help' for more information.\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli.Result r = Cli.run("recomend");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Did you mean: kindred recommend"), r.err());
    }

    @ParameterizedTest
    @CsvSource({
        "--help",
        "recommend --help",
        "similar --help",
        "evaluate --help",
        "help recommend",
        "recommend -h",
        "index build --help"
    })
    void helpWithExamplesExitsZero(String args) {
        Cli.Result r = Cli.run(args.split(" "));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: kindred"), r.out());
        assertTrue(r.out().contains("Examples:"), r.out());
        if (!args.equals("--help")) {
            assertTrue(r.out().contains("Presets (each option above overrides one of their settings):"), r.out());
            assertEquals(1, r.out().split("Presets \\(", -1).length - 1, "the presets once: " + r.out());
        }
        assertEquals("", r.err());
    }

    /** Only the invoked subcommand is built: its help and errors must read exactly as with every command built. */
    @ParameterizedTest
    @CsvSource({"recommend --help", "similar --help", "evaluate --help", "recommend --top-k 0", "similar --nope"})
    void buildingOnlyTheInvokedCommandChangesNothingVisible(String line) {
        String[] args = line.split(" ");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Kindred.commandLine(
                        new java.io.PrintWriter(out),
                        new java.io.PrintWriter(err),
                        java.io.InputStream.nullInputStream(),
                        false)
                .execute(args);
        Cli.Result lazy = Cli.run(args);
        assertEquals(code, lazy.exitCode());
        assertEquals(out.toString(), lazy.out());
        assertEquals(err.toString(), lazy.err());
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(
                java.util.Set.of(args[0], "help"),
                Kindred.commandLine(sink, sink, null, false, args)
                        .getSubcommands()
                        .keySet());
        assertEquals(
                java.util.List.of("recommend", "similar", "evaluate", "index", "serve", "help"),
                java.util.List.copyOf(Kindred.commandLine(sink, sink, null, false, new String[] {"--help"})
                        .getSubcommands()
                        .keySet()));
    }

    /** Checks that a command's help lists every option, given separated by bars. */
    private static void helpLists(String command, String options) {
        String help = Cli.run(command, "--help").out();
        for (String option : options.split("\\|")) {
            assertTrue(help.contains(option), command + " " + option);
        }
    }

    @Test
    void everyOptionOfTheIssueIsThere() {
        helpLists(
                "recommend",
                "-i, --input|-o, --output|--input-format|--format|-k, "
                        + "--top-k|--threads|--analyzer|--stop-words|--min-df"
                        + "|--max-df|--max-features|--ngram|--[no-]sublinear-tf|--[no-]binary|--strip-accents"
                        + "|--no-smooth-idf"
                        + "|--no-idf|--norm|--min-score|--skip-invalid|-q, --quiet|--text-fields|--preset|--weighting"
                        + "|--bm25-k1|--bm25-b|--field-weights|--feedback|--feedback-weight|--feedback-pool"
                        + "|--exclude-sections|--exclude-ids|--past-only|--window-days|--decay-half-life-days|--decay"
                        + "|--undated|--dedup-threshold|--mmr-lambda|--editorial|--explain");
    }

    @Test
    void evaluateTakesTheOptionsOfRecommendAndItsOwn() {
        helpLists(
                "evaluate",
                "-i, --input|-k, --top-k|--preset|--analyzer|--weighting|--field-weights|--feedback|--past-only|--decay"
                        + "|--min-score|--dedup-threshold|--mmr-lambda|--editorial|--label-field|--judgments|--compare"
                        + "|--format"
                        + "|--report|--skip-invalid|--threads");
    }

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(
                Pattern.compile("kindred \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n")
                        .matcher(r.out())
                        .matches(),
                r.out());
    }
}
