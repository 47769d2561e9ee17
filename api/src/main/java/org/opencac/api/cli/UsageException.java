package org.opencac.api.cli;

/** A command-line mistake: printed with the usage, exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
