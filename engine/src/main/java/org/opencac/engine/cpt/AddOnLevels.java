package org.opencac.engine.cpt;

import java.util.HashMap;
import java.util.Map;
import org.opencac.engine.DataFiles;

/**
 * Services coded per spinal level ({@code add_on_levels.tsv}): a transforaminal epidural injection is coded once for
 * its first level and its add-on code once for each further level the note names in the service's sentences.
 */
record AddOnLevels(Map<String, String> addOns) {
    private static final String FILE = "/org/opencac/engine/cpt/add_on_levels.tsv";
    static final AddOnLevels STANDARD = load();

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

    /** The add-on code's units for {@code levels} distinct levels: one for each level after the first. */
    static int furtherLevels(int levels) {
        return Math.max(0, levels - 1);
    }
}
