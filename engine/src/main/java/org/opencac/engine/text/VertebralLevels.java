package org.opencac.engine.text;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vertebral levels a lower-case text writes, as a spinal service per level or a needle per level counts them. */
public final class VertebralLevels {
    /** A vertebral level, single ("L5") or a pair ("L4-5", "L4-L5", "L5-S1"), in lower-case text. */
    private static final Pattern LEVEL = Pattern.compile("\\b([ctls])(\\d{1,2})(?:\\s*-\\s*([ctls])?(\\d{1,2}))?\\b");

    private VertebralLevels() {
    }

    /** The vertebral levels written in {@code lower}, each as one key: "l4-5" and "l4-l5" are one level, "l5" and "l5-s1" two. */
    public static Set<String> in(String lower) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LEVEL.matcher(lower);
        while (m.find()) {
            String first = m.group(1) + m.group(2);
            out.add(m.group(4) == null ? first
                    : first + "-" + (m.group(3) == null ? m.group(1) : m.group(3)) + m.group(4));
        }
        return Set.copyOf(out);
    }
}
