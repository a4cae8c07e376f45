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
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          recommend -k 0 => --top-k must be >= 1, was 0
          recommend --top-k -3 => --top-k must be >= 1, was -3
          recommend --threads 0 => --threads must be >= 1, was 0
          recommend --min-score -1 => --min-score must be a finite number >= 0, was -1.0
          recommend --min-score NaN => --min-score must be a finite number >= 0, was NaN
          recommend --norm l3 => Invalid value for option '--norm': expected one of l2, l1, none, was 'l3'
          recommend --analyzer spacy => Invalid value for option '--analyzer': expected one of sklearn, english, was 'spacy'
          recommend --format xml => Invalid value for option '--format': expected one of jsonl, json, csv, was 'xml'
          recommend --input-format yaml => Invalid value for option '--input-format': expected one of jsonl, json, csv, was 'yaml'
          recommend --strip-accents all => Invalid value for option '--strip-accents': expected one of none, ascii, unicode, was 'all'
          recommend --stop-words french => Invalid value for option '--stop-words': unknown stop word list 'french' (expected english, lucene-english or none)
          recommend --text-fields url => Invalid value for option '--text-fields': unknown text field 'url' in 'url' (expected a comma-separated list of title, body, section, tags, source)
          recommend --min-df abc => --min-df must be an integer count or a proportion in [0.0, 1.0], was 'abc'
          recommend --max-df 1.5 => --max-df: a proportion of documents must be in [0.0, 1.0], was 1.5
          recommend --max-features 0 => max_features must be >= 1, was 0
          recommend --ngram 1-2 => Invalid value for option '--ngram': expected LO,HI such as 1,2, was '1-2'
          recommend --ngram 2,1 => Invalid value for ngram_range=(2, 1) lower boundary larger than the upper boundary
          recommend --analyzer english --ngram 1,2 => --ngram works with --analyzer sklearn only
          recommend -i articles.txt => cannot tell the format of 'articles.txt' from its name: expected .jsonl, .ndjson, .json or .csv, optionally followed by .gz; or give the format with --input-format
          recommend --bogus => Unknown option: '--bogus'
          recommend extra => Unmatched argument at index 1: 'extra'
          recommend -k => Missing required parameter for option '--top-k' (K)
          similar => Error: Missing required argument (specify one of these): (--id=ID [--id=ID]... | --article=FILE)
          similar --id a --article b.json => Error: --id=ID, --article=FILE are mutually exclusive (specify only one)
          similar -i - --article - => --article - and --input - cannot both read standard input
          '' => missing command: recommend, similar or help
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
    assertTrue(r.err().contains("Did you mean: kindred recommend?"), r.err());
  }

  @ParameterizedTest
  @CsvSource({"--help", "recommend --help", "similar --help", "help recommend", "recommend -h"})
  void helpWithExamplesExitsZero(String args) {
    Cli.Result r = Cli.run(args.split(" "));
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().startsWith("Usage: kindred"), r.out());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void everyOptionOfTheIssueIsThere() {
    String help = Cli.run("recommend", "--help").out();
    for (String option :
        ("-i, --input|-o, --output|--input-format|--format|-k, --top-k|--threads|--analyzer|--stop-words|--min-df"
                + "|--max-df|--max-features|--ngram|--sublinear-tf|--binary|--strip-accents|--no-smooth-idf|--no-idf"
                + "|--norm|--min-score|--skip-invalid|-q, --quiet|--text-fields")
            .split("\\|")) {
      assertTrue(help.contains(option), option);
    }
  }

  @Test
  void version() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Pattern.compile("kindred \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*\n").matcher(r.out()).matches(),
        r.out());
  }
}
