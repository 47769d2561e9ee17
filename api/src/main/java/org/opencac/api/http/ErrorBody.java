package org.opencac.api.http;

/**
 * The JSON body of every error response.
 *
 * @param status  the HTTP status
 * @param error   a stable machine-readable code, e.g. "empty_text"
 * @param message a human-readable explanation
 */
public record ErrorBody(int status, String error, String message) {
}
