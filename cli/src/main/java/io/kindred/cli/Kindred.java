package io.kindred.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code kindred} command: Similar Articles lists for news sites.
 *
 * <p>Exit codes: 0 success (also when the reader of standard output closes it early, as {@code head} does: it has what
 * it wanted), 1 failure (bad data, I/O), 2 usage error. Standard output and error are UTF-8 whatever the platform's
 * default. An instance is one run of the command: not thread-safe.
 */
@Command(
        name = "kindred",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Similar Articles lists for news sites: exact TF-IDF cosine top-k, deterministic.",
        footer = {
            "",
            "Examples:",
            "  kindred recommend | head -3",
            "      the lists of the built-in sample corpus",
            "  kindred recommend -i articles.jsonl.gz -o related.jsonl",
            "  kindred similar -i articles.csv --id 2025-0417",
            "  kindred evaluate -i labelled.jsonl --compare \"--preset sklearn\"",
            "      precision@10 of category agreement, against scikit-learn's defaults",
            "  kindred index build -i articles.jsonl.gz -d related.idx",
            "  kindred index add -d related.idx -i today.jsonl",
            "  kindred recommend --index related.idx -o related.jsonl",
            "      a live index: changed article by article, its lists read without a fit",
            "  kindred help recommend",
            "      every option of a command"
        })
public final class Kindred implements Runnable {

    private final InputStream stdin;
    private final boolean terminal;
    private final LongSupplier clock;

    @Spec
    private CommandSpec spec;

    /**
     * @param stdin standard input, for {@code -} as an input file
     * @param terminal whether standard error is a terminal (then long runs show progress bars)
     * @param clock nanoseconds, for the progress bars
     */
    Kindred(InputStream stdin, boolean terminal, LongSupplier clock) {
        this.stdin = stdin;
        this.terminal = terminal;
        this.clock = clock;
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // straight to the file descriptors: System.out would hide write errors such as a closed pipe, and both
        // would encode with the platform's charset
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(out, err, System.in, Terminal.isStandardErrorTerminal(), args)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            err.print("kindred: out of memory; give Java more, e.g. java -Xmx8g -jar kindred.jar ...\n");
            code = 1;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The subcommands besides {@code help}, in the order of the usage message. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("recommend", RecommendCommand::new);
        COMMANDS.put("similar", SimilarCommand::new);
        COMMANDS.put("evaluate", EvaluateCommand::new);
        COMMANDS.put("index", IndexCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
    }

    /**
     * The command line with every subcommand, ready to {@link CommandLine#execute execute}.
     *
     * @param out standard output
     * @param err standard error
     * @param stdin standard input
     * @param terminal whether standard error is a terminal
     * @return the command line
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal) {
        return commandLine(out, err, stdin, terminal, new String[0]);
    }

    /**
     * The command line for {@code args}, ready to {@link CommandLine#execute execute} them; tests use it with their own
     * writers. When the first argument names a subcommand, only that one is built: building the option models of the
     * others is about a third of the start-up of a run.
     *
     * @param out standard output
     * @param err standard error
     * @param stdin standard input
     * @param terminal whether standard error is a terminal
     * @param args the arguments to be executed
     * @return the command line
     */
    static CommandLine commandLine(
            PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal, String[] args) {
        return commandLine(out, err, stdin, terminal, System::nanoTime, args);
    }

    /**
     * Like {@link #commandLine(PrintWriter, PrintWriter, InputStream, boolean, String[])}, with the progress bars'
     * clock.
     *
     * @param out standard output
     * @param err standard error
     * @param stdin standard input
     * @param terminal whether standard error is a terminal
     * @param clock nanoseconds
     * @param args the arguments to be executed
     * @return the command line
     */
    static CommandLine commandLine(
            PrintWriter out, PrintWriter err, InputStream stdin, boolean terminal, LongSupplier clock, String[] args) {
        CommandLine cl = new CommandLine(new Kindred(stdin, terminal, clock));
        String first = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (first == null || first.equals(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        Converters.register(cl);
        for (CommandLine command : withSettings(cl)) {
            UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            String[] own = usage.footer();
            // the presets' lines and the order of the ranking steps (RankingPolicy.ORDER) are written when a help text
            // is shown: building them would otherwise slow every run's start-up
            usage.sectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
                List<String> footer = new ArrayList<>(List.of(own));
                footer.addAll(VectorizerOptions.presetHelp());
                footer.add("");
                footer.add("Ranking steps apply in this order: " + PolicyOptions.order() + ".");
                usage.footer(footer.toArray(String[]::new));
                return help.footer();
            });
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Failures::usageError);
        cl.setExecutionExceptionHandler(Failures::failure);
        return cl;
    }

    /** @return the subcommands built that take the settings options, whose help ends with the presets */
    private static List<CommandLine> withSettings(CommandLine cl) {
        List<CommandLine> out = new ArrayList<>();
        for (String name : List.of("recommend", "similar", "evaluate")) {
            if (cl.getSubcommands().containsKey(name)) {
                out.add(cl.getSubcommands().get(name));
            }
        }
        CommandLine index = cl.getSubcommands().get("index");
        if (index != null) {
            out.add(index.getSubcommands().get("build"));
        }
        return out;
    }

    /** @return standard input */
    InputStream stdin() {
        return stdin;
    }

    /**
     * @param quiet no progress bars and no summary
     * @param err standard error
     * @return where a subcommand reports
     */
    Console console(PrintWriter err, boolean quiet) {
        return new Console(err, terminal && !quiet, quiet, clock);
    }

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing command: recommend, similar, evaluate, index or help");
    }
}
