package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.RuleJson;
import org.opencac.engine.section.Section;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.LowerWords;
import org.opencac.models.codeset.Code;

/**
 * Symptoms explained by an established diagnosis (Guidelines I.B.4-5, IV.D): once the note's diagnostic
 * statement names a definitive diagnosis, symptoms documented only in the narrative are not coded;
 * symptoms the provider lists in the diagnostic statement stay. Complements {@link IntegralSymptomCheck},
 * which removes symptoms tied to a specific diagnosis wherever they appear. A symptom stated as the reason for
 * a study (its indication, in a note whose diagnoses are all stated in a study's impression) is explained only by
 * a diagnosis of the statement
 * the integral rules routinely associate with it (I.B.4-5; IV.K: the related signs and symptoms of a study's
 * diagnosis are not coded, an unrelated reason for the study is). A narrative symptom whose category's unspecified code the
 * statement itself codes (the statement's "hematuria", the history's "gross hematuria") is the statement's own symptom,
 * explained by no other diagnosis. A stay's admitting diagnoses give way to its discharge diagnoses once these establish
 * a definitive diagnosis (II): a symptom only the admitting statement lists is read as narrative. A symptom another
 * candidate's Tabular "use additional code" note asks for stays (I.B.7; see {@link IntegralSymptomCheck}).
 * A symptom the chief complaint states (a short complaint section) is the reason for the visit: only a coded
 * definitive diagnosis routinely associated with it or of its body system explains it (I.B.5), never a symptom code
 * of the statement nor a diagnosis of another system (a numbness beside hypertension stays coded).
 * Data: {@code symptom_sections.json}.
 */
public final class NarrativeSymptomCheck implements Stage {
    public static final String FILE = "symptom_sections.json";

    private final String id;
    private final String guideline;
    private final Set<String> diagnosticSections;
    private final List<String> symptomPrefixes;
    private final List<String> nonDefinitivePrefixes;
    private final List<String> notSymptomPrefixes;
    private final Set<String> reasonSections;
    private final Set<String> studyStatements;
    /** Which symptom a diagnosis routinely explains; null: every established diagnosis explains every symptom. */
    private final IntegralSymptomCheck integral;
    /** Provisional diagnostic statements and the final statements that supersede them. */
    private final List<Supersession> supersessions;
    /** Section categories of the chief complaint: a symptom there is explained only by a diagnosis related to it. */
    private final Set<String> complaintSections;
    /** The diagnoses of each symptom's body system, which explain it where it is the chief complaint. */
    private final List<BodySystem> bodySystems;
    /** The longest chief complaint section (characters after its header) read as a complaint, not a history. */
    private final int complaintMaxLength;

    /**
     * A diagnostic statement written before the study or the stay (header words {@code provisional}: admission) and
     * the statement written after it (header words {@code finals}: discharge, final). Once
     * a final statement establishes a definitive diagnosis, a symptom only the provisional statement lists is read
     * as narrative, explained by the established diagnosis.
     */
    public record Supersession(List<String> provisional, List<String> finals) {
        public Supersession {
            provisional = List.copyOf(provisional);
            finals = List.copyOf(finals);
        }
    }

