package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.LowerWords;
import org.opencac.engine.text.LowerWords.Hyphens;
import org.opencac.engine.text.OneSide;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.lexicon.TermSource;

/**
 * Applies what a section means for coding ({@link SectionPolicy}, data {@code section_policy.tsv}) to the
 * candidates: reactions listed under allergies are not conditions; a finding documented only in the
 * review of systems or the exam is not coded ("ROS only", "exam only") unless the condition is documented
 * in a section coded in its own right: the same code (its evidence then already merged in one candidate),
 * or, for a disease, the same 4-character subcategory (a category groups conditions that are not one
 * another, and the chapters of symptoms and of factors do so even within a subcategory:
 * {@code unrelated_category_chapters.tsv}). A finding a test reports (cardiomegaly,
 * an abnormal laboratory or imaging result: {@code test_result_findings.txt}) documented only in the test results
 * of a note with a final diagnostic statement follows the same rule (Guidelines III.B: abnormal findings are coded
 * when the provider indicates their significance); a test report without a statement codes its findings. So does a
 * sign or injury ({@code procedure_finding_chapters.tsv}) named only in the account of an operation of a note with
 * a final statement that names a condition: what the surgeon saw or did while operating is not a diagnosis the statement carries, unless the
 * account tells it as the operation's reason, as a study's result or as what the operation treated, or gives it
 * the patient in a sentence introducing the patient by age ({@code patient_introduction_cues.txt}) or telling the
 * state the patient was brought in with ({@code patient_arrival_cues.txt}). Codes are read
 * from the code set, so categories, chapters and the headers a section keeps are the Tabular's, not string prefixes. Measured values
 * (BMI, NIHSS) keep their own rules. Every dropped mention gets a decision.
 */
public final class SectionPolicyCheck implements Stage {
    /** How many words before a condition a reason cue may end. */
    private static final int REASON_WINDOW = 6;
    /** How many words after a condition the patient noun of an introducing sentence may stand ("obese white male"). */
    private static final int NOUN_WINDOW = 3;
    private final SectionPolicy policy;
    private final CodeSet codeSet;
    private final Set<SectionType> finalStatement;
    private final SpecifyingFindings specifying;

    /** @throws IllegalArgumentException if the policy names a header or chapter the code set does not have */
    public SectionPolicyCheck(SectionPolicy policy, CodeSet codeSet) {
        this(policy, codeSet, SpecifyingFindings.standard(codeSet));
    }

    /**
     * @param specifying the general conditions and the findings that specify them (the same rows the check of one
     *                   suggestion per condition reads: load them once and give both)
     */
    public SectionPolicyCheck(SectionPolicy policy, CodeSet codeSet, SpecifyingFindings specifying) {
        this(policy, codeSet, AssertionPolicy.finalStatementSections(), specifying);
    }

    /**
     * @param finalStatementSections the sections of the final diagnostic statement: a note without any (a test
     *                               report on its own) codes the findings of its results
     */
    public SectionPolicyCheck(SectionPolicy policy, CodeSet codeSet, Set<SectionType> finalStatementSections) {
        this(policy, codeSet, finalStatementSections, SpecifyingFindings.standard(codeSet));
    }

    private SectionPolicyCheck(SectionPolicy policy, CodeSet codeSet, Set<SectionType> finalStatementSections,
                               SpecifyingFindings specifying) {
        this.policy = policy.check(codeSet);
        this.codeSet = codeSet;
        this.finalStatement = Set.copyOf(finalStatementSections);
        this.specifying = specifying;
    }

