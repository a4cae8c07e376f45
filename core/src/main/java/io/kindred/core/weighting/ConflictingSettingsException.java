package io.kindred.core.weighting;

import java.util.List;

/**
 * Settings that cannot hold together, found only once the corpus is known: a maximum document frequency below the
 * minimum when one is a count and the other a proportion of the corpus. It names the settings (as {@link TfidfOptions}
 * names them, e.g. {@code min_df}), so that a command line can name its options.
 */
public final class ConflictingSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The settings at fault. */
    private final List<String> settings;

    /**
     * @param settings the settings at fault
     * @param message what is wrong, naming them
     */
    public ConflictingSettingsException(List<String> settings, String message) {
        super(message);
        this.settings = List.copyOf(settings);
    }

    /** @return the settings at fault, e.g. {@code [min_df, max_df]} */
    public List<String> settings() {
        return settings;
    }
}
