package org.opencac.api.http;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of failure the service answers, in one place: its HTTP status, its stable machine-readable
 * {@code error} code, its RFC 9457 {@code type} URI and title, and when it happens. The README's error
 * table is generated from this enum ({@code ErrorTableTest} fails when they disagree).
 */
public enum ErrorKind {
    MALFORMED_JSON(400, "malformed_json", "Malformed JSON",
            "body is not one JSON value, not a JSON object, has trailing data, or exceeds a nesting/length limit"),
    MISSING_FIELD(400, "missing_field", "Missing field", "`text` or `setting` missing"),
    EMPTY_TEXT(400, "empty_text", "Empty text", "`text` empty or blank"),
    UNKNOWN_SETTING(400, "unknown_setting", "Unknown setting",
            "`setting` not exactly `outpatient`/`inpatient` (control characters are refused)"),
    INVALID_FIELD(400, "invalid_field", "Invalid field",
            "`maxSuggestions` not a whole number 1–100 (no wrap-around), `text` not a string, `dateOfService` not a date written YYYY-MM-DD, `sex` not `male`, `female` or `unknown`"),
    UNKNOWN_CODE_SYSTEM(400, "unknown_code_system", "Unknown code system",
            "a `codeSystems` entry is not ICD-10-CM, ICD-10-PCS, CPT or HCPCS"),
    UNAVAILABLE_CODE_SYSTEM(400, "unavailable_code_system", "Code system not available",
            "a `codeSystems` entry names a system this service has not loaded"),
    MISSING_QUERY(400, "missing_query", "Missing query", "`GET /v1/codes` without `q`"),
    QUERY_TOO_LONG(400, "query_too_long", "Query too long", "`q` longer than 200 characters"),
    INVALID_LIMIT(400, "invalid_limit", "Invalid limit", "`limit` not a whole number 1–200"),
    INVALID_FHIR_RESOURCE(400, "invalid_fhir_resource", "Invalid FHIR resource",
            "FHIR body is not a DocumentReference or a Bundle of them, or has no text/plain note"),
    INVALID_HOOK_REQUEST(400, "invalid_hook_request", "Invalid CDS Hooks request",
            "CDS Hooks request without hook/hookInstance, or without a note in context or prefetch"),
    BAD_REQUEST(400, "bad_request", "Bad request", "the HTTP message itself is malformed (rejected by the HTTP server)"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized", "no API key, or an unknown or revoked key"),
    FORBIDDEN(403, "forbidden", "Forbidden", "the key's role may not use this route"),
    NOT_FOUND(404, "not_found", "Not found", "unknown path"),
    UNKNOWN_CODE(404, "unknown_code", "Unknown code", "`GET /v1/codes/{code}` for a code not in the code set"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Method not allowed",
            "wrong method on an existing path (the `Allow` header lists the right ones)"),
    REQUEST_TIMEOUT(408, "request_timeout", "Request timeout", "the body arrived too slowly (minimum data rate, idle timeout)"),
    NOTE_TOO_LARGE(413, "note_too_large", "Note too large",
            "note longer than the limit in Unicode code points, or body larger than the service reads"),
    URI_TOO_LONG(414, "uri_too_long", "URI too long", "request line longer than the HTTP server accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", "Unsupported media type",
            "`Content-Type` not exactly `application/json` (parameters such as `charset` are fine)"),
    HEADERS_TOO_LARGE(431, "headers_too_large", "Request header fields too large", "headers larger than the HTTP server accepts"),
    INTERNAL_ERROR(500, "internal_error", "Internal error", "a defect; logged with a request id, never with the note"),
    OVERLOADED(503, "overloaded", "Service overloaded",
            "every coding slot is busy, or memory ran out; retry after the `Retry-After` seconds"),
    DEADLINE_EXCEEDED(503, "deadline_exceeded", "Deadline exceeded",
            "coding took longer than the per-request deadline; the work is cancelled"),
    NOT_READY(503, "not_ready", "Not ready", "models are still loading, or the service is shutting down");

    /** Prefix of every problem {@code type}: a stable URN, so clients can switch on it without a network. */
    public static final String TYPE_PREFIX = "urn:opencac:problem:";

    private final int status;
    private final String code;
    private final String title;
    private final String when;

    ErrorKind(int status, String code, String title, String when) {
        this.status = status;
        this.code = code;
        this.title = title;
        this.when = when;
    }

    public int status() {
        return status;
    }

    /** The {@code error} code, e.g. "empty_text". */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** When it happens (documentation). */
    public String when() {
        return when;
    }

    /** The RFC 9457 {@code type}. */
    public String type() {
        return TYPE_PREFIX + code;
    }

    public static Optional<ErrorKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kind the HTTP server's own status maps to (for Jetty's and Javalin's built-in answers). */
    public static ErrorKind forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> NOTE_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> OVERLOADED;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

    /** The README table, one row per kind, in this order. */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| status | `error` | `type` | when |\n|---|---|---|---|\n");
        for (ErrorKind k : values()) {
            b.append("| ").append(k.status).append(" | `").append(k.code).append("` | `").append(k.type())
                    .append("` | ").append(k.when).append(" |\n");
        }
        return b.toString();
    }
}
