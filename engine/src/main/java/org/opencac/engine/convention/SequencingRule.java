package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.opencac.engine.note.CareSetting;

/**
 * One rule of {@code sequencing.json}: either codes never sequenced first while another code exists, or
 * the sections whose diagnoses are preferred first in a setting.
 *
 * @param id        unique rule id
 * @param kind      what the rule does
 * @param guideline the guideline section
 * @param codes     for NEVER_FIRST and SYMPTOM, the codes it covers
 * @param setting   for SECTION_PRIORITY, the setting it applies to
 * @param sections  for SECTION_PRIORITY, section categories best first; for SYMPTOM, the final-diagnosis
 *                  sections where a symptom may still lead
 * @param reasonSections for SECTION_PRIORITY, the sections that state the reason for the encounter (chief
 *                  complaint, indication): among diagnoses of the best section, one that answers it goes first
 */
public record SequencingRule(String id, Kind kind, String guideline, List<CodePattern> codes, CareSetting setting,
                             List<String> sections, List<String> reasonSections) {
    /** The two kinds of sequencing rule. */
    public enum Kind { NEVER_FIRST, SECTION_PRIORITY, SYMPTOM }

    public SequencingRule {
        codes = List.copyOf(codes);
        sections = List.copyOf(sections);
        reasonSections = List.copyOf(reasonSections);
        if ((kind == Kind.NEVER_FIRST || kind == Kind.SYMPTOM) && codes.isEmpty()) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(Locale.ROOT) + " rule needs codes");
        }
        if (kind == Kind.SECTION_PRIORITY && (setting == null || sections.isEmpty())) {
            throw new IllegalArgumentException("a section_priority rule needs a setting and sections");
        }
    }

    public SequencingRule(String id, Kind kind, String guideline, List<CodePattern> codes, CareSetting setting,
                          List<String> sections) {
        this(id, kind, guideline, codes, setting, sections, List.of());
    }

    static SequencingRule fromJson(JsonNode r) {
        String kind = RuleFiles.text(r, "kind").toUpperCase(Locale.ROOT);
        Kind k;
        try {
            k = Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind \"" + kind.toLowerCase(Locale.ROOT)
                    + "\" (never_first, section_priority or symptom)");
        }
        CareSetting setting = null;
        if (r.has("setting")) {
            try {
                setting = CareSetting.valueOf(r.path("setting").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown setting \"" + r.path("setting").asText() + "\"");
            }
        }
        return new SequencingRule(RuleFiles.text(r, "id"), k, RuleFiles.text(r, "guideline"),
                CodePattern.parseAll(RuleFiles.strings(r, "codes")), setting, RuleFiles.strings(r, "sections"),
                RuleFiles.strings(r, "reasonSections"));
    }
}
