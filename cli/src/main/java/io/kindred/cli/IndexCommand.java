package io.kindred.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kindred index}: a live index stored in a folder, built once and then changed article by article; its
 * subcommands build, add, delete, refit, describe and check it, and {@code recommend --index} and {@code similar
 * --index} read its lists. An instance is one run: not thread-safe.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "Builds and changes a live index, whose lists are read without a fit.",
            "",
            "A live index is a folder that keeps articles, the model fitted on them and every Similar Articles list,"
                    + " so that adding or deleting a few articles needs no new fit, and recommend --index and similar"
                    + " --index read lists without fitting.",
            "",
            "Each command opens the index, makes its changes and commits them when it ends: a change is durable"
                    + " once the command exits 0. A command that fails or is killed may have applied some of its"
                    + " changes; run it again (adding an article again replaces it, deleting it again does nothing).",
            ""
        },
        subcommands = {
            IndexBuildCommand.class,
            IndexAddCommand.class,
            IndexDeleteCommand.class,
            IndexRefitCommand.class,
            IndexInfoCommand.class,
            IndexVerifyCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 failure (invalid input, damaged index, I/O error), 2 usage error.",
            "",
            "Examples:",
            "  kindred index build -i archive.jsonl.gz -d related.idx",
            "  kindred index add -d related.idx -i today.jsonl",
            "  kindred index delete -d related.idx --ids 2026-0417,2026-0418",
            "  kindred index info -d related.idx",
            "  kindred index refit -d related.idx",
            "      fit the model again on the articles now in the index",
            "  kindred recommend --index related.idx -o related.jsonl",
            "  kindred similar --index related.idx --id 2026-0417"
        })
final class IndexCommand implements Runnable {

    @ParentCommand
    private Kindred parent;

    @Spec
    private CommandSpec spec;

    /** @return the main command, for standard input and the console */
    Kindred parent() {
        return parent;
    }

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing command: build, add, delete, refit, info, verify or help");
    }
}
