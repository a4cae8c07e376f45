package io.kindred.cli;

import io.kindred.core.preset.Preset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * The second configuration of {@code kindred evaluate --compare "OPTIONS"}: the analysis, weighting and policy options
 * of {@code recommend}, given as one string and parsed on their own, from the defaults (not from the first
 * configuration's options). Not thread-safe.
 */
@Command(name = "--compare")
final class CompareOptions {

    @Mixin
    VectorizerOptions vectors;

    @Mixin
    PolicyOptions policies;

    /** The preset with every option of the string applied, once parsed. */
    private Preset settings;

    private CompareOptions() {}

    /** @return the second configuration's settings (the editorial file aside) */
    Preset settings() {
        return settings;
    }

    /**
     * @param options the option string, e.g. {@code --preset sklearn --stop-words english}
     * @param evaluate the evaluate command, for usage errors
     * @return the configuration, its options checked
     * @throws ParameterException naming {@code --compare} for a bad option
     */
    static CompareOptions parse(String options, CommandLine evaluate) {
        CompareOptions config = new CompareOptions();
        CommandLine cl = new CommandLine(config);
        Converters.register(cl);
        try {
            cl.parseArgs(tokens(options).toArray(String[]::new));
            config.settings = config.policies.apply(config.vectors.apply());
        } catch (ParameterException | IllegalArgumentException e) {
            throw new ParameterException(evaluate, "--compare \"" + options + "\": " + e.getMessage(), e);
        }
        return config;
    }

    /**
     * Splits an option string as a shell would for simple cases: at whitespace, except inside single or double quotes,
     * which are removed.
     *
     * @param options the string
     * @return the arguments
     * @throws IllegalArgumentException for an unterminated quote
     */
    static List<String> tokens(String options) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    token.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    tokens.add(token.toString());
                    token.setLength(0);
                    inToken = false;
                }
            } else {
                token.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (inToken) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
