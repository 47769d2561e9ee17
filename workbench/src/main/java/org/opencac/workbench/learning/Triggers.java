package org.opencac.workbench.learning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.suggest.EvidenceSpan;

/** A trigger is the normalized text of an evidence span: lowercase, single spaces, at most 200 characters. */
public final class Triggers {
    public static final int MAX_LENGTH = 200;

    private Triggers() {
    }

    public static String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return t.length() > MAX_LENGTH ? t.substring(0, MAX_LENGTH) : t;
    }

    /** The distinct triggers of a suggestion's evidence, in order. */
    public static Set<String> of(List<EvidenceSpan> evidence) {
        Set<String> out = new LinkedHashSet<>();
        for (EvidenceSpan e : evidence) {
            String t = normalize(e.text());
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