    /**
     * @param notSymptomPrefixes codes among the symptom prefixes that name a condition no diagnosis explains
     *                           (bacteremia, severe sepsis, shock): kept where the narrative alone documents them
     * @param reasonSections section categories that state the reason for a study or procedure: a symptom
     *                       documented there (not negated) is explained only by a diagnosis {@code integral}
     *                       associates with it, in a study report
     * @param studyStatements diagnostic section categories of a study's interpretation (the impression): a note
     *                        whose established diagnoses are all stated there is a study report
     * @param supersessions provisional diagnostic statements (admission diagnoses) superseded by a final one
     *                      (discharge diagnoses) that establishes a definitive diagnosis (II)
     * @param complaintSections section categories of the chief complaint (the reason for the visit or the
     *                          consultation): a symptom documented there (not negated) is explained only by a
     *                          coded definitive diagnosis that {@code integral} routinely associates with it or that
     *                          belongs to its body system ({@code bodySystems}); otherwise it stays coded
     * @param bodySystems       the diagnoses of each symptom's body system
     * @param complaintMaxLength the longest complaint section, in characters after its header, read so: a longer
     *                           one tells the present illness under the complaint's header (no history header
     *                           follows), a narrative like any other
     */
    public NarrativeSymptomCheck(String id, String guideline, Set<String> diagnosticSections,
                                 List<String> symptomPrefixes, List<String> nonDefinitivePrefixes,
                                 List<String> notSymptomPrefixes, Set<String> reasonSections,
                                 Set<String> studyStatements, IntegralSymptomCheck integral,
                                 List<Supersession> supersessions, Set<String> complaintSections,
                                 List<BodySystem> bodySystems, int complaintMaxLength) {
        if ((!reasonSections.isEmpty() || !complaintSections.isEmpty()) && integral == null) {
            throw new IllegalArgumentException(FILE
                    + ": reasonSections and complaintSections need the integral symptom rules");
        }
        if (diagnosticSections.isEmpty() || symptomPrefixes.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": diagnosticSections and symptomPrefixes must not be empty");
        }
        this.id = id;
        this.guideline = guideline;
        this.diagnosticSections = Set.copyOf(diagnosticSections);
        this.symptomPrefixes = List.copyOf(symptomPrefixes);
        this.nonDefinitivePrefixes = List.copyOf(nonDefinitivePrefixes);
        this.notSymptomPrefixes = List.copyOf(notSymptomPrefixes);
        this.reasonSections = Set.copyOf(reasonSections);
        this.studyStatements = Set.copyOf(studyStatements);
        this.integral = integral;
        this.supersessions = List.copyOf(supersessions);
        this.complaintSections = Set.copyOf(complaintSections);
        this.bodySystems = List.copyOf(bodySystems);
        if (!complaintSections.isEmpty() && complaintMaxLength <= 0) {
            throw new IllegalArgumentException(FILE + ": complaintMaxLength must be positive");
        }
        this.complaintMaxLength = complaintMaxLength;
    }

    /**
     * The diagnoses of a body system that explain its symptoms where a symptom is the chief complaint: a cough
     * by a disease of the lungs, a numbness by a neuropathy or a stroke (I.B.4-5: a symptom is integral to a
     * related condition, not to any diagnosis of the visit).
     *
     * @param id        the row's name, for messages
     * @param symptoms  the symptom codes of the system
     * @param diagnoses the definitive diagnoses of the system
     */
    public record BodySystem(String id, List<CodePattern> symptoms, List<CodePattern> diagnoses) {
        public BodySystem {
            if (symptoms.isEmpty() || diagnoses.isEmpty()) {
                throw new IllegalArgumentException(FILE + ": body system " + id + " needs symptoms and diagnoses");
            }
            symptoms = List.copyOf(symptoms);
            diagnoses = List.copyOf(diagnoses);
        }

        boolean explains(String symptom, String diagnosis) {
            return CodePattern.anyCovers(symptoms, symptom) && CodePattern.anyCovers(diagnoses, diagnosis);
        }
    }

    public static NarrativeSymptomCheck standard() {
        return standard(IntegralSymptomCheck.standard());
    }

    /** The bundled rule, asking {@code integral} which diagnosis explains a symptom stated as the reason. */
    public static NarrativeSymptomCheck standard(IntegralSymptomCheck integral) {
        try {
            JsonNode root = new ObjectMapper().readTree(RuleFiles.bundled(FILE));
            return new NarrativeSymptomCheck(root.path("id").asText("narrative-symptoms"),
                    root.path("guideline").asText(""), Set.copyOf(RuleJson.strings(root, "diagnosticSections")),
                    RuleJson.strings(root, "symptomPrefixes"), RuleJson.strings(root, "nonDefinitivePrefixes"),
                    RuleJson.strings(root, "notSymptomPrefixes"), Set.copyOf(RuleJson.strings(root, "reasonSections")),
                    Set.copyOf(RuleJson.strings(root, "studyStatements")), integral, supersessions(root),
                    Set.copyOf(RuleJson.strings(root, "complaintSections")), bodySystems(root),
                    root.path("complaintMaxLength").asInt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
    }

    private static List<BodySystem> bodySystems(JsonNode root) {
        List<BodySystem> out = new ArrayList<>();
        for (JsonNode n : root.path("complaintBodySystems")) {
            try {
                out.add(new BodySystem(n.path("id").asText(), CodePattern.parseAll(RuleJson.strings(n, "symptoms")),
                        CodePattern.parseAll(RuleJson.strings(n, "diagnoses"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(FILE + ": body system " + n.path("id").asText() + ": "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<Supersession> supersessions(JsonNode root) {
        List<Supersession> out = new ArrayList<>();
        for (JsonNode n : root.path("supersededStatements")) {
            out.add(new Supersession(RuleJson.strings(n, "provisional"), RuleJson.strings(n, "final")));
        }
        return out;
    }

    @Override
    public Document process(Document doc) {
        CodeCandidate established = null;
        for (CodeCandidate c : doc.candidates()) {
            if (!startsWithAny(c.code(), nonDefinitivePrefixes) && inDiagnosticStatement(doc, c)
                    && (established == null || isSymptom(established) && !isSymptom(c))) {
                // a symptom code of the statement (shoulder pain) explains only when nothing else does
                established = c;
            }
        }
        if (established == null) {
            return doc;
        }
        List<Supersession> superseded = new ArrayList<>();
        for (Supersession s : supersessions) {
            if (finalStatementEstablishes(doc, s)) {
                superseded.add(s);
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            // a superseded provisional statement counts as narrative (with none superseded, the whole statement counts)
            CodeCandidate by = startsWithAny(c.code(), symptomPrefixes) && !startsWithAny(c.code(), notSymptomPrefixes)
                    && !inDiagnosticStatement(doc, c, superseded) && !statementCodesCategoryOf(doc, c, superseded)
                    ? explainer(doc, c, established) : null;
            if (by != null && integral != null && integral.askedForByOther(doc.candidates(), List.of(), c)) {
                by = null;   // another code's "use additional code" note asks for it (BPH with LUTS: its nocturia)
            }
            if (by != null) {
                removed.add(c.code());
                decisions.addAll(Candidates.dropped(c, NotCodedReason.EXPLAINED_BY_DIAGNOSIS,
                        c.code() + " explained by " + by.code(), by.code()));
            } else {
                out.add(c);
            }
        }
        if (removed.isEmpty()) {
            return doc;
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).code().equals(established.code())) {
                out.set(i, Candidates.withRationale(out.get(i), "Symptoms " + String.join(", ", removed)
                        + " documented only in the narrative are not coded: the diagnostic statement establishes "
                        + established.code() + " (Guidelines " + guideline + "; rule " + id + ")"));
            }
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /**
     * The diagnosis that explains a narrative symptom: the first established one, unless the symptom is stated as
     * the reason for the encounter, which only a diagnosis of the statement routinely associated with it explains
     * (null if none does).
     */
    private CodeCandidate explainer(Document doc, CodeCandidate symptom, CodeCandidate established) {
        if (integral != null && explainedOnlyByUncertain(doc, symptom)) {
            return null;
        }
        if (statedAsComplaint(doc, symptom)) {
            return relatedDiagnosis(doc, symptom);
        }
        if (!statedAsReason(doc, symptom) || !studyReport(doc)) {
            return established;
        }
        for (CodeCandidate dx : doc.candidates()) {
            if (dx != symptom && !startsWithAny(dx.code(), nonDefinitivePrefixes) && inDiagnosticStatement(doc, dx)
                    && integral.explains(symptom.code(), dx.code())) {
                return dx;
            }
        }
        return null;
    }

    /** Whether the symptom is documented, not negated, in a chief complaint short enough to be one. */
    private boolean statedAsComplaint(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            Section section = doc.sectionOf(doc.sentences().get(doc.mentions().get(m).sentenceIndex()));
            if (complaintSections.contains(section.category()) && !doc.assertionOf(m).negated()
                    && section.span().end() - section.header().end() <= complaintMaxLength) {
                return true;
            }
        }
        return false;
    }

    /**
     * The definitive diagnosis that explains a chief complaint: a coded one the integral rules routinely associate
     * with it or one of its body system (null if none does; a symptom code explains no other symptom).
     */
    private CodeCandidate relatedDiagnosis(Document doc, CodeCandidate symptom) {
        for (CodeCandidate dx : doc.candidates()) {
            if (dx == symptom || startsWithAny(dx.code(), nonDefinitivePrefixes) || isSymptom(dx)) {
                continue;
            }
            if (integral.explains(symptom.code(), dx.code())) {
                return dx;
            }
            for (BodySystem system : bodySystems) {
                if (system.explains(symptom.code(), dx.code())) {
                    return dx;
                }
            }
        }
        return null;
    }

    private boolean isSymptom(CodeCandidate c) {
        return startsWithAny(c.code(), symptomPrefixes) && !startsWithAny(c.code(), notSymptomPrefixes);
    }

    /**
     * Whether the diagnosis that would explain the symptom is one the diagnostic statement names only as uncertain
     * ("probable", "rule out"), left uncoded (outpatient, IV.H: the symptom is coded instead), and no established
     * diagnosis of the statement is routinely associated with it (the integral symptom rules), nor does the
     * statement list a symptom of its category itself ("nausea and vomiting" beside the history's "nausea").
     */
    private boolean explainedOnlyByUncertain(Document doc, CodeCandidate symptom) {
        boolean uncertain = false;
        for (MentionDecision d : doc.decisions()) {
            if (d.reason() == NotCodedReason.UNCERTAIN
                    && uncertainInStatement(doc, d.mentionIndex())
                    && integral.explainsAnyTerm(symptom.code(), doc.mentions().get(d.mentionIndex()))) {
                uncertain = true;
                break;
            }
        }
        if (!uncertain) {
            return false;
        }
        String category = Code.categoryOf(symptom.code());
        for (CodeCandidate dx : doc.candidates()) {
            if (dx != symptom && inDiagnosticStatement(doc, dx)
                    && (Code.categoryOf(dx.code()).equals(category)
                    || !startsWithAny(dx.code(), nonDefinitivePrefixes) && integral.explains(symptom.code(), dx.code()))) {
                return false;
            }
        }
        return true;
    }

    /** A current condition of the patient the diagnostic statement names as uncertain. */
    private boolean uncertainInStatement(Document doc, int m) {
        Assertion a = doc.assertionOf(m);
        return a.uncertain() && !a.negated() && !a.historical() && !a.hypothetical()
                && a.experiencer() == Experiencer.PATIENT
                && diagnosticSections.contains(doc.sectionTypeOf(m).id());
    }

    /**
     * Whether the note reports a study: its established diagnoses are all stated in one of the reason-judged
     * statements (a study's impression), none in a listed or assessed diagnosis (a procedure's postoperative
     * diagnosis, an assessment), which answers what the history and indication tell.
     */
    private boolean studyReport(Document doc) {
        for (CodeCandidate c : doc.candidates()) {
            if (startsWithAny(c.code(), nonDefinitivePrefixes)) {
                continue;
            }
            for (int m : c.mentions()) {
                Mention mention = doc.mentions().get(m);
                String category = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).category();
                if (diagnosticSections.contains(category) && !studyStatements.contains(category)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean statedAsReason(Document doc, CodeCandidate c) {
        return inSections(doc, c, reasonSections);
    }

    /** Whether {@code c} is documented, not negated, in a section of one of the {@code categories}. */
    private static boolean inSections(Document doc, CodeCandidate c, Set<String> categories) {
        if (categories.isEmpty()) {
            return false;
        }
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            if (categories.contains(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).category())
                    && !doc.assertionOf(m).negated()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the unspecified code of the symptom's category ("Hematuria, unspecified") is documented in the
     * diagnostic statement: the statement lists the symptom itself ("Hematuria.") and the narrative tells it with
     * more detail ("gross hematuria"); no other diagnosis explains it, and which code reports it is decided with the
     * statement's code (I.B.2). A specified code of the category (low back pain) is another symptom of it (a neck
     * pain told in the history), which the established diagnosis may still explain.
     */
    private boolean statementCodesCategoryOf(Document doc, CodeCandidate symptom, List<Supersession> superseded) {
        String category = Code.categoryOf(symptom.code());
        for (CodeCandidate c : doc.candidates()) {
            if (c != symptom && Code.categoryOf(c.code()).equals(category)
                    && refines(symptom.title(), c.title()) && inDiagnosticStatement(doc, c, superseded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code vague} is an unspecified code ("Hematuria, unspecified") and every other word of its title is
     * in the title of {@code specific} ("Gross hematuria"): the specific code is the same symptom with more detail.
     * "Nausea" is not "Nausea with vomiting, unspecified" told in more detail.
     */
    static boolean refines(String specific, String vague) {
        if (specific == null || vague == null) {
            return false;
        }
        List<String> vagueWords = titleWords(vague);
        if (!vagueWords.remove("unspecified") || vagueWords.isEmpty()) {
            return false;
        }
        return titleWords(specific).containsAll(vagueWords);
    }

    private static List<String> titleWords(String title) {
        return LowerWords.of(title, LowerWords.Hyphens.BREAK);
    }

    private boolean inDiagnosticStatement(Document doc, CodeCandidate c) {
        return inDiagnosticStatement(doc, c, List.of());
    }

    /** Whether {@code c} is documented in a diagnostic section whose header has one of {@code words}. */
    private boolean inStatementOf(Document doc, CodeCandidate c, List<String> words) {
        for (int m : c.mentions()) {
            Section section = doc.sectionOf(doc.sentences().get(doc.mentions().get(m).sentenceIndex()));
            if (diagnosticSections.contains(section.category()) && headerHas(doc, section, words)
                    && !doc.assertionOf(m).negated()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is documented in the diagnostic statement, a provisional statement of one of the
     * {@code superseded} supersessions not counted: the final statement that replaced it is the provider's diagnosis.
     */
    private boolean inDiagnosticStatement(Document doc, CodeCandidate c, List<Supersession> superseded) {
        for (int m : c.mentions()) {
            Section section = doc.sectionOf(doc.sentences().get(doc.mentions().get(m).sentenceIndex()));
            if (diagnosticSections.contains(section.category())
                    && superseded.stream().noneMatch(s -> headerHas(doc, section, s.provisional()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a final statement of {@code s} establishes a definitive diagnosis. */
    private boolean finalStatementEstablishes(Document doc, Supersession s) {
        for (CodeCandidate c : doc.candidates()) {
            if (!startsWithAny(c.code(), nonDefinitivePrefixes) && inStatementOf(doc, c, s.finals())) {
                return true;
            }
        }
        return false;
    }

    private static boolean headerHas(Document doc, Section section, List<String> words) {
        if (section.header().end() <= section.header().start()) {
            return false;
        }
        String header = doc.text().substring(section.header().start(), section.header().end()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (header.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
