package org.opencac.engine.encounter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.WordStartPattern;

/**
 * One rule of {@code encounter_reasons.json}.
 *
 * @param id        unique rule id
 * @param kind      REASON: the pattern states a reason for the encounter coded by {@code code};
 *                  SUBSEQUENT_CARE: the pattern says the visit is care after the injury's active treatment
 * @param code      REASON: the billable code of the encounter (a Z code)
 * @param guideline the guideline section the rule follows
 * @param sections  the sections the pattern is read in (a plan's "follow-up" is not this visit's reason)
 * @param leadSections sections (narrative: history, unlabelled text) where the pattern counts only when it
 *                  follows a visit lead of the file ("presents for", "here for") in its sentence
 * @param pattern   case-insensitive regular expression; each alternative begins with {@code \\b} and a word
 * @param notInProcedureReports the rule is not read in a procedure report (a note with a section the file's
 *                  {@code procedureReportHeaders} name): the report records the procedure, which is the
 *                  encounter, so a preprocedural examination is not its reason
 */
public record EncounterRule(String id, Kind kind, String code, String guideline, List<SectionType> sections,
                            List<SectionType> leadSections, WordStartPattern pattern,
                            boolean notInProcedureReports) {
    /** What a rule does. */
    public enum Kind { REASON, SUBSEQUENT_CARE }

    public EncounterRule {
        sections = List.copyOf(sections);
        leadSections = List.copyOf(leadSections);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id");
        }
        if (kind == Kind.REASON && (code == null || code.isBlank())) {
            throw new IllegalArgumentException("rule " + id + ": a reason rule needs a code");
        }
        if (sections.isEmpty() && leadSections.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": needs sections");
        }
        if (guideline == null || guideline.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": needs a guideline");
        }
    }

    static EncounterRule fromJson(JsonNode r) {
        String id = r.path("id").asText("");
        Kind kind;
        try {
            kind = Kind.valueOf(r.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": kind must be reason or subsequent_care");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(r.path("pattern").asText(""), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + id + ": bad pattern: " + e.getDescription());
        }
        if (pattern.pattern().isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": needs a pattern");
        }
        WordStartPattern atWords;
        try {
            atWords = WordStartPattern.of(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": " + e.getMessage());
        }
        return new EncounterRule(id, kind, r.path("code").asText(null), r.path("guideline").asText(null),
                sections(r, "sections", id), sections(r, "leadSections", id), atWords,
                r.path("notInProcedureReports").asBoolean(false));
    }

    private static List<SectionType> sections(JsonNode r, String field, String id) {
        List<SectionType> out = new ArrayList<>();
        for (JsonNode s : r.path(field)) {
            try {
                out.add(SectionType.fromId(s.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + id + ": " + e.getMessage());
            }
        }
        return out;
    }
}
