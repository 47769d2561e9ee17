package org.opencac.api.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per log line: time, level, logger, thread, message, the MDC (request id) and key-value
 * pairs. Exceptions are written as their class names and stack frames only, never their messages, because
 * a message can quote input (and so a note) that no one should find in a log.
 */
public final class JsonLogLayout extends LayoutBase<ILoggingEvent> {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String doLayout(ILoggingEvent e) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("ts", Instant.ofEpochMilli(e.getTimeStamp()).toString());
            g.writeStringField("level", e.getLevel().toString());
            g.writeStringField("logger", e.getLoggerName());
            g.writeStringField("thread", e.getThreadName());
            g.writeStringField("msg", e.getFormattedMessage());
            for (Map.Entry<String, String> m : e.getMDCPropertyMap().entrySet()) {
                g.writeStringField(m.getKey(), m.getValue());
            }
            if (e.getKeyValuePairs() != null) {
                for (KeyValuePair kv : e.getKeyValuePairs()) {
                    if (kv.value instanceof Number n) {
                        g.writeFieldName(kv.key);
                        g.writeNumber(n.toString());
                    } else {
                        g.writeStringField(kv.key, String.valueOf(kv.value));
                    }
                }
            }
            if (e.getThrowableProxy() != null) {
                g.writeStringField("error", throwableWithoutMessages(e.getThrowableProxy()));
            }
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out + System.lineSeparator();
    }

    static String throwableWithoutMessages(IThrowableProxy t) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        while (t != null && depth++ < 5) {
            b.append(depth > 1 ? " caused by " : "").append(t.getClassName());
            StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                b.append("\n\tat ").append(frames[i].getStackTraceElement());
            }
            t = t.getCause();
        }
        return b.toString();
    }
}
