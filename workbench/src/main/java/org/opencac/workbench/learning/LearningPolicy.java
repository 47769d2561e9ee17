package org.opencac.workbench.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The thresholds of learning from feedback, read from {@code workbench/learning-policy.properties}
 * (each key is explained there). A missing or out-of-range value fails at startup, naming the key.
 */
public record LearningPolicy(int suppressMinDecisions, double suppressRejectShare, int substituteMinDecisions,
                             double substituteShare, int addMinDecisions, double addShare, double priorStrength) {

    public static final String RESOURCE = "/workbench/learning-policy.properties";

    public static LearningPolicy standard() {
        Properties p = new Properties();
        try (InputStream in = LearningPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LearningPolicy(count(p, "suppress.min.decisions"), share(p, "suppress.reject.share"),
                count(p, "substitute.min.decisions"), share(p, "substitute.share"), count(p, "add.min.decisions"),
                share(p, "add.share"), Double.parseDouble(value(p, "prior.strength")));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": missing key " + key);
        }
        return v.trim();
    }

    private static int count(Properties p, String key) {
        int v = Integer.parseInt(value(p, key));
        if (v < 1) {
            throw new IllegalStateException(RESOURCE + ": " + key + " must be at least 1");
        }
        return v;
    }

    private static double share(Properties p, String key) {
        double v = Double.parseDouble(value(p, key));
        if (v <= 0 || v > 1) {
            throw new IllegalStateException(RESOURCE + ": " + key + " must be in (0, 1]");
        }
        return v;
    }
}
