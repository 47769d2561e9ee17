package org.opencac.engine.encounter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opencac.engine.convention.CodePattern;
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
 * @param confirmedBy null, or a second case-insensitive expression that must also be found in one of
 *                  {@code confirmSections} for the reason to count: a follow-up after a cancer's treatment is
 *                  an encounter for follow-up examination (Z08) only when the note finds no recurrence
 * @param confirmSections the sections {@code confirmedBy} is read in
 * @param pastConditions code category ranges ("C00-C96", two categories each) of the conditions the encounter shows to be past: on
 *                  a follow-up examination after completed treatment that finds no recurrence the cancer is
 *                  coded as personal history (Z85.-, Guidelines I.C.2.d, I.C.21.c.8); see {@link PastConditionCheck}
 * @param notBeside code prefixes beside which {@code pastConditions} are not made past (a cancer still
 *                  treated: Z51.1-)
 */
public record EncounterRule(String id, Kind kind, String code, String guideline, List<SectionType> sections,
                            List<SectionType> leadSections, WordStartPattern pattern,
                            boolean notInProcedureReports, WordStartPattern confirmedBy,
                            List<SectionType> confirmSections, List<CodePattern> pastConditions,
                            List<String> notBeside) {
    /** A past-condition range as written: two categories. */
    private static final Pattern CATEGORY_RANGE = Pattern.compile("[A-Z][0-9][0-9A-Z]-[A-Z][0-9][0-9A-Z]");

    /** What a rule does. */
    public enum Kind { REASON, SUBSEQUENT_CARE }

    public EncounterRule {
        sections = List.copyOf(sections);
        leadSections = List.copyOf(leadSections);
        confirmSections = List.copyOf(confirmSections);
        pastConditions = List.copyOf(pastConditions);
        notBeside = List.copyOf(notBeside);
        for (CodePattern range : pastConditions) {
            if (!CATEGORY_RANGE.matcher(range.text()).matches()) {
                throw new IllegalArgumentException("rule " + id + ": a past-condition range is two categories, A00-B99");
            }
        }
        if (confirmedBy != null && confirmSections.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + ": confirmedBy needs confirmSections");
        }
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
        if (r.path("pattern").asText("").isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": needs a pattern");
        }
        WordStartPattern atWords = atWords(r.path("pattern").asText(""), id);
        WordStartPattern confirmedBy = r.hasNonNull("confirmedBy") ? atWords(r.path("confirmedBy").asText(""), id) : null;
        return new EncounterRule(id, kind, r.path("code").asText(null), r.path("guideline").asText(null),
                sections(r, "sections", id), sections(r, "leadSections", id), atWords,
                r.path("notInProcedureReports").asBoolean(false), confirmedBy, sections(r, "confirmSections", id),
                pastConditions(r, id), texts(r.path("notBeside")));
    }

    private static WordStartPattern atWords(String expression, String id) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(expression, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule " + id + ": bad pattern: " + e.getDescription());
        }
        if (pattern.pattern().isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": empty pattern");
        }
        try {
            return WordStartPattern.of(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": " + e.getMessage());
        }
    }

    /** True if the code lies in one of the rule's past-condition ranges. */
    public boolean makesPast(String code) {
        return code != null && CodePattern.anyCovers(pastConditions, code);
    }

    private static List<CodePattern> pastConditions(JsonNode r, String id) {
        try {
            return CodePattern.parseAll(texts(r.path("pastConditions")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule " + id + ": a past-condition range is two categories, A00-B99: "
                    + e.getMessage(), e);
        }
    }

    /** The texts of a JSON array (none for a missing node). */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
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
