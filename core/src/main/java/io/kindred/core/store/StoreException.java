package io.kindred.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A failure to read or write a file of the store, naming the file: {@link #file()}. Its subclass
 * {@link CorruptIndexException} says that a file is damaged; a plain {@code StoreException} is an input or output error
 * (a full disk, a missing permission), with the underlying exception as its cause. Immutable.
 */
public class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: a {@link Path} is not serializable, the message names the file anyway. */
    private final transient Path file;

    /**
     * @param file the file concerned
     * @param message what went wrong, naming the file
     * @param cause the underlying exception, or {@code null}
     */
    public StoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** @return the file concerned (as the caller named it), or {@code null} after deserialisation */
    public Path file() {
        return file;
    }
}
