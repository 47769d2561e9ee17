package org.opencac.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (bad request line, URI too long, headers too large, errors outside Javalin) in
 * the same problem+json shape as the service's, instead of Jetty's HTML.
 */
final class ProblemErrorHandler extends ErrorHandler {

    static byte[] body(int status, String detail) {
        ErrorKind kind = ErrorKind.forStatus(status);
        String d = detail == null ? kind.title() : detail.replaceAll("[^\\x20-\\x7e]", "?");
        if (d.length() > 200) {
            d = d.substring(0, 200);
        }
        String json = "{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(d) + "\",\"error\":\"" + kind.code() + "\",\"message\":\"" + escape(d)
                + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (HttpStatus.hasNoBody(status)) {
            return null;
        }
        fields.put(HttpHeader.CONTENT_TYPE, ErrorBody.MEDIA_TYPE);
        return ByteBuffer.wrap(body(status, reason == null ? HttpStatus.getMessage(status) : reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        byte[] b = body(code, HttpStatus.getMessage(code));
        response.setContentType(ErrorBody.MEDIA_TYPE);
        response.setContentLength(b.length);
        response.getOutputStream().write(b);
    }
}
