package org.opencac.workbench.encounter;

/** A client error with its HTTP status and machine-readable code; never echoes note text. */
public final class WorkbenchException extends RuntimeException {
    private final int status;
    private final String error;

    public WorkbenchException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
