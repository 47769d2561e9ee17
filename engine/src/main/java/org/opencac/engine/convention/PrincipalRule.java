package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.opencac.engine.RuleJson;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.section.SectionType;

/**
 * One rule of {@code principal_diagnosis.json}, read by {@link PrincipalDiagnosisChoice}.
 *
 * @param id         unique rule id
 * @param kind       what the rule does
 * @param guideline  the guideline section
 * @param codes      NEVER_FIRST, SYMPTOM: the codes it covers; PROCEDURE_REASON: the conditions the procedure treats;
 *                   STUDY_REASON: the diseases (no signs) a study is done to evaluate; ENCOUNTER_FIRST (optional): the
 *                   encounter reasons that are the procedure itself (a venous port taken out, Z45.2), which lead also
 *                   when named in a procedure section
 * @param setting    ORDER, STUDY_REASON, FINDING_AFTER_REASON: the setting it applies to
 * @param sections   CAUSE_LAST: the statements' sections it reads; SYMPTOM: the final-diagnosis sections where a
 *                   symptom may still lead; STATEMENT: the one
 *                   section type of the statement; REASON_CUE: the sections the cue is read in; RULED_OUT:
 *                   the sections whose negations report a study's result; ENCOUNTER_FIRST: the sections that
 *                   state the reason for the visit, where a stated encounter reason goes before any diagnosis;
 *                   HISTORY_LAST: the past-history sections, where a condition documented nowhere else is listed
 *                   after those documented in the present encounter; PROCEDURE_REASON: the sections that name the
 *                   procedure performed; STUDY_REASON: the sections that state what a study was done for;
 *                   FINDING_AFTER_REASON: the sections that state the symptom a study was done for
 * @param statements ORDER: ids of STATEMENT rules, best first; HISTORY_LAST: the statements where a condition told
 *                   as history is still the provider's diagnosis (elsewhere, a mention told only as history counts
 *                   as past history); STUDY_REASON: the statements that interpret a study (the impression)
 * @param reasonSections ORDER: the sections that state the reason for the encounter (chief complaint, indication);
 *                   SYMPTOM (optional): the sections where a symptom stated as the reason for the encounter keeps
 *                   its place in a note with no diagnostic statement (none of the rule's sections)
 * @param headers    STATEMENT: words one of which the section header must contain (empty: any header)
 * @param label      STATEMENT: the statement's name in the rationale ("postoperative diagnosis")
 * @param pattern    CAUSE_LAST: the causal phrase ("secondary to") after which a condition is named as a cause;
 *                   REASON_CUE: a phrase that states the reason for the encounter; the diagnoses after it in
 *                   the same sentence answer that reason; PROCEDURE_REASON: the words that name the procedure;
 *                   STUDY_REASON (optional): the words that name the study, one of which the note must write for
 *                   the rule to apply
 * @param unless     CAUSE_LAST (optional): words that, before the causal phrase in its clause, say why the patient
 *                   came ("admitted due to"): the condition after it is the reason, not a cause only;
 *                   REASON_CUE (optional): words that, before the cue in its sentence, place it in an earlier
 *                   encounter ("at that time", "on his last admission"): that cue states no reason for this one;
 *                   RULED_OUT (optional): words that, before a negated mention in its sentence, make the negation
 *                   a condition of a plan ("if no infection"), no result
 * @param until      REASON_CUE (optional): words after the cue that open another clause of the sentence ("and
 *                   also she was"): the diagnoses after them answer no reason the cue states
 * @param before     REASON_CUE (optional, {@code "reads": "before"}): the cue follows the condition it gives as the
 *                   reason ("the pneumonia required admission"): the diagnoses before it in its sentence answer
 *                   the reason, not those after it
 * @param reasonStatements ENCOUNTER_FIRST (optional): ids of STATEMENT rules that also state the reason for the
 *                   encounter (the preoperative diagnosis names what a procedure is done for): a stated encounter
 *                   reason documented there goes before any diagnosis, as one in the rule's sections does
 * @param unlessCodes PRIORITY (optional): codes that, when the note codes one, keep the rule from applying (a
 *                   perinatal condition says the record is the newborn's, which never carries the mother's
 *                   Chapter 15 codes); ENCOUNTER_FIRST (optional): complications (T82.-) that, when coded, are what
 *                   the procedure of the rule's codes was for, so a reason named only in a procedure section does
 *                   not lead
 * @param neoplasms  SAME_NEOPLASM: the codes of a neoplasm of stated behaviour that a term of the rule's codes (a
 *                   neoplasm of no stated behaviour) may stand for
 * @param words      SAME_NEOPLASM: the title words that name a behaviour, not a site ("malignant", "neoplasm"): the
 *                   other words of a title are its site; REASON_CUE (optional): person nouns ("man", "patient") that,
 *                   written between a condition of a reason section and the cue after it, make that condition a
 *                   word describing the patient ("a diabetic man presenting with"), not the reason
 * @param related    RELATED_DIAGNOSIS: the definitive diagnoses that account for a symptom of the rule's codes (the
 *                   intracranial lesions a headache may come from)
 * @param precedes   PRIORITY (optional): the conditions the rule's code goes before wherever the note documents it
 *                   (a condition of the disease the code names: the HIV disease before its opportunistic infection,
 *                   I.C.1.a.2.a); a rule with these leads only such a chosen condition, never one unrelated to it
 */
