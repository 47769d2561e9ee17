package org.opencac.evaluation.gold;

import java.util.List;
import java.util.Map;

/**
 * One gold note.
 *
 * @param id         unique within its set
 * @param text       the note text that spans point into
 * @param setting    "outpatient" or "inpatient"
 * @param codes      the gold codes, each code once per system
 * @param attributes extra fields of the source, e.g. "specialty" or "noteType"
 */
public record GoldNote(String id, String text, String setting, List<GoldCode> codes, Map<String, String> attributes) {
    public GoldNote {
        codes = List.copyOf(codes);
        attributes = Map.copyOf(attributes);
    }

    public GoldNote(String id, String text, String setting, List<GoldCode> codes) {
        this(id, text, setting, codes, Map.of());
    }
}
