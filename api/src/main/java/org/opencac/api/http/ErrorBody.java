package org.opencac.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response, an RFC 9457 problem ({@code application/problem+json}) that keeps the
 * service's earlier fields ({@code error}, {@code message}).
 *
 * @param type      a stable URI per error kind, {@code urn:opencac:problem:<error>}
 * @param title     short summary of the kind
 * @param status    the HTTP status
 * @param detail    what went wrong with this request (never note text)
 * @param error     a stable machine-readable code, e.g. "empty_text"
 * @param message   same as detail (kept for existing clients)
 * @param requestId the request id, as in the {@code X-Request-Id} header and the logs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String type, String title, int status, String detail, String error, String message,
                        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static ErrorBody of(int status, String error, String detail, String requestId) {
        ErrorKind kind = ErrorKind.byCode(error).orElse(null);
        String title = kind != null ? kind.title() : error;
        return new ErrorBody(ErrorKind.TYPE_PREFIX + error, title, status, detail, error, detail, requestId);
    }
}
