package org.opencac.api.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict request JSON: one value and nothing after it, bounded nesting and lengths (limit errors become
 * 400 {@code malformed_json}, never 5xx), UTF-8 only, bodies read with a hard byte bound.
 */
public final class StrictJson {
    /** Deepest nesting accepted; real requests (including FHIR Bundles) stay far below. */
    public static final int MAX_NESTING = 64;
    /** Longest number literal accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 50;
    /** Longest property name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 256;

    private StrictJson() {
    }

    /** The mapper for request bodies; {@code maxStringChars} bounds any one string value. */
    public static ObjectMapper mapper(int maxStringChars) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxStringLength(Math.max(maxStringChars, 1000))
                        .maxDocumentLength(-1)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Parses a body that must be exactly one JSON object. */
    public static JsonNode readObject(ObjectMapper mapper, String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
                throw new ApiException(ErrorKind.NOTE_TOO_LARGE, "a string in the request body is longer than the note limit");
            }
            throw new ApiException(ErrorKind.MALFORMED_JSON, "request body exceeds a JSON limit (nesting depth "
                    + MAX_NESTING + ", number length " + MAX_NUMBER_LENGTH + ", name length " + MAX_NAME_LENGTH
                    + ", string length)");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ApiException(ErrorKind.MALFORMED_JSON, "request body is not one valid JSON value" + where);
        }
        if (root == null || !root.isObject()) {
            throw new ApiException(ErrorKind.MALFORMED_JSON, "request body must be a JSON object");
        }
        return root;
    }

    /**
     * Checks the media type: exactly one of {@code accepted} (case-insensitive), parameters allowed, and a
     * {@code charset} parameter, if any, must be UTF-8.
     */
    public static void requireMediaType(String contentType, String... accepted) {
        String hint = "send the body as Content-Type: " + accepted[0];
        if (contentType == null) {
            throw new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, hint);
        }
        String[] parts = contentType.split(";");
        String base = parts[0].trim().toLowerCase(Locale.ROOT);
        boolean ok = false;
        for (String a : accepted) {
            ok |= base.equals(a);
        }
        if (!ok) {
            throw new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, hint);
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring(8).replace("\"", "").trim();
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    throw new ApiException(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "JSON bodies must be UTF-8");
                }
            }
        }
    }

    /** Reads at most {@code maxBytes} of the body as strict UTF-8; more is a 413, bad UTF-8 a 400. */
    public static String readBody(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[16384];
        long total = 0;
        int n;
        while ((n = read(in, buf)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new ApiException(ErrorKind.NOTE_TOO_LARGE, "request body is larger than the service reads ("
                        + maxBytes + " bytes)");
            }
            out.write(buf, 0, n);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ErrorKind.MALFORMED_JSON, "request body is not valid UTF-8");
        }
    }

    /** One read; a stalled or too-slow body (idle timeout, minimum data rate) is a 408, a broken one a 400. */
    private static int read(InputStream in, byte[] buf) {
        try {
            return in.read(buf);
        } catch (IOException e) {
            boolean timeout = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                timeout |= t instanceof java.util.concurrent.TimeoutException;
            }
            throw new ApiException(timeout ? ErrorKind.REQUEST_TIMEOUT : ErrorKind.BAD_REQUEST,
                    timeout ? "the request body stalled or arrived too slowly" : "could not read the request body");
        } catch (org.eclipse.jetty.http.BadMessageException e) {
            ErrorKind k = ErrorKind.forStatus(e.getCode());
            throw new ApiException(k, k == ErrorKind.REQUEST_TIMEOUT ? "the request body arrived too slowly"
                    : "the request body was malformed");
        }
    }

    /** True when the string has a control character (C0, DEL or C1). */
    public static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }
}
