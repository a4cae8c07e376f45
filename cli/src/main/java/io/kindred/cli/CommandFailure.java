package io.kindred.cli;

/** A run that cannot go on, for a reason the message gives to the user (exit code 1, no stack trace). Immutable. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the value */
    CommandFailure(String message) {
        super(message);
    }
}