    @Override
    public Document process(Document doc) {
        List<MentionDecision> decisions = new ArrayList<>();
        List<CodeCandidate> withoutReactions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            Code code = codeSet.get(c.code()).orElse(null);
            List<Integer> kept = new ArrayList<>();
            for (int m : c.mentions()) {
                SectionType type = doc.sectionTypeOf(m);
                if (policy.roleOf(type) == SectionRole.ALLERGIES && !keeps(type, code)) {
                    decisions.add(new MentionDecision(m, NotCodedReason.ALLERGY_REACTION, c.code()));
                } else {
                    kept.add(m);
                }
            }
            if (kept.size() == c.mentions().size()) {
                withoutReactions.add(c);
            } else if (!kept.isEmpty()) {
                withoutReactions.add(new CodeCandidate(c.code(), c.title(), c.score(), kept, c.rationale()));
            }
        }
        withoutReactions = withoutDevicePlacedHere(doc, withoutReactions, decisions);
        boolean statement = AssertionPolicy.hasFinalStatement(doc, finalStatement);
        // a statement that names no condition (recommendations only) leaves the findings section as the study's result
        boolean namesCondition = statement && statementNamesCondition(doc);
        // The categories of the conditions documented in a section coded in its own right.
        Set<String> documented = new HashSet<>();
        // and their 3-character categories: what a condition seen while operating or on a study is compared with
        Set<String> documentedCategories = new HashSet<>();
        // and the conditions themselves: a general one a finding of the operation may specify
        List<CodeCandidate> documentedConditions = new ArrayList<>();
        // each candidate's code and whether it is listed only, read once for both passes (both are pure reads)
        Code[] codes = new Code[withoutReactions.size()];
        boolean[] listed = new boolean[codes.length];
        StatementWords statementWords = new StatementWords(doc);
        for (int i = 0; i < codes.length; i++) {
            CodeCandidate c = withoutReactions.get(i);
            Code code = codeSet.get(c.code()).orElse(null);
            codes[i] = code;
            listed[i] = listedOnly(doc, c, code, statement, namesCondition, statementWords);
            if (code != null && !listed[i] && !policy.groupsUnrelated(code)) {
                documented.add(condition(code));
                documentedCategories.add(code.category());
                documentedConditions.add(c);
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            CodeCandidate c = withoutReactions.get(i);
            Code code = codes[i];
            CodeCandidate general = listed[i] && code != null && inProcedure(doc, c)
                    ? specifies(c, documentedConditions) : null;
            CodeCandidate companion = listed[i] && general == null && code != null && inProcedure(doc, c)
                    ? codedAlsoBeside(c, documentedConditions) : null;
            if (!listed[i]) {
                out.add(c);
            } else if (general != null) {
                List<String> why = new ArrayList<>(c.rationale());
                why.add("Found in the account of the operation only; coded because it names the condition the statement"
                        + " documents as " + general.code() + " more specifically");
                out.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why));
            } else if (companion != null) {
                List<String> why = new ArrayList<>(c.rationale());
                why.add("Found in the account of the operation only; coded because a code-also note of "
                        + companion.code() + ", which the statement documents, names it (Guidelines I.A.17)");
                out.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why));
            } else if (!policy.groupsUnrelated(code) && (documented.contains(condition(code))
                    || inProcedure(doc, c) && documentedCategories.contains(code.category())
                    || policy.groupsOneRegion(code) && namedAsComplaint(doc, c))) {
                List<String> why = new ArrayList<>(c.rationale());
                why.add(documented.contains(condition(code)) || inProcedure(doc, c)
                        && documentedCategories.contains(code.category())
                        ? "Found in the review of systems, exam, test results or procedure only; coded because the condition ("
                                + condition(code) + ") is documented elsewhere in the note"
                        : "Found in the exam only; coded because the chief complaint or indication names this injury"
                                + " without its site (Guidelines IV.G)");
                out.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why));
            } else {
                for (int m : c.mentions()) {
                    SectionRole role = roleOf(doc, m);
                    decisions.add(new MentionDecision(m, role == SectionRole.REVIEW_OF_SYSTEMS ? NotCodedReason.ROS_ONLY
                            : role == SectionRole.TEST_RESULTS ? NotCodedReason.TEST_RESULT_ONLY
                            : role == SectionRole.PROCEDURE ? NotCodedReason.PROCEDURE_ONLY
                            : NotCodedReason.EXAM_ONLY, c.code()));
                }
            }
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /**
     * Drops the status code of a device or absence that this note's own operation makes. A mention of it that a
     * sense rule read as the operation ({@code trigger_senses.tsv}: "implantation of a permanent pacemaker", "the
     * total knee arthroplasty"), said as done now (not planned, doubted or past), shows the note places, revises or
     * removes that device; its other mentions ("to ensure adequate pacemaker function", "the need for knee
     * replacement") name the same device, whose status begins with this operation (Guidelines I.C.21.c.3: a status
     * is the patient's state as the encounter begins). A mention told as past ("status post pacemaker placement")
     * is an earlier device and stays. Codes are compared to their subcategory (5 characters: Z95.0, Z96.65).
     * An organ or limb part is removed once ({@code removed_once_status_codes.txt}): the removal word of the
     * procedure section (the operation's title or account; a study's findings name earlier operations) names the
     * operation's work without a placement word, and every mention of that absence outside the patient's story,
     * even one told as past ("status post hysterectomy" in the discharge diagnoses of the stay that removed the
     * uterus), names this removal.
     */
    private List<CodeCandidate> withoutDevicePlacedHere(Document doc, List<CodeCandidate> candidates,
                                                        List<MentionDecision> decisions) {
        Set<String> placed = new HashSet<>();
        // the one side each removal of a paired organ names ("right salpingo-oophorectomy"); null: unnamed
        Map<String, Set<String>> removedSides = new HashMap<>();
        for (MentionDecision d : doc.decisions()) {
            if (d.reason() != NotCodedReason.OTHER_SENSE || d.relatedCode() == null
                    || !doc.assertionOf(d.mentionIndex()).presentForPatient()
                    || !OPERATION_SECTIONS.contains(doc.sectionTypeOf(d.mentionIndex()))
                    && policy.roleOf(doc.sectionTypeOf(d.mentionIndex())) != SectionRole.PROCEDURE
                    || !placingSentence(doc, d.mentionIndex()) && !(removedOnce(d.relatedCode())
                            && doc.sectionTypeOf(d.mentionIndex()) == SectionType.PROCEDURE)) {
                continue;
            }
            Code code = codeSet.get(d.relatedCode()).orElse(null);
            if (code != null && policy.isProcedureStatus(code, codeSet)) {
                placed.add(subcategory(code.code()));
                removedSides.computeIfAbsent(subcategory(code.code()), k -> new HashSet<>())
                        .add(OneSide.of(doc.mentions().get(d.mentionIndex()).text()));
            }
        }
        if (placed.isEmpty()) {
            return candidates;
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (CodeCandidate c : candidates) {
            Code code = codeSet.get(c.code()).orElse(null);
            if (code == null || !policy.isProcedureStatus(code, codeSet) || placed.stream().noneMatch(
                    p -> subcategory(code.code()).startsWith(p) || p.startsWith(subcategory(code.code())))) {
                out.add(c);
                continue;
            }
            List<Integer> kept = new ArrayList<>();
            for (int m : c.mentions()) {
                if (doc.assertionOf(m).historical() && !removedOnce(c.code())
                        || STORY_SECTIONS.contains(doc.sectionTypeOf(m))
                        || otherSide(doc.mentions().get(m).text(), code, removedSides)) {
                    kept.add(m);
                } else {
                    decisions.add(new MentionDecision(m, NotCodedReason.PROCEDURE_ONLY,
                            "the device this note's operation places or revises, not a status before it", c.code()));
                }
            }
            if (kept.size() == c.mentions().size()) {
                out.add(c);
            } else if (!kept.isEmpty()) {
                out.add(new CodeCandidate(c.code(), c.title(), c.score(), kept, c.rationale()));
            }
        }
        return out;
    }

    /** Where the note names its own operation, besides the account of it: its title, indication and statements. */
    private static final Set<SectionType> OPERATION_SECTIONS = Set.of(SectionType.UNKNOWN, SectionType.INDICATION,
            SectionType.DIAGNOSES, SectionType.IMPRESSION, SectionType.ASSESSMENT_PLAN);

    /** The patient's story and lists: a device told there ("she underwent a right hip arthroplasty") is an earlier one. */
    private static final Set<SectionType> STORY_SECTIONS = Set.of(SectionType.HISTORY_PRESENT_ILLNESS,
            SectionType.PAST_MEDICAL_HISTORY, SectionType.PAST_SURGICAL_HISTORY, SectionType.MEDICATIONS,
            SectionType.SOCIAL_HISTORY, SectionType.FAMILY_HISTORY, SectionType.REVIEW_OF_SYSTEMS,
            SectionType.PHYSICAL_EXAM);

    /** Code prefixes of the secondary malignant neoplasms ({@code secondary_neoplasm_codes.txt}). */
    private static final List<String> SECONDARY_NEOPLASMS = List.copyOf(
            DataFiles.lines("/org/opencac/engine/coding/secondary_neoplasm_codes.txt"));
    /** Words naming a neoplasm's spread ({@code spread_words.txt}). */
    private static final Set<String> SPREAD_WORDS = Set.copyOf(DataFiles.lines(TabularResolution.SPREAD_WORDS));

    private static boolean secondaryNeoplasm(Code code) {
        return SECONDARY_NEOPLASMS.stream().anyMatch(p -> code.code().startsWith(p));
    }

    /** Words saying the operation places or makes the device ({@code device_placement_words.txt}). */
    private static final Set<String> PLACEMENT_WORDS = Set.copyOf(
            DataFiles.lines("/org/opencac/engine/coding/device_placement_words.txt"));

    /** Status headers of an organ or limb part removed once ({@code removed_once_status_codes.txt}). */
    private static final List<String> REMOVED_ONCE = List.copyOf(
            DataFiles.lines("/org/opencac/engine/coding/removed_once_status_codes.txt"));

    /**
     * Whether the absence a mention names is of the other side of a paired organ than every removal this operation
     * makes: "status post prior left salpingo-oophorectomy" beside a right salpingo-oophorectomy done now is the
     * ovary an earlier operation removed, a status the patient had as the encounter began (I.C.21.c.3).
     */
    private static boolean otherSide(String mentionText, Code code, Map<String, Set<String>> removedSides) {
        String side = OneSide.of(mentionText);
        if (side == null || !removedOnce(code.code())) {
            return false;
        }
        String sub = subcategory(code.code());
        boolean any = false;
        for (Map.Entry<String, Set<String>> e : removedSides.entrySet()) {
            if (sub.startsWith(e.getKey()) || e.getKey().startsWith(sub)) {
                if (e.getValue().contains(null) || e.getValue().contains(side)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** True if the code is the absence of an organ or limb part, which one operation removes once. */
    private static boolean removedOnce(String code) {
        return REMOVED_ONCE.stream().anyMatch(code::startsWith);
    }

    /** True if the mention's sentence says the device is placed or made ({@link #PLACEMENT_WORDS}). */
    private static boolean placingSentence(Document doc, int mention) {
        var sentence = doc.sentences().get(doc.mentions().get(mention).sentenceIndex());
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (PLACEMENT_WORDS.contains(doc.tokens().get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The code to its subcategory: the first five characters with the dot ("Z96.659" to "Z96.65"). */
    private static String subcategory(String code) {
        return code.length() > 6 ? code.substring(0, 6) : code;
    }

    /**
     * True if every mention of the candidate is a finding listed in the review of systems or the exam, or a
     * test finding ({@link SectionPolicy#isTestFinding}) reported in the test results of a note with a final
     * diagnostic statement; a code the code set does not have is never dropped.
     */
    private boolean listedOnly(Document doc, CodeCandidate c, Code code, boolean noteHasFinalStatement,
                               boolean statementNamesCondition, StatementWords statementWords) {
        if (code == null) {
            return false;
        }
        for (int m : c.mentions()) {
            SectionType type = doc.sectionTypeOf(m);
            TermSource source = TermChoice.best(doc.mentions().get(m).terms()).source();
            // a measured value, or a reason for the encounter (counselling given), is not a listed finding
            boolean measured = source == TermSource.MEASUREMENT || source == TermSource.ENCOUNTER_REASON;
            SectionRole role = roleOf(doc, m);
            boolean testFinding = role == SectionRole.TEST_RESULTS && noteHasFinalStatement
                    && policy.isTestFinding(code, codeSet);
            // a device the operation places or an organ it removes is its own work, not the patient's status
            // before it (a past state, "a previous hysterectomy", is asserted historical and stays)
            // the findings of a study whose statement names no condition are its interpretation: their diseases
            // and injuries are the diagnoses, their signs still not (Guidelines IV.K)
            boolean interpreted = !statementNamesCondition && type == SectionType.FINDINGS
                    && !policy.groupsUnrelated(code);
            boolean procedureFinding = role == SectionRole.PROCEDURE && noteHasFinalStatement && !interpreted
                    && (policy.isProcedureFinding(code) || policy.isProcedureStatus(code, codeSet)
                    && !doc.assertionOf(m).historical()) && !statementWords.states(m)
                    && !statementWords.namesWithoutSite(m) && !toldAsReason(doc, m)
                    && !toldAsDiagnosis(doc, m) && !toldOfPatient(doc, m)
                    && !(secondaryNeoplasm(code) && statementWords.statesSpread());
            if (!(role.listsFindingsOnly() || testFinding || procedureFinding) || measured
                    || policy.keeps(type, code, codeSet)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the final diagnostic statement names a condition of the patient's: the note writes diagnoses or an
     * impression (what the provider concluded, even a symptom), or a present mention of its plan is read as a
     * code of a disease or injury chapter, not a symptom or a factor ({@code unrelated_category_chapters.tsv}: a
     * drug to hold, a follow-up, chest pain). A procedure note whose statement only recommends ("follow up the
     * biopsies", "continue the PPI") or names a symptom has its diagnoses in the findings section of the study: for
     * a diagnostic service the confirmed diagnoses of the interpretation are coded, not the signs they explain
     * (Guidelines IV.K), so those findings are not a mere account.
     */
    private boolean statementNamesCondition(Document doc) {
        for (var sentence : doc.sentences()) {
            SectionType type = doc.sectionOf(sentence).type();
            if (type == SectionType.DIAGNOSES || type == SectionType.IMPRESSION) {
                return true;   // a diagnosis or impression written, even a symptom, is the provider's conclusion
            }
        }
        for (int m = 0; m < doc.mentions().size(); m++) {
            var mention = doc.mentions().get(m);
            if (!finalStatement.contains(doc.sectionTypeOf(m)) || mention.terms().isEmpty()
                    || !doc.assertionOf(m).presentForPatient()) {
                continue;
            }
            Code code = codeSet.get(TermChoice.best(mention.terms()).code()).orElse(null);
            if (code != null && !policy.groupsUnrelated(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a reason cue ({@code procedure_reason_cues.txt}: "due to", "for treatment of") ends within six words
     * before the mention in its sentence: the account names the condition the operation or study was done for.
     */
    private boolean toldAsReason(Document doc, int mention) {
        var men = doc.mentions().get(mention);
        int from = Math.max(doc.sentences().get(men.sentenceIndex()).firstToken(), men.firstToken() - REASON_WINDOW - 3);
        for (List<String> cue : policy.procedureReasonCues()) {
            for (int end = men.firstToken(); end >= from + cue.size() && end >= men.firstToken() - REASON_WINDOW; end--) {
                if (matches(doc, end - cue.size(), cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if the mention's sentence opens by introducing the patient by age ({@code patient_introduction_cues.txt},
     * then a number: "The patient is a 61yo machinist with chronic kidney disease") and a "with" stands between
     * that opening and the mention, within six words before it: the account's background sentence gives the
     * patient's own condition, not a sign the surgeon saw or an injury the operation made, as the history of present
     * illness would.
     */
    private boolean toldOfPatient(Document doc, int mention) {
        var men = doc.mentions().get(mention);
        int first = doc.sentences().get(men.sentenceIndex()).firstToken();
        while (first < men.firstToken() && !doc.tokens().get(first).text().matches(".*[A-Za-z0-9].*")) {
            first++;   // the comma a field's header leaves before its text ("FINDINGS: ,The patient is")
        }
        for (List<String> cue : policy.patientIntroductionCues()) {
            int after = first + cue.size();
            if (after >= men.firstToken() || !matches(doc, first, cue)
                    || !doc.tokens().get(after).text().matches(".*\\d.*")) {
                continue;   // an age must follow the opening: "this is a friable tumor with bleeding" is no patient
            }
            if (withBefore(doc, after, men.firstToken()) || describesPatient(doc, after, men)) {
                return true;
            }
        }
        for (List<String> cue : policy.patientArrivalCues()) {
            // "the patient was brought to the lab from the emergency room with a cardiac arrest": the state the
            // patient arrived in is the reason for the procedure
            int after = first + cue.size();
            if (after < men.firstToken() && matches(doc, first, cue) && withBefore(doc, after, men.firstToken())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the mention is an adjective of the patient the sentence introduces: it follows the age at token
     * {@code age} within {@link #REASON_WINDOW} words and a patient noun ends the phrase within {@link #NOUN_WINDOW}
     * words after it, no punctuation between ("a 52-year-old morbidly obese white male").
     */
    private boolean describesPatient(Document doc, int age, Mention men) {
        if (men.firstToken() - age > REASON_WINDOW || punctuationBetween(doc, age + 1, men.firstToken())) {
            return false;
        }
        int last = Math.min(doc.sentences().get(men.sentenceIndex()).endToken(), men.endToken() + NOUN_WINDOW);
        for (int t = men.endToken(); t < last; t++) {
            var token = doc.tokens().get(t);
            if (token.isPunctuation()) {
                return false;
            }
            if (policy.patientNouns().contains(token.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True if a punctuation token other than a hyphen stands in [from, to). */
    private static boolean punctuationBetween(Document doc, int from, int to) {
        for (int t = from; t < to; t++) {
            var token = doc.tokens().get(t);
            if (token.isPunctuation() && !token.text().equals("-")) {
                return true;   // the hyphens of "38-year-old" join the age's words
            }
        }
        return false;
    }

    /** True if a "with" stands from {@code from} on, within six words before the mention's first token. */
    private static boolean withBefore(Document doc, int from, int mentionStart) {
        for (int t = Math.max(from, mentionStart - REASON_WINDOW); t < mentionStart; t++) {
            if (doc.tokens().get(t).text().equalsIgnoreCase("with")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The role of the mention's section, but a study's result the exam quotes ("an ultrasound reveals gallstones")
     * is read as test results.
     */
    private SectionRole roleOf(Document doc, int mention) {
        SectionRole role = policy.roleOf(doc.sectionTypeOf(mention));
        return role == SectionRole.EXAMINATION && reportedByStudy(doc, mention) ? SectionRole.TEST_RESULTS : role;
    }

    /**
     * True if a study named before the condition in its sentence reports it ({@link ProcedureDiagnosisCues}: "an
     * ultrasound reveals gallstones", "Doppler showed a thrombosis"): a result the exam section quotes is a test
     * result, not a finding of the examiner's hands or eyes (Guidelines III.B: the test result rule applies to it).
     */
    private boolean reportedByStudy(Document doc, int mention) {
        var men = doc.mentions().get(mention);
        return policy.procedureDiagnosisCues().reportedByStudy(doc,
                doc.sentences().get(men.sentenceIndex()).firstToken(), men.firstToken());
    }

    /**
     * True if the account tells the condition as a diagnosis ({@link ProcedureDiagnosisCues}): a study done during
     * the operation reports it (an ultrasound, a frozen section), or the operation treated it, said after it ("the
     * labral tear was repaired"). A study's diagnosis is a diagnosis; what an operation treats is its reason.
     */
    private boolean toldAsDiagnosis(Document doc, int mention) {
        var men = doc.mentions().get(mention);
        var sentence = doc.sentences().get(men.sentenceIndex());
        ProcedureDiagnosisCues cues = policy.procedureDiagnosisCues();
        return cues.reportedByStudy(doc, sentence.firstToken(), men.firstToken())
                || cues.treatedAfter(doc, men.endToken(), sentence.endToken());
    }

    private static boolean matches(Document doc, int start, List<String> cue) {
        for (int i = 0; i < cue.size(); i++) {
            if (!doc.tokens().get(start + i).text().equalsIgnoreCase(cue.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the chief complaint or the indication names, without its site, the kind of injury a mention of the
     * candidate finds at a site in the exam ("laceration" as the complaint, "a 2 cm laceration of the chin" on
     * examination): the complaint is the reason for the encounter and the exam gives its site (Guidelines IV.G).
     */
    private boolean namedAsComplaint(Document doc, CodeCandidate c) {
        for (int o = 0; o < doc.mentions().size(); o++) {
            SectionType type = doc.sectionTypeOf(o);
            if (type != SectionType.CHIEF_COMPLAINT && type != SectionType.INDICATION) {
                continue;
            }
            var a = doc.assertionOf(o);
            if (a.negated() || a.hypothetical() || a.uncertain() || a.historical()) {
                continue;
            }
            Set<String> complaint = singular(words(doc.mentions().get(o).text()));
            for (int m : c.mentions()) {
                if (!complaint.isEmpty() && singular(words(doc.mentions().get(m).text())).containsAll(complaint)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True if a mention of the candidate lies in the account of an operation or study: a condition seen there is
     * related to the statement by its category (the statement's cholelithiasis, the acute cholecystitis with
     * stones the surgeon found), where a finding listed in the review of systems or the exam needs its subcategory.
     */
    private boolean inProcedure(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            if (policy.roleOf(doc.sectionTypeOf(m)) == SectionRole.PROCEDURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * One note's diagnostic statement, read for {@link #states}: true if it writes the mention's own words (two
     * words or more, in any order) in a mention of the patient's present condition: the condition is documented there even when the statement's copy was read
     * as another code or none ("left tibial shaft fracture" in the postoperative diagnosis, the operation's title
     * naming the "tibial shaft fracture" it fixes). The statement's words are split once a note, not again for
     * each procedure finding.
     */
    private final class StatementWords {
        private final Document doc;
        /** The statement's mentions of a present condition, in note order, and their words; made on first use. */
        private int[] mentions;
        private List<Set<String>> wordsOf;
        /** The words of the statement's conditions named without their site ({@link #namesWithoutSite}); made on first use. */
        private List<Set<String>> siteless;

        StatementWords(Document doc) {
            this.doc = doc;
        }

        boolean states(int mention) {
            Set<String> own = words(doc.mentions().get(mention).text());
            if (own.size() < 2) {
                return false;
            }
            if (mentions == null) {
                read();
            }
            for (int k = 0; k < mentions.length; k++) {
                if (mentions[k] != mention && wordsOf.get(k).containsAll(own)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True if a sentence of the statement that holds a mention of a present condition names a spread
         * ({@link #SPREAD_WORDS}: "Metastatic renal cell carcinoma."): the statement documents secondary
         * malignancy, whose sites the account of the operation may give.
         */
        boolean statesSpread() {
            if (mentions == null) {
                read();
            }
            Set<Integer> seen = new HashSet<>();
            for (int o : mentions) {
                var sentence = doc.sentences().get(doc.mentions().get(o).sentenceIndex());
                if (seen.add(doc.mentions().get(o).sentenceIndex()) && !java.util.Collections.disjoint(SPREAD_WORDS,
                        words(doc.text().substring(sentence.span().start(), sentence.span().end())))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True if the statement names the mention's condition without the site or type its code needs (a mention
         * left uncoded as a finding: "loose bodies" in the postoperative diagnosis) and the mention begins with
         * that statement's words (two or more, in any order, plurals as singulars) and then gives the site ("loose
         * bodies noted in the knee"): the account of the operation gives the statement's diagnosis its site, it adds
         * no finding of its own (Guidelines IV.A: code to the highest specificity documented). Words before them
         * ("the MRI demonstrates residual disease") make the mention another statement of the account's.
         */
        boolean namesWithoutSite(int mention) {
            if (siteless == null) {
                siteless = new ArrayList<>();
                for (MentionDecision d : doc.decisions()) {
                    int o = d.mentionIndex();
                    var a = doc.assertionOf(o);
                    if (d.reason() == NotCodedReason.FINDING
                            && policy.roleOf(doc.sectionTypeOf(o)) == SectionRole.DIAGNOSTIC_STATEMENT
                            && !a.negated() && !a.hypothetical() && !a.uncertain()) {
                        Set<String> w = singular(words(doc.mentions().get(o).text()));
                        if (w.size() >= 2) {
                            siteless.add(w);
                        }
                    }
                }
            }
            if (siteless.isEmpty()) {
                return false;
            }
            List<String> own = LowerWords.of(doc.mentions().get(mention).text(), Hyphens.BREAK);
            for (Set<String> named : siteless) {
                if (own.size() > named.size()
                        && singular(new HashSet<>(own.subList(0, named.size()))).equals(named)) {
                    return true;
                }
            }
            return false;
        }

        private void read() {
            int[] found = new int[doc.mentions().size()];
            int n = 0;
            wordsOf = new ArrayList<>();
            for (int o = 0; o < doc.mentions().size(); o++) {
                if (policy.roleOf(doc.sectionTypeOf(o)) != SectionRole.DIAGNOSTIC_STATEMENT) {
                    continue;
                }
                var a = doc.assertionOf(o);
                if (!a.negated() && !a.hypothetical() && !a.uncertain()) {
                    found[n++] = o;
                    wordsOf.add(words(doc.mentions().get(o).text()));
                }
            }
            mentions = java.util.Arrays.copyOf(found, n);
        }
    }

    /** The words without a plural -s ("lacerations" is "laceration"). */
    private static Set<String> singular(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /** The words of a mention's text, lowercased ("distal radius fracture" and "fracture of the distal radius" share them). */
    private static Set<String> words(String text) {
        return new HashSet<>(LowerWords.of(text, Hyphens.BREAK));
    }

    /**
     * The code's 4-character subcategory (its category when it has no fourth character): one condition at the
     * detail the review-of-systems rule compares. A category groups conditions that are not one another
     * (G47: insomnia, hypersomnia, sleep apnea; M25: joint pain, swelling, stiffness; I35: stenosis, insufficiency),
     * so excessive sleepiness listed in the review of systems is not documented by an assessed sleep apnea.
     */
    static String subcategory(Code code) {
        String c = code.code();
        int dot = c.indexOf('.');
        return dot < 0 || c.length() <= dot + 1 ? c : c.substring(0, dot + 2);
    }

    /** What the rule compares: the subcategory, or the category in a chapter of one region's findings (injuries). */
    private String condition(Code code) {
        return policy.groupsOneRegion(code) ? code.category() : subcategory(code);
    }

    /** The documented general condition the candidate names more specifically ({@link SpecifyingFindings}), or null. */
    private CodeCandidate specifies(CodeCandidate c, List<CodeCandidate> documentedConditions) {
        for (CodeCandidate g : documentedConditions) {
            if (specifying.specifies(c.code(), c.title(), g.code(), g.title())) {
                return g;
            }
        }
        return null;
    }

    /**
     * The documented condition whose Tabular "code also" note names the finding's code, or null: the condition the
     * statement lists (a peritoneal abscess, K65.1) tells the coder to code also its cause where the note documents
     * one (diverticular disease, K57.-), so the cause the operation found is coded beside it, not as a sign seen
     * while operating.
     */
    private CodeCandidate codedAlsoBeside(CodeCandidate c, List<CodeCandidate> documentedConditions) {
        for (CodeCandidate g : documentedConditions) {
            for (InstructionalNote note : codeSet.effectiveNotes(g.code(), NoteType.CODE_ALSO)) {
                if (note.refersTo(c.code())) {
                    return g;
                }
            }
        }
        return null;
    }

    private boolean keeps(SectionType type, Code code) {
        return code != null && policy.keeps(type, code, codeSet);
    }
}
