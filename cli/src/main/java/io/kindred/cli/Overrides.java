package io.kindred.cli;

import io.kindred.core.weighting.ConflictingSettingsException;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Applies options to settings one at a time through core's {@code with} methods, which validate: the CLI keeps no copy
 * of a check, it only names the option. Core's refusal becomes a usage error (exit 2): the option, then core's message,
 * then a hint where the option needs another. Not thread-safe (one per mixin).
 */
final class Overrides {

    private final CommandSpec spec;

    Overrides(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * @param settings the settings so far
     * @param option the option's name, e.g. {@code --bm25-k1}
     * @param value its value, or null when it was not given
     * @param change the setting it changes
     * @param <T> the settings' type
     * @param <V> the value's type
     * @return the settings with the option applied
     * @throws ParameterException naming the option if core refuses the value
     */
    <T, V> T apply(T settings, String option, V value, BiFunction<T, V, T> change) {
        return apply(settings, option, value, change, null);
    }

    /**
     * Like {@link #apply(Object, String, Object, BiFunction)}, adding a hint to core's message when the option changes
     * a step the policy does not have.
     *
     * @param settings the settings so far
     * @param option the option's name
     * @param value its value, or null when it was not given
     * @param change the setting it changes
     * @param hint the option that adds the step, e.g. {@code give --feedback M1,M2 too}, or null
     * @param <T> the settings' type
     * @param <V> the value's type
     * @return the settings with the option applied
     */
    <T, V> T apply(T settings, String option, V value, BiFunction<T, V, T> change, String hint) {
        if (value == null) {
            return settings;
        }
        try {
            return change.apply(settings, value);
        } catch (ConflictingSettingsException e) {
            throw usage(VectorizerOptions.options(e) + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        } catch (NoSuchElementException e) {
            // the option changes a setting of a step the policy does not have: say which option adds it
            throw usage(option + ": " + e.getMessage() + (hint == null ? "" : "; " + hint));
        }
    }

    /**
     * @param message the message
     * @return a usage error of the command
     */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
