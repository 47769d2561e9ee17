package org.opencac.api.http;

/** A client error with its HTTP status and a machine-readable error code; never echoes note text. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final int retryAfterSeconds;

    public ApiException(int status, String error, String message) {
        this(status, error, message, 0);
    }

    public ApiException(ErrorKind kind, String message) {
        this(kind.status(), kind.code(), message, 0);
    }

    /** A 503-style answer that tells the client when to retry ({@code Retry-After}). */
    public ApiException(ErrorKind kind, String message, int retryAfterSeconds) {
        this(kind.status(), kind.code(), message, retryAfterSeconds);
    }

    private ApiException(int status, String error, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds for the {@code Retry-After} header, or 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