public record PrincipalRule(String id, Kind kind, String guideline, List<CodePattern> codes, CareSetting setting,
                            List<SectionType> sections, List<String> statements, List<SectionType> reasonSections,
                            List<String> headers, String label, Pattern pattern, Pattern unless,
                            Pattern until, boolean before, List<String> reasonStatements, List<CodePattern> unlessCodes,
                            List<CodePattern> neoplasms, List<String> words, List<CodePattern> related,
                            List<CodePattern> precedes) {
    /**
     * The kinds of rule. PRIORITY: a code of the rule's codes documented in one of its sections (the diagnostic
     * statement) is listed first whatever else the statement names (I.C.15.a.1: Chapter 15 codes have sequencing
     * priority over codes from other chapters). PROCEDURE_REASON: in a note whose procedure section names the
     * procedure and whose diagnostic statement names no diagnosis, a condition the procedure treats, documented
     * elsewhere in the note, is what it was done for and leads (IV.M: the diagnosis for which the surgery was
     * performed). STUDY_REASON: in the rule's setting, a note whose chosen diagnosis comes from one of the rule's
     * statements (the impression, a study's interpretation) and one of whose rule sections (the indication) states,
     * as certain and present, a disease of the rule's codes (a neoplasm, an ischemic heart disease): that disease,
     * what the study was done for, leads the findings the interpretation reports (IV.K: the condition chiefly responsible for the outpatient services).
     * SAME_NEOPLASM: a statement's uncoded mention of a neoplasm of no stated behaviour (a term of the rule's codes: "probable
     * recurrent brain tumor") names the neoplasm of stated behaviour coded elsewhere in the note (one of the rule's
     * neoplasms) whose Tabular title holds every site word of the term's title (the glioma coded C71.9, the brain): it
     * places that neoplasm in the statement, as a mention of its own category does.
     * CAUSE_LAST: in a statement of the rule's sections, a condition named there only after a causal phrase (the
     * rule's pattern: "secondary to", "due to") whose effect, the words of its clause before the phrase, is no coded
     * condition ("his cardiac issues are most likely secondary to hypertension") is told as the cause of something
     * the statement does not diagnose: it is placed after the conditions the statement names in their own right
     * (IV.G: the condition chiefly responsible for the encounter); words before the phrase that say why the patient
     * came (the rule's unless: "admitted due to") make it the reason instead, and it keeps its place.
     * BIRTH_EPISODE: a code of the rule's codes (the liveborn-infant codes, Z38), which a check adds to a newborn's
     * record of its own birth, is listed first wherever it stands (I.C.16.a.2: it is the principal diagnosis of the
     * birth episode), whatever the statement lists.
     * FINDING_AFTER_REASON: in the rule's setting, when the chosen code is an abnormal finding of the rule's codes (an
     * abnormal electrocardiogram, R94.31) and no diagnosis other than a sign or symptom is placed in as good a
     * statement, a symptom stated as present in one of the rule's sections (the indication: "chest pain") is what the
     * study was done for, and leads the finding its interpretation reports (IV.K, IV.D: no definitive diagnosis was
     * established, the reason for the service comes first).
     * RELATED_DIAGNOSIS: when the chosen code is a symptom of the rule's codes, a definitive diagnosis of the rule's
     * related codes that the same statement establishes (documented there as certain, present, not only as history)
     * accounts for it and leads it (II.A, IV.D: a symptom is not the principal or first-listed diagnosis when a related
     * definitive diagnosis has been established; "Headache, improved. Intracranial aneurysm.").
     * PATIENT_DESCRIPTION: in a sentence of the rule's sections (the chief complaint, the indication), the conditions
     * inside a match of the rule's pattern describe who the patient is, not why the patient came ("a 51-year-old,
     * obese, white female", "cough in a patient with pulmonary fibrosis"): they answer no reason and place nothing in
     * that statement (IV.G, IV.D).
     */
    public enum Kind { NEVER_FIRST, SYMPTOM, STATEMENT, ORDER, REASON_CUE, RULED_OUT, ENCOUNTER_FIRST, HISTORY_LAST,
        PRIORITY, PROCEDURE_REASON, STUDY_REASON, SAME_NEOPLASM, CAUSE_LAST, BIRTH_EPISODE, FINDING_AFTER_REASON,
        RELATED_DIAGNOSIS, PATIENT_DESCRIPTION }

    public PrincipalRule {
        codes = List.copyOf(codes);
        sections = List.copyOf(sections);
        statements = List.copyOf(statements);
        reasonSections = List.copyOf(reasonSections);
        reasonStatements = List.copyOf(reasonStatements);
        unlessCodes = List.copyOf(unlessCodes);
        neoplasms = List.copyOf(neoplasms);
        related = List.copyOf(related);
        precedes = List.copyOf(precedes);
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        headers = headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        String k = kind.name().toLowerCase(Locale.ROOT);
        if ((kind == Kind.NEVER_FIRST || kind == Kind.SYMPTOM || kind == Kind.PRIORITY
                || kind == Kind.PROCEDURE_REASON || kind == Kind.STUDY_REASON || kind == Kind.SAME_NEOPLASM)
                && codes.isEmpty()) {
            throw new IllegalArgumentException("a " + k + " rule needs codes");
        }
        if (kind == Kind.ORDER && (setting == null || statements.isEmpty())) {
            throw new IllegalArgumentException("an order rule needs a setting and statements");
        }
        if (kind == Kind.STATEMENT && (sections.size() != 1 || label == null || label.isBlank())) {
            throw new IllegalArgumentException("a statement rule needs one section and a label");
        }
        if (kind == Kind.PRIORITY && sections.isEmpty() && precedes.isEmpty()) {
            throw new IllegalArgumentException("a priority rule needs sections or precedes");
        }
        if ((kind == Kind.REASON_CUE || kind == Kind.RULED_OUT || kind == Kind.ENCOUNTER_FIRST || kind == Kind.HISTORY_LAST
                || kind == Kind.PROCEDURE_REASON || kind == Kind.STUDY_REASON
                || kind == Kind.CAUSE_LAST || kind == Kind.PATIENT_DESCRIPTION) && sections.isEmpty()) {
            throw new IllegalArgumentException("a " + k + " rule needs sections");
        }
        if (kind == Kind.STUDY_REASON && (setting == null || statements.isEmpty())) {
            throw new IllegalArgumentException("a study_reason rule needs a setting and statements");
        }
        if (kind == Kind.SAME_NEOPLASM && (neoplasms.isEmpty() || words.isEmpty())) {
            throw new IllegalArgumentException("a same_neoplasm rule needs neoplasms and words");
        }
        if (kind == Kind.FINDING_AFTER_REASON && (codes.isEmpty() || sections.isEmpty() || setting == null)) {
            throw new IllegalArgumentException("a finding_after_reason rule needs codes, sections and a setting");
        }
        if (kind == Kind.RELATED_DIAGNOSIS && (codes.isEmpty() || related.isEmpty())) {
            throw new IllegalArgumentException("a related_diagnosis rule needs codes and related codes");
        }
        if (kind == Kind.BIRTH_EPISODE && codes.isEmpty()) {
            throw new IllegalArgumentException("a birth_episode rule needs codes");
        }
        if ((kind == Kind.REASON_CUE || kind == Kind.PROCEDURE_REASON || kind == Kind.CAUSE_LAST
                || kind == Kind.PATIENT_DESCRIPTION) && pattern == null) {
            throw new IllegalArgumentException("a " + k + " rule needs a pattern");
        }
    }

    /** The statement's section type (STATEMENT rules). */
    public SectionType section() {
        return sections.get(0);
    }

    /** Whether a section with this header text belongs to this statement (STATEMENT rules). */
    public boolean matches(SectionType type, String headerText) {
        if (type != section()) {
            return false;
        }
        String h = headerText.toLowerCase(Locale.ROOT);
        return headers.isEmpty() || headers.stream().anyMatch(h::contains);
    }

    static PrincipalRule fromJson(JsonNode r) {
        String kind = RuleFiles.text(r, "kind").toUpperCase(Locale.ROOT);
        Kind k;
        try {
            k = Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind \"" + kind.toLowerCase(Locale.ROOT)
                    + "\" (never_first, symptom, statement, order, reason_cue, ruled_out, encounter_first, history_last,"
                    + " priority, procedure_reason, study_reason, same_neoplasm, cause_last, birth_episode,"
                    + " finding_after_reason, related_diagnosis or patient_description)");
        }
        CareSetting setting = null;
        if (r.has("setting")) {
            try {
                setting = CareSetting.valueOf(r.path("setting").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown setting \"" + r.path("setting").asText() + "\"");
            }
        }
        Pattern pattern = optionalPattern(r, "pattern");
        Pattern unless = optionalPattern(r, "unless");
        Pattern until = optionalPattern(r, "until");
        String reads = r.path("reads").asText("after");
        if (!reads.equals("after") && !reads.equals("before")) {
            throw new IllegalArgumentException("unknown reads \"" + reads + "\" (after or before)");
        }
        return new PrincipalRule(RuleFiles.text(r, "id"), k, RuleFiles.text(r, "guideline"),
                CodePattern.parseAll(RuleJson.strings(r, "codes")), setting, types(RuleJson.strings(r, "sections")),
                RuleJson.strings(r, "statements"), types(RuleJson.strings(r, "reasonSections")),
                RuleJson.strings(r, "headers"), r.path("label").asText(null), pattern, unless, until, reads.equals("before"),
                RuleJson.strings(r, "reasonStatements"), CodePattern.parseAll(RuleJson.strings(r, "unlessCodes")),
                CodePattern.parseAll(RuleJson.strings(r, "neoplasms")), RuleJson.strings(r, "words"),
                CodePattern.parseAll(RuleJson.strings(r, "related")),
                CodePattern.parseAll(RuleJson.strings(r, "precedes")));
    }

    private static Pattern optionalPattern(JsonNode r, String field) {
        if (!r.has(field)) {
            return null;
        }
        try {
            return Pattern.compile(r.path(field).asText(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad " + field + ": " + e.getDescription());
        }
    }

    private static List<SectionType> types(List<String> ids) {
        return ids.stream().map(SectionType::fromId).toList();
    }
}
