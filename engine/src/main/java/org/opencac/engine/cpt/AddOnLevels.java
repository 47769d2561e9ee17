package org.opencac.engine.cpt;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;

/**
 * Services coded per spinal level ({@code add_on_levels.tsv}): a transforaminal epidural injection is coded once for
 * its first level and its add-on code once for each further level the note names in the service's sentences.
 */
record AddOnLevels(Map<String, String> addOns) {
    private static final String FILE = "/org/opencac/engine/cpt/add_on_levels.tsv";
    static final AddOnLevels STANDARD = load();
    /** A vertebral level, single ("L5") or a pair ("L4-5", "L4-L5", "L5-S1"), in lower-case text. */
    private static final Pattern LEVEL = Pattern.compile("\\b([ctls])(\\d{1,2})(?:\\s*-\\s*([ctls])?(\\d{1,2}))?\\b");

    AddOnLevels {
        addOns = Map.copyOf(addOns);
    }

    static AddOnLevels load() {
        Map<String, String> out = new HashMap<>();
        DataFiles.rows(FILE, "code\tadd_on", (c, lineNo) -> {
            if (c.length != 2) {
                throw new IllegalStateException(FILE + " line " + lineNo + ": expected code<TAB>add-on code");
            }
            out.put(c[0], c[1]);
        });
        return new AddOnLevels(out);
    }

    /** The add-on code of {@code code} for its further levels; null if it has none. */
    String addOnOf(String code) {
        return addOns.get(code);
    }

    /**
     * The vertebral levels written in {@code sentence} (lower case), each as one key: "l4-5" and "l4-l5" are one
     * level, "l5" and "l5-s1" two.
     */
    static Set<String> levelsIn(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = LEVEL.matcher(sentence);
        while (m.find()) {
            String first = m.group(1) + m.group(2);
            out.add(m.group(4) == null ? first
                    : first + "-" + (m.group(3) == null ? m.group(1) : m.group(3)) + m.group(4));
        }
        return Set.copyOf(out);
    }

    /** The add-on code's units for {@code levels} distinct levels: one for each level after the first. */
    static int furtherLevels(int levels) {
        return Math.max(0, levels - 1);
    }
}
