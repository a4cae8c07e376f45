package io.kindred.core.store;

import java.nio.file.Path;

/**
 * A damaged or missing file of the store: a bad magic number, another file type, an unknown format version, a truncated
 * file, a checksum mismatch, a missing file. The message reads {@code index file <file> is corrupt: <problem>};
 * {@link #problem()} gives the problem alone. Immutable.
 */
public class CorruptIndexException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    /**
     * @param file the damaged file
     * @param problem what is wrong, e.g. {@code checksum mismatch (stored 1a2b3c4d, computed 5e6f7a8b)}
     */
    public CorruptIndexException(Path file, String problem) {
        this(file, problem, null);
    }

    /**
     * @param file the damaged file
     * @param problem what is wrong
     * @param cause the exception that revealed the damage, or {@code null}
     */
    public CorruptIndexException(Path file, String problem, Throwable cause) {
        super(file, "index file " + file + " is corrupt: " + problem, cause);
        this.problem = problem;
    }

    /** @return what is wrong with the file, without its name */
    public String problem() {
        return problem;
    }
}
