package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.Section;
import org.opencac.engine.section.SectionType;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.TermSource;

/**
 * Chooses the first-listed (outpatient, Guideline IV.G) or principal (inpatient, Section II) diagnosis,
 * moves it to the front (the others keep their order) and states why in its rationale. The choice reads the
 * provider's diagnostic statement: the statements of the setting's order ({@code principal_diagnosis.json}:
 * postoperative diagnosis, discharge diagnosis, assessment, impression ...) are tried best first, and the
 * first coded diagnosis documented in the best one is chosen; a diagnosis of that statement that answers
 * the reason for the encounter (chief complaint, indication, "referred for ...") goes before the others.
 * A condition the statement names only with uncertainty still takes its place there when it is coded from
 * elsewhere in the note. Never first while another candidate exists: external causes, history and status
 * codes, manifestations; a symptom gives way to a definitive diagnosis that is the reason for the
 * encounter (a combination code that answers only through the symptom it keeps beside it displaces that symptom
 * alone), and a symptom outside the final statements comes after every diagnosis (IV.D); in a note whose
 * diagnostic statement names no diagnosis, the condition the procedure performed treats leads (IV.M); a diagnosis
 * negated in a study's findings comes after those that were established, and a condition documented only in
 * the past history after every condition documented in the present encounter. Which code of a category reports a
 * condition documented with more and less detail was decided before, by {@link SameConditionCheck}: the
 * chosen candidate carries the mentions of the less specific codes it absorbed.
 */
public final class PrincipalDiagnosisChoice implements Stage {
    public static final String FILE = "principal_diagnosis.json";

    private final CodeSet codeSet;
    private final List<PrincipalRule> rules;
    private final Map<String, PrincipalRule> statements = new HashMap<>();
    private final PrincipalRule encounterRule;
    private final PrincipalRule historyLast;
    /** The statements where a condition told as history is still the provider's diagnosis (HISTORY_LAST rule). */
    private final List<PrincipalRule> historyStatements;
    /** The statements the encounter rule reads as stating the reason (preoperative diagnosis). */
    private final List<PrincipalRule> reasonStatements;
    /** The diagnostic statements of the encounter rule (diagnoses, assessment, impression). */
    private final List<PrincipalRule> encounterStatements;
    private final List<PrincipalRule> priorities;
    private final List<PrincipalRule> procedureReasons;
    private final List<PrincipalRule> studyReasons;
    /** The SAME_NEOPLASM rule, or null: which uncoded neoplasm term of a statement names a coded neoplasm. */
    private final PrincipalRule sameNeoplasm;
    /** The SAME_NEOPLASM rule's words: title words naming a behaviour, not a site. */
    private final Set<String> behaviourWords;
    /** Per code, the site words of its title (SAME_NEOPLASM): codes are a closed set, each is read once. */
    private final ConcurrentHashMap<String, Set<String>> siteWords =
            new ConcurrentHashMap<>();

    /** The CAUSE_LAST rule, or null: a condition a statement names only as the cause of no coded condition. */
    private final PrincipalRule causeLast;
    /** The BIRTH_EPISODE rule, or null: the liveborn-infant code of a newborn's birth record leads. */
    private final PrincipalRule birthEpisode;

    /** The FINDING_AFTER_REASON rules: an abnormal finding gives way to the symptom a study was done for. */
    private final List<PrincipalRule> findingsAfterReason;
    /** The RELATED_DIAGNOSIS rules: a symptom gives way to a definitive diagnosis of its statement that accounts for it. */
    private final List<PrincipalRule> relatedDiagnoses;
    /** The SYMPTOM rule, or null: the symptom codes and the diagnostic statements' sections. */
    private final PrincipalRule symptomRule;

    /** Conditions that persist once diagnosed (hypertension, diabetes), listed prefixes only. */
    private final List<String> chronic;
    /** The integral-symptom check (I.B.4-5), asked which diagnoses a symptom is routinely part of. */
    private final IntegralSymptomCheck integral;

    public PrincipalDiagnosisChoice(CodeSet codeSet, List<PrincipalRule> rules, List<String> chronic,
                                    IntegralSymptomCheck integral) {
        this.chronic = List.copyOf(chronic);
        this.integral = integral;
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        this.encounterRule = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.ENCOUNTER_FIRST).findFirst()
                .orElse(null);
        this.historyLast = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.HISTORY_LAST).findFirst()
                .orElse(null);
        this.priorities = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.PRIORITY).toList();
        this.procedureReasons = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.PROCEDURE_REASON).toList();
        this.studyReasons = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.STUDY_REASON).toList();
        this.sameNeoplasm = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.SAME_NEOPLASM).findFirst()
                .orElse(null);
        this.causeLast = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.CAUSE_LAST).findFirst()
                .orElse(null);
        this.birthEpisode = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.BIRTH_EPISODE).findFirst()
                .orElse(null);
        this.findingsAfterReason = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.FINDING_AFTER_REASON)
                .toList();
        this.relatedDiagnoses = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.RELATED_DIAGNOSIS).toList();
        this.symptomRule = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.SYMPTOM).findFirst()
                .orElse(null);
        this.behaviourWords = sameNeoplasm == null ? Set.of() : Set.copyOf(sameNeoplasm.words());
        for (PrincipalRule r : rules) {
            if (r.kind() == PrincipalRule.Kind.STATEMENT) {
                statements.put(r.id(), r);
            }
        }
        for (PrincipalRule r : rules) {
            for (String s : concat(r.statements(), r.reasonStatements())) {
                if (!statements.containsKey(s)) {
                    throw new IllegalArgumentException(FILE + ": rule " + r.id() + ": unknown statement \"" + s + "\"");
                }
            }
        }
        this.historyStatements = historyLast == null ? List.of()
                : historyLast.statements().stream().map(statements::get).toList();
        this.reasonStatements = encounterRule == null ? List.of()
                : encounterRule.reasonStatements().stream().map(statements::get).toList();
        this.encounterStatements = encounterRule == null ? List.of()
                : encounterRule.statements().stream().map(statements::get).toList();
    }

    /**
     * The bundled rules, with the chronic conditions the pipeline read once and the integral-symptom check it also
     * runs as a stage.
     */
    public static PrincipalDiagnosisChoice standard(CodeSet codeSet, List<String> chronic,
                                                    IntegralSymptomCheck integral) {
        return new PrincipalDiagnosisChoice(codeSet, read(RuleFiles.bundled(FILE), FILE), chronic, integral);
    }

    public static List<PrincipalRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, PrincipalRule::fromJson);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        if (list.isEmpty()) {
            return doc;
        }
        CareSetting setting = doc.note().setting();
        PrincipalRule order = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.ORDER
                && r.setting() == setting).findFirst().orElse(null);
        List<PrincipalRule> ranked = order == null ? List.of() : order.statements().stream().map(statements::get).toList();
        int[] sectionRank = sectionRanks(doc, ranked);
        Set<Integer> coded = new HashSet<>();
        list.forEach(c -> coded.addAll(c.mentions()));
        EncounterEvidence.Reasons answers = EncounterEvidence.answersReason(doc,
                order == null ? List.of() : order.reasonSections(), rules);
        List<Mention> ruledOut = EncounterEvidence.negatedInStudy(doc, rules);
        // IV.M: in the rule's setting (ambulatory surgery), a diagnosis the statement written after the study
        // states (the postoperative diagnosis) is the most definitive, whatever the findings negate
        List<PrincipalRule> conclusive = rules.stream().filter(r -> r.kind() == PrincipalRule.Kind.RULED_OUT
                        && r.setting() == setting)
                .flatMap(r -> r.statements().stream()).map(statements::get).toList();
        List<SectionType> reasonSections = order == null ? List.of() : order.reasonSections();
        Set<Integer> statedSymptoms = new HashSet<>();
        Place[] places = new Place[list.size()];
        int best = -1;
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (barred(c) != null) {
                continue;
            }
            boolean symptom = isSymptom(c);
            int tier = trailingSymptom(doc, c) ? 2
                    : EncounterEvidence.ruledOut(doc, c, ruledOut) && !statedIn(doc, c, conclusive) ? 1
                    : historyOnly(doc, c) ? 3 : 0;
            places[i] = place(doc, c, sectionRank, coded, ranked.size(), i, tier,
                    (answers.answers(Code.categoryOf(c.code())) || takesInReason(doc, list, c, answers)) && !symptom,
                    reasonSections, answers.describing());
            // a symptom whose best statement is the reason section itself (the indication's "chest pain,
            // hypertension") is a reason for the encounter as much as the diagnoses listed beside it (IV.D: no
            // diagnosis explains it) when the diagnoses listed there are chronic conditions only (a hypertension, a
            // diabetes: a coexisting condition, not the cause of the symptom), and none is a known disease a study
            // evaluates (IV.K)
            if (symptom && places[i].inStatement() && answers.answers(Code.categoryOf(c.code()))
                    && reasonSections.containsAll(ranked.get(places[i].rank()).sections())
                    && onlyChronicBeside(doc, list, c, reasonSections) && !explainedBeside(doc, list, c)
                    && !statesStudiedDisease(doc, list, reasonSections, setting)) {
                places[i] = place(doc, c, sectionRank, coded, ranked.size(), i, tier, true, reasonSections,
                        answers.describing());
                statedSymptoms.add(i);
            }
            if (best < 0 || places[i].compareTo(places[best]) < 0) {
                best = i;
            }
        }
        if (best < 0) {
            return doc;
        }
        String why = why(places[best], ranked);
        // IV.D: a symptom of the statement gives way to a definitive diagnosis that is the reason for the visit; a
        // combination code that answers it only through the words of the condition it keeps beside it (the urinary
        // symptom of a prostatic hyperplasia with urinary symptoms) gives way to no other symptom than that one
        // (a symptom the reason section states first, ahead of the diagnoses it lists, is itself the reason)
        if (isSymptom(list.get(best)) && !statedSymptoms.contains(best)) {
            String symptom = list.get(best).code();
            int reason = -1;
            for (int i = 0; i < list.size(); i++) {
                if (places[i] != null && places[i].answers() && places[i].tier() == 0
                        && answers.answersInsteadOf(Code.categoryOf(list.get(i).code()), symptom)
                        && documentedAsCertain(doc, list.get(i)) && (reason < 0 || places[i].compareTo(places[reason]) < 0)) {
                    reason = i;
                }
            }
            if (reason >= 0) {
                why = "the reason for the encounter, a definitive diagnosis, before the symptom "
                        + list.get(best).code() + " (" + why + ")";
                best = reason;
            }
        }
        // II.A, IV.D: a symptom is not listed first when the statement that places it also establishes a diagnosis
        // related to it ("Headache, improved. Intracranial aneurysm."): that diagnosis accounts for the symptom
        if (isSymptom(list.get(best)) && places[best].inStatement()) {
            for (PrincipalRule r : relatedDiagnoses) {
                int related = CodePattern.anyCovers(r.codes(), list.get(best).code())
                        ? relatedInStatement(doc, list, places, best, r) : -1;
                if (related >= 0) {
                    why = "a related definitive diagnosis the same " + ranked.get(places[best].rank()).label()
                            + " establishes, before the symptom " + list.get(best).code() + " (" + r.guideline()
                            + "; rule " + r.id() + ")";
                    best = related;
                    break;
                }
            }
        }
        boolean diagnosisInStatement = places[best].inStatement() && encounterRule != null
                && encounterRule.statements().contains(ranked.get(places[best].rank()).id());
        // IV.K: a study whose indication states a disease it evaluates (a known carcinoma, a coronary disease) was done
        // for it: it leads the findings its interpretation reports (the atelectasis beside the carcinoma); an
        // interpretation's diagnosis the indication names too (the valve stenosis an echocardiogram was asked for) is
        // already a reason for the study and keeps its place
        if (places[best].inStatement()) {
            String statement = ranked.get(places[best].rank()).id();
            // rules in file order; one whose study the note does not name (its pattern) is passed over, and the
            // first that applies decides
            for (PrincipalRule r : studyReasons) {
                if (r.setting() != setting || !r.statements().contains(statement)
                        || (r.pattern() != null && !r.pattern().matcher(doc.text()).find())) {
                    continue;
                }
                if (statesStudyReason(doc, list.get(best), r)) {
                    break;
                }
                int reason = studyReason(doc, list, places, r);
                if (reason >= 0) {
                    why = "the disease the study was done for, stated as its indication, before the finding "
                            + list.get(best).code() + " of the " + ranked.get(places[best].rank()).label() + " ("
                            + r.guideline() + "; rule " + r.id() + ")";
                    best = reason;
                    break;
                }
            }
        }
        // IV.K, IV.D: an interpretation reporting an abnormal finding and no diagnosis: the symptom the indication
        // states, what the study was done for, leads that finding
        for (PrincipalRule r : findingsAfterReason) {
            if (r.setting() != setting || !CodePattern.anyCovers(r.codes(), list.get(best).code())) {
                continue;
            }
            int reason = diagnosisBeside(list, places, best) ? -1 : statedSymptom(doc, list, places, r);
            if (reason >= 0) {
                why = "the symptom the study was done for, stated as its indication, before the abnormal finding "
                        + list.get(best).code() + " (no diagnosis established; " + r.guideline() + "; rule " + r.id()
                        + ")";
                best = reason;
            }
            break;
        }
        // IV.M: a procedure note whose diagnostic statement names no diagnosis: the condition the procedure treats,
        // documented in the note (the history that led to it), is what it was done for, before a symptom or a
        // coexisting condition told first
        if (!diagnosisInStatement) {
            PrincipalRule treats = null;
            int treated = -1;
            for (PrincipalRule r : procedureReasons) {
                treated = treatedCondition(doc, list, places, r);
                if (treated >= 0) {
                    treats = r;
                    break;
                }
            }
            if (treated >= 0 && treated != best) {
                why = "the condition the procedure performed treats, before " + list.get(best).code()
                        + " (no diagnostic statement; " + treats.guideline() + "; rule " + treats.id() + ")";
                best = treated;
            }
        } else {
            // IV.M: within the statement that decides, the condition the first procedure the note's procedure line
            // names treats is what the operation was done for, before a coexisting condition the list names first
            for (PrincipalRule r : procedureReasons) {
                int treated = firstProcedureTreats(doc, list, places, best, r);
                if (treated >= 0) {
                    why = "the condition the first procedure performed treats, named in the same "
                            + ranked.get(places[best].rank()).label() + ", before " + list.get(best).code() + " ("
                            + r.guideline() + "; rule " + r.id() + ")";
                    best = treated;
                    break;
                }
            }
        }
        // I.C.21.c: an encounter for aftercare, screening, supervision, counselling ... is listed first when stated
        // as the reason for the visit, or when the diagnostic statement names no diagnosis
        int encounter = encounterReason(doc, list, diagnosisInStatement, answers);
        if (encounter >= 0 && encounter != best) {
            why = "the reason for the encounter, stated in the note, before " + list.get(best).code() + " ("
                    + encounterRule.guideline() + "; rule " + encounterRule.id() + ")";
            best = encounter;
        } else if (encounter >= 0) {
            why = "the reason for the encounter, stated in the note (" + encounterRule.guideline() + "; rule "
                    + encounterRule.id() + ")";
        }
        // I.C.15.a.1: a code with sequencing priority, stated in the diagnostic statement or named in the note's own
        // words as the reason for the encounter ("she comes for a consultation for her gestational diabetes"), leads
        // I.C.1.a.2.a: a code that goes before the conditions of its disease (the rule's precedes) leads such a chosen
        // condition wherever the note documents the code, a past history's list included, and no other condition
        for (PrincipalRule p : priorities) {
            boolean precedesChosen = CodePattern.anyCovers(p.precedes(), list.get(best).code());
            if (CodePattern.anyCovers(p.codes(), list.get(best).code())
                    || !p.precedes().isEmpty() && !precedesChosen
                    || list.stream().anyMatch(c -> CodePattern.anyCovers(p.unlessCodes(), c.code()))) {
                continue;
            }
            int first = -1;
            for (int i = 0; i < list.size(); i++) {
                if (places[i] != null && (places[i].tier() == 0 || precedesChosen && places[i].tier() == 3)
                        && CodePattern.anyCovers(p.codes(), list.get(i).code())
                        && (precedesChosen
                        || list.get(i).mentions().stream().anyMatch(m -> p.sections().contains(doc.sectionTypeOf(m)))
                        || answers.own().contains(Code.categoryOf(list.get(i).code())))
                        && (first < 0 || places[i].compareTo(places[first]) < 0)) {
                    first = i;
                }
            }
            if (first >= 0) {
                why = (precedesChosen ? "a code sequenced before the conditions of its disease, before "
                        : "a code with sequencing priority stated in the diagnostic statement or as the reason for the"
                        + " encounter, before ")
                        + list.get(best).code() + " (" + p.guideline() + "; rule " + p.id() + ")";
                best = first;
                break;
            }
        }
        // I.C.16.a.2: the liveborn-infant code of a newborn's record of its own birth is its principal diagnosis
        int born = birthEpisode == null ? -1 : firstCovered(list, birthEpisode);
        if (born >= 0 && born != best && places[born] != null) {
            why = "the birth episode of the newborn's record, before " + list.get(best).code() + " ("
                    + birthEpisode.guideline() + "; rule " + birthEpisode.id() + ")";
            best = born;
        }
        StringBuilder line = new StringBuilder(setting == CareSetting.INPATIENT
                ? "First-listed (principal diagnosis): " : "First-listed diagnosis: ").append(why);
        if (order != null) {
            line.append(" (Guidelines ").append(order.guideline()).append("; rule ").append(order.id()).append(')');
        }
        for (int i = 0; i < list.size(); i++) {
            PrincipalRule bar = barred(list.get(i));
            if (i < best && bar != null) {
                line.append("; ").append(list.get(i).code()).append(" not first (rule ").append(bar.id())
                        .append(", Guidelines ").append(bar.guideline()).append(')');
            } else if (i != best && places[i] != null && places[i].tier() == 1
                    && places[i].rank() <= places[best].rank()) {
                line.append("; ").append(list.get(i).code())
                        .append(" not first: negated in the findings or the diagnostic statement");
            }
        }
        CodeCandidate first = list.get(best);
        List<CodeCandidate> out = new ArrayList<>();
        out.add(Candidates.withRationale(first, line.toString()));
        for (CodeCandidate c : list) {
            if (c != first) {
                out.add(c);
            }
        }
        return doc.withCandidates(out);
    }

    /**
     * Where a candidate stands: its tier (0 established, 1 negated by a study, 2 trailing symptom, 3 documented
     * only as history), the rank
     * of the best statement documenting it, whether it answers the reason for the encounter, and its first
     * offset in that statement (or, outside every statement, its list position).
     */
    private record Place(int tier, int rank, boolean answers, int offset, boolean inStatement, boolean ownWords,
                         boolean causeOnly)
            implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            if (tier != o.tier) {
                return Integer.compare(tier, o.tier);
            }
            if (rank != o.rank) {
                return Integer.compare(rank, o.rank);
            }
            if (inStatement && answers != o.answers) {
                return answers ? -1 : 1;
            }
            // CAUSE_LAST: a condition the statement names only as the cause of something it does not diagnose
            // comes after the conditions it names in their own right
            if (inStatement && causeOnly != o.causeOnly) {
                return causeOnly ? 1 : -1;
            }
            if (offset != o.offset) {
                return Integer.compare(offset, o.offset);
            }
            // one statement mention carried by several codes (a combination code took it in): the code the
            // mention's own words name goes first; the Tabular's "code first" notes then order the pair
            return ownWords == o.ownWords ? 0 : ownWords ? -1 : 1;
        }
    }

    private Place place(Document doc, CodeCandidate c, int[] sectionRank, Set<Integer> coded, int unranked,
                               int listIndex, int tier, boolean answers, List<SectionType> reasonSections,
                               Set<Integer> describing) {
        int rank = unranked;
        int offset = Integer.MAX_VALUE;
        boolean ownWords = false;
        // a narrative statement tells the past too ("with a past history of arthritis, presented with dyspnea"): where
        // it documents the condition as present places it, its history mentions only when it has no other
        boolean present = c.mentions().stream().anyMatch(m -> !doc.assertionOf(m).historical());
        // a reason section's word describing the patient ("a diabetic man presenting with ...") places nothing there
        for (int m : c.mentions()) {
            if (present && doc.assertionOf(m).historical() || describing.contains(m)) {
                continue;
            }
            Mention mention = doc.mentions().get(m);
            int r = sectionRank[doc.sentences().get(mention.sentenceIndex()).sectionIndex()];
            if (r < rank || (r == rank && mention.span().start() < offset)) {
                rank = r;
                offset = mention.span().start();
                ownWords = namesCode(mention, c.code());
            } else if (r == rank && mention.span().start() == offset) {
                ownWords |= namesCode(mention, c.code());
            }
        }
        // the statement may name the condition with words not coded there (uncertain): a mention no candidate
        // took, naming a code of the candidate's category, or the candidate's neoplasm without its behaviour
        // ("probable recurrent brain tumor" for the glioma coded from the history)
        String category = Code.categoryOf(c.code());
        for (int m = 0; m < doc.mentions().size(); m++) {
            if (coded.contains(m) || describing.contains(m)) {
                continue;
            }
            Mention mention = doc.mentions().get(m);
            int r = sectionRank[doc.sentences().get(mention.sentenceIndex()).sectionIndex()];
            if (r > rank || (r == rank && mention.span().start() >= offset)
                    || !(EncounterEvidence.namesCategory(mention, category) || namesNeoplasmOf(mention, c.code()))) {
                continue;
            }
            Assertion a = doc.assertionOf(m);
            if (!a.negated() && !a.hypothetical() && !a.historical() && a.experiencer() == Experiencer.PATIENT) {
                rank = r;
                offset = mention.span().start();
                ownWords = namesCode(mention, c.code());
            }
        }
        // a symptom the statement lists before the diagnosis and that was left uncoded as integral to it ("1. Chronic
        // pelvic pain. 2. Menorrhagia. 3. Endometriosis."): the diagnosis that accounts for it takes its place in the statement
        // (II.A, IV.D: not the symptom, its established cause, is what the encounter was for). A diagnosis that
        // answers the reason for the encounter and is written only in a later statement or outside every one (the
        // epilepsy of the history, the complaint and the impression saying "worsening seizures") takes the place of
        // its symptom the provider's diagnostic statement states as present (not the reason sections themselves)
        List<MentionDecision> decisions = doc.decisions();
        for (int k = 0; k < decisions.size(); k++) {   // by index: asked for every candidate, no iterator made
            MentionDecision d = decisions.get(k);
            if (d.reason() != NotCodedReason.INTEGRAL || d.relatedCode() == null
                    || !Code.categoryOf(d.relatedCode()).equals(category)) {
                continue;
            }
            Mention mention = doc.mentions().get(d.mentionIndex());
            int r = sectionRank[doc.sentences().get(mention.sentenceIndex()).sectionIndex()];
            if (r == rank ? mention.span().start() < offset
                    : r < rank && answers && !reasonSections.contains(doc.sectionTypeOf(d.mentionIndex()))
                    && doc.assertionOf(d.mentionIndex()).presentForPatient()) {
                rank = r;
                offset = mention.span().start();
                ownWords = false;
            }
        }
        // IV.H: a diagnosis the statement names only as uncertain ("gastroenteritis versus obstruction", "probable
        // pneumonia") is not coded for an outpatient; the symptom it would explain, coded in its stead, is what
        // the statement establishes at that place, ahead of the conditions it lists after it
        if (symptomRule != null && CodePattern.anyCovers(symptomRule.codes(), c.code())) {
            for (int k = 0; k < decisions.size(); k++) {
                int u = uncertainExplained(doc, decisions.get(k), c);
                if (u < 0) {
                    continue;
                }
                Mention mention = doc.mentions().get(u);
                int r = sectionRank[doc.sentences().get(mention.sentenceIndex()).sectionIndex()];
                if (r < rank || r == rank && mention.span().start() < offset) {
                    rank = r;
                    offset = mention.span().start();
                    ownWords = false;
                }
            }
        }
        boolean inStatement = rank < unranked;
        return new Place(tier, rank, answers, inStatement ? offset : listIndex, inStatement, inStatement && ownWords,
                inStatement && causeOnly(doc, c, sectionRank, rank, present));
    }

    /**
     * True if a mention of the candidate, present for the patient and read as the code itself (its words name the
     * combination, not a condition a later stage merged into it), takes in the words of a mention of another
     * candidate that answers the reason for the encounter and is a diagnosis (not a symptom, history or status): a
     * combination code written over the statement ("COPD and acute bronchitis": J44.0) reports the condition the
     * encounter was for (the bronchitis) together with the one beside it, so it answers that reason as well
     * (I.B.9: the combination code is assigned, and sequenced, for the condition it takes in).
     */
    private boolean takesInReason(Document doc, List<CodeCandidate> list, CodeCandidate c,
                                  EncounterEvidence.Reasons answers) {
        for (CodeCandidate other : list) {
            if (other == c || isSymptom(other) || barred(other) != null
                    || !answers.answers(Code.categoryOf(other.code()))) {
                continue;
            }
            for (int m : c.mentions()) {
                var outer = doc.mentions().get(m).span();
                if (!doc.assertionOf(m).presentForPatient() || !namesCode(doc.mentions().get(m), c.code())) {
                    continue;
                }
                for (int o : other.mentions()) {
                    var inner = doc.mentions().get(o).span();
                    if (o != m && outer.start() <= inner.start() && inner.end() <= outer.end()
                            && outer.end() - outer.start() > inner.end() - inner.start()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The mention of the decision when it is a diagnosis a diagnostic statement (the SYMPTOM rule's sections) names
     * for the patient only as uncertain, left uncoded, and the symptom candidate is routinely part of it; -1 otherwise.
     */
    private int uncertainExplained(Document doc, MentionDecision d, CodeCandidate symptom) {
        if (d.reason() != NotCodedReason.UNCERTAIN
                || !symptomRule.sections().contains(doc.sectionTypeOf(d.mentionIndex()))) {
            return -1;
        }
        Assertion a = doc.assertionOf(d.mentionIndex());
        return !a.negated() && a.experiencer() == Experiencer.PATIENT
                && integral.explainsAnyTerm(symptom.code(), doc.mentions().get(d.mentionIndex())) ? d.mentionIndex() : -1;
    }

    /**
     * True if a candidate other than the chosen one, no sign or symptom, established (tier 0) and placed in a
     * statement as good as the chosen one's, is there: the note establishes a diagnosis.
     */
    private boolean diagnosisBeside(List<CodeCandidate> list, Place[] places, int chosen) {
        for (int i = 0; i < list.size(); i++) {
            if (i != chosen && places[i] != null && places[i].tier() == 0 && places[i].inStatement()
                    && places[i].rank() <= places[chosen].rank() && !isSymptom(list.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first candidate, a sign or symptom none of the FINDING_AFTER_REASON rule's codes covers, neither ruled out
     * by a study nor told only as history, with a mention present for the patient in one of the rule's sections; -1.
     */
    private int statedSymptom(Document doc, List<CodeCandidate> list, Place[] places, PrincipalRule r) {
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (places[i] == null || places[i].tier() == 1 || places[i].tier() == 3 || !isSymptom(c)
                    || CodePattern.anyCovers(r.codes(), c.code())) {
                continue;
            }
            for (int m : c.mentions()) {
                if (r.sections().contains(doc.sectionTypeOf(m)) && doc.assertionOf(m).presentForPatient()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the first candidate a rule's codes cover, or -1. */
    private static int firstCovered(List<CodeCandidate> list, PrincipalRule rule) {
        for (int i = 0; i < list.size(); i++) {
            if (CodePattern.anyCovers(rule.codes(), list.get(i).code())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * CAUSE_LAST: true if every mention of the candidate in the statement of rank {@code rank} is named after the
     * rule's causal phrase, in a clause whose words before the phrase name no condition ("his cardiac issues are
     * most likely secondary to hypertension") and say no reason for the encounter (the rule's unless).
     */
    private boolean causeOnly(Document doc, CodeCandidate c, int[] sectionRank, int rank, boolean present) {
        if (causeLast == null) {
            return false;
        }
        boolean any = false;
        for (int m : c.mentions()) {
            if (present && doc.assertionOf(m).historical()) {
                continue;
            }
            Mention mention = doc.mentions().get(m);
            var sentence = doc.sentences().get(mention.sentenceIndex());
            if (sectionRank[sentence.sectionIndex()] != rank) {
                continue;
            }
            if (!causeLast.sections().contains(doc.sectionTypeOf(m)) || !namedAsCause(doc, sentence.span().start(),
                    mention.span().start())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** True if the text before {@code at} in its clause holds the causal phrase, with no condition named before it. */
    private boolean namedAsCause(Document doc, int sentenceStart, int at) {
        String text = doc.text();
        int clause = sentenceStart;
        for (int i = at - 1; i >= sentenceStart; i--) {
            char ch = text.charAt(i);
            if (ch == ';' || ch == ':' || ch == '.' && i > 0 && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)) && !Character.isDigit(text.charAt(i - 1))) {
                clause = i + 1;
                break;
            }
        }
        Matcher cue = causeLast.pattern().matcher(text).region(clause, at);
        int phrase = -1;
        while (cue.find()) {
            phrase = cue.start();
        }
        // the phrase must follow words of its clause ("due to the hypertension, we will" fronts a reason, no effect)
        if (phrase < 0 || text.substring(clause, phrase).chars().noneMatch(Character::isLetter)
                || causeLast.unless() != null
                && causeLast.unless().matcher(text).region(clause, phrase).find()) {
            return false;
        }
        for (Mention other : doc.mentions()) {
            int start = other.span().start();
            if (start >= clause && start < phrase) {
                return false;
            }
        }
        return true;
    }

    /** True if one of the mention's terms reads as the code itself (not a code a later stage combined it into). */
    private static boolean namesCode(Mention m, String code) {
        for (int i = 0; i < m.terms().size(); i++) {
            if (m.terms().get(i).code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if one of the mention's terms is a neoplasm of no stated behaviour (SAME_NEOPLASM codes: "brain tumor",
     * D49.6) whose title's site words, none missing, are in the title of the candidate, a neoplasm of stated
     * behaviour (the rule's neoplasms: C71.9, "Malignant neoplasm of brain, unspecified"). A term of no site
     * ("neoplasm", D49.9) names none.
     */
    private boolean namesNeoplasmOf(Mention m, String code) {
        if (sameNeoplasm == null || !CodePattern.anyCovers(sameNeoplasm.neoplasms(), code)) {
            return false;
        }
        for (int i = 0; i < m.terms().size(); i++) {
            String term = m.terms().get(i).code();
            if (CodePattern.anyCovers(sameNeoplasm.codes(), term)) {
                Set<String> site = siteWordsOf(term);
                if (!site.isEmpty() && siteWordsOf(code).containsAll(site)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the code's Tabular title that name no behaviour (SAME_NEOPLASM words set aside). */
    private Set<String> siteWordsOf(String code) {
        return siteWords.computeIfAbsent(code, k -> codeSet.get(k)
                .map(t -> TitleWords.of(t.title(), behaviourWords)).orElse(Set.of()));
    }

    /** True if a mention of the candidate is in a section one of the statements names. */
    private static boolean statedIn(Document doc, CodeCandidate c, List<PrincipalRule> statements) {
        if (statements.isEmpty()) {
            return false;
        }
        for (int m : c.mentions()) {
            if (inStatement(doc, m, statements)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per section, the rank of the statement it belongs to in the setting's order (the order's size if none). A
     * statement its header names ("initial diagnoses", "preoperative diagnosis") is the section's own, wherever the
     * order ranks it; a statement of any header (the bare "diagnoses") takes only the sections no header names, so an
     * admitting diagnosis is not read as the diagnosis the encounter established.
     */
    static int[] sectionRanks(Document doc, List<PrincipalRule> ranked) {
        List<Section> sections = doc.sections();
        int[] out = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String header = doc.text().substring(section.header().start(), section.header().end());
            out[s] = statementRank(ranked, section.type(), header);
        }
        return out;
    }

    /** The rank in the order of the statement a section of this type and header belongs to (named ones first). */
    static int statementRank(List<PrincipalRule> ranked, SectionType type, String header) {
        int any = ranked.size();
        for (int r = 0; r < ranked.size(); r++) {
            PrincipalRule rule = ranked.get(r);
            if (rule.matches(type, header)) {
                if (!rule.headers().isEmpty()) {
                    return r;
                }
                any = Math.min(any, r);
            }
        }
        return any;
    }

    /**
     * The first candidate coded from a stated reason for the encounter (a Z code, never a barred one) that
     * leads: stated in an ENCOUNTER_FIRST rule's section, or introduced as the reason by a reason cue ("she comes
     * for a screening colonoscopy": {@code answers}), or any when the chosen diagnosis is not in one of the
     * rule's diagnostic statements (diagnoses, assessment, impression); -1 if none. Only a reason the patient's own, present and certain, counts.
     * A reason of the rule's codes (a venous port taken out) is the procedure itself: named in a procedure section
     * or as an item of the rule's diagnostic statements (a pacemaker battery at its end of life, for its exchange), it
     * leads too, unless the note codes a complication of the device (the rule's unlessCodes), which is then what
     * the procedure was for (I.C.21.c.7).
     */
    private int encounterReason(Document doc, List<CodeCandidate> list, boolean diagnosisInStatement,
                                EncounterEvidence.Reasons answers) {
        if (encounterRule == null) {
            return -1;
        }
        boolean complication = !encounterRule.unlessCodes().isEmpty()
                && list.stream().anyMatch(c -> CodePattern.anyCovers(encounterRule.unlessCodes(), c.code()));
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (barred(c) != null) {
                continue;
            }
            boolean procedureItself = !complication && CodePattern.anyCovers(encounterRule.codes(), c.code());
            for (int m : c.mentions()) {
                Mention mention = doc.mentions().get(m);
                boolean stated = mention.terms().stream().anyMatch(t -> t.source() == TermSource.ENCOUNTER_REASON)
                        && doc.assertionOf(m).presentForPatient();
                if (stated && (!diagnosisInStatement || encounterRule.sections().contains(doc.sectionTypeOf(m))
                        || procedureItself && (doc.sectionTypeOf(m) == SectionType.PROCEDURE
                                || inStatement(doc, m, encounterStatements))
                        || inReasonStatement(doc, m) || answers.answers(Code.categoryOf(c.code())))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The best-placed candidate, documented as certain and neither ruled out by a study nor told only as history,
     * that a PROCEDURE_REASON rule's codes cover, when one of the rule's sections names its procedure; -1 if none.
     * The sections are searched only once a covered candidate exists.
     */
    private static int treatedCondition(Document doc, List<CodeCandidate> list, Place[] places, PrincipalRule r) {
        int found = -1;
        for (int i = 0; i < list.size(); i++) {
            if (places[i] != null && (places[i].tier() == 0 || places[i].tier() == 2)
                    && CodePattern.anyCovers(r.codes(), list.get(i).code()) && documentedAsCertain(doc, list.get(i))
                    && (found < 0 || places[i].compareTo(places[found]) < 0)) {
                found = i;
            }
        }
        if (found < 0) {
            return -1;
        }
        for (Section s : doc.sections()) {
            if (r.sections().contains(s.type())
                    && r.pattern().matcher(doc.text()).region(s.span().start(), s.span().end()).find()) {
                return found;
            }
        }
        return -1;
    }

    /**
     * A candidate of the PROCEDURE_REASON rule's codes, documented as certain and placed in the same statement as the
     * chosen one (another candidate), when the rule's procedure is the first the note's procedure line names: the
     * opening words of the first section of the rule's sections whose header names a procedure or an operation
     * ("OPERATION: Laser cystolithalopaxy"; "PROCEDURES: Orchiopexy and hernia repair" names the hernia repair
     * second); -1 if none. A chosen diagnosis that the preoperative diagnosis (the encounter rule's reason statements)
     * does not name while it names another is what the operation found instead of what it was planned for (an
     * appendectomy for a presumed appendicitis that finds a pelvic inflammatory disease): the list keeps its order.
     * A chosen diagnosis that answers the stated reason for the encounter ("admitted for treatment of her
     * hyperglycemia", the operation done later in the stay) keeps its place before one that does not.
     * The procedure line is read only once such a candidate exists.
     */
    private int firstProcedureTreats(Document doc, List<CodeCandidate> list, Place[] places, int best,
                                            PrincipalRule r) {
        Place chosen = places[best];
        int found = -1;
        for (int i = 0; i < list.size(); i++) {
            if (i != best && places[i] != null && places[i].inStatement() && places[i].tier() == chosen.tier()
                    && places[i].rank() == chosen.rank() && CodePattern.anyCovers(r.codes(), list.get(i).code())
                    && documentedAsCertain(doc, list.get(i)) && (found < 0 || places[i].compareTo(places[found]) < 0)) {
                found = i;
            }
        }
        if (found < 0 || CodePattern.anyCovers(r.codes(), list.get(best).code()) || foundInstead(doc, list, best)
                || chosen.answers() && !places[found].answers()) {
            return -1;
        }
        for (Section s : doc.sections()) {
            if (!r.sections().contains(s.type())) {
                continue;
            }
            String header = doc.text().substring(s.header().start(), s.header().end()).toLowerCase(Locale.ROOT);
            if (!header.contains("procedure") && !header.contains("operation")) {
                continue;
            }
            Matcher m = r.pattern().matcher(doc.text()).region(s.header().end(), s.span().end());
            return m.find() && PROCEDURE_LINE_OPENING.matcher(doc.text().substring(s.header().end(), m.start())).matches()
                    ? found : -1;
        }
        return -1;
    }

    /** True if the preoperative statement names coded conditions but not the chosen one. */
    private boolean foundInstead(Document doc, List<CodeCandidate> list, int best) {
        if (reasonStatements.isEmpty() || list.get(best).mentions().stream().anyMatch(m -> inReasonStatement(doc, m))) {
            return false;
        }
        return list.stream().anyMatch(c -> c.mentions().stream().anyMatch(m -> inReasonStatement(doc, m)));
    }

    /**
     * The words a procedure line may write before its first procedure: punctuation, a list number and at most four
     * words (a side, an approach, an instrument: "1. Right open", "Holmium laser"), none of them "and".
     */
    private static final Pattern PROCEDURE_LINE_OPENING = Pattern.compile(
            "[\\s,:;.-]*(?:\\d[.)]\\s*)?(?:(?!and\\b)[a-z]+[\\s-]+){0,4}", Pattern.CASE_INSENSITIVE);

    /**
     * The best-placed candidate, established (tier 0) and of the STUDY_REASON rule's codes, with a mention in one of its
     * sections (the indication) that states it as certain and present for the patient; -1 if none.
     */
    private static int studyReason(Document doc, List<CodeCandidate> list, Place[] places, PrincipalRule r) {
        int found = -1;
        for (int i = 0; i < list.size(); i++) {
            if (places[i] != null && places[i].tier() == 0 && CodePattern.anyCovers(r.codes(), list.get(i).code())
                    && (found < 0 || places[i].compareTo(places[found]) < 0) && statesStudyReason(doc, list.get(i), r)) {
                found = i;
            }
        }
        return found;
    }

    /** True if one of the STUDY_REASON rule's sections (the indication) states the candidate as certain and present. */
    private static boolean statesStudyReason(Document doc, CodeCandidate c, PrincipalRule r) {
        for (int m : c.mentions()) {
            if (r.sections().contains(doc.sectionTypeOf(m)) && doc.assertionOf(m).presentForPatient()) {
                return true;
            }
        }
        return false;
    }

    /** True if the mention lies in a statement the encounter rule reads as stating the reason (preoperative diagnosis). */
    private boolean inReasonStatement(Document doc, int m) {
        return inStatement(doc, m, reasonStatements);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String why(Place p, List<PrincipalRule> ranked) {
        if (!p.inStatement()) {
            return "the best-supported diagnosis (no diagnostic statement)";
        }
        String statement = ranked.get(p.rank()).label();
        return p.answers() ? "documented in the " + statement + " and answers the reason for the encounter"
                : "first diagnosis of the " + statement + " statement";
    }

    /**
     * A condition documented only in the sections of a HISTORY_LAST rule (past medical and surgical history), or
     * elsewhere only as history ("with a history of coronary disease, presented after a syncope"): not the reason
     * for this encounter while a condition documented in its present exists (IV.G, IV.J). A chronic condition so
     * told is still coded, as a coexisting condition, after it.
     */
    private boolean historyOnly(Document doc, CodeCandidate c) {
        if (historyLast == null || c.mentions().isEmpty()) {
            return false;
        }
        for (int m : c.mentions()) {
            if (!historyLast.sections().contains(doc.sectionTypeOf(m))
                    && !(doc.assertionOf(m).historical() && !inStatement(doc, m, historyStatements))) {
                return false;
            }
        }
        return true;
    }

    /** True if the mention lies in a section one of the statements names. */
    private static boolean inStatement(Document doc, int m, List<PrincipalRule> statements) {
        Section section = doc.sections().get(doc.sentences().get(doc.mentions().get(m).sentenceIndex()).sectionIndex());
        String header = doc.text().substring(section.header().start(), section.header().end());
        for (PrincipalRule r : statements) {
            if (r.matches(section.type(), header)) {
                return true;
            }
        }
        return false;
    }

    private static boolean documentedAsCertain(Document doc, CodeCandidate c) {
        return c.mentions().stream().anyMatch(m -> !doc.assertionOf(m).uncertain());
    }

    /**
     * True if a reason section states diagnoses (not symptoms) beside the symptom and every one is a listed chronic
     * condition: the reasons tell a symptom beside the patient's standing conditions. A reason that states the
     * symptom alone leaves the order to the other rules.
     */
    private boolean onlyChronicBeside(Document doc, List<CodeCandidate> list, CodeCandidate symptom,
                                      List<SectionType> reasonSections) {
        boolean beside = false;
        for (CodeCandidate c : list) {
            if (c == symptom || isSymptom(c) || reasonMention(doc, c, reasonSections) < 0) {
                continue;
            }
            if (chronic.stream().noneMatch(c.code()::startsWith)) {
                return false;
            }
            beside = true;
        }
        return beside;
    }

    /**
     * True if another candidate present for the patient is a diagnosis the symptom is routinely part of (abdominal
     * pain with a pancreatitis, integral-symptom rules; a rule of one body site only where the sites agree): that
     * diagnosis explains the symptom and stays the reason, wherever the note states it (IV.D).
     */
    private boolean explainedBeside(Document doc, List<CodeCandidate> list, CodeCandidate symptom) {
        for (CodeCandidate c : list) {
            if (c != symptom && integral.explains(symptom.code(), c.code())
                    && c.mentions().stream().anyMatch(m -> doc.assertionOf(m).presentForPatient())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first mention of the candidate, present for the patient, in a reason section; -1 when none states it.
     */
    private static int reasonMention(Document doc, CodeCandidate c, List<SectionType> reasonSections) {
        int first = -1;
        for (int m : c.mentions()) {
            if (reasonSections.contains(doc.sectionTypeOf(m)) && doc.assertionOf(m).presentForPatient()
                    && (first < 0 || doc.mentions().get(m).span().start() < doc.mentions().get(first).span().start())) {
                first = m;
            }
        }
        return first;
    }

    /**
     * True if a reason section names a known disease a study rule of the setting puts first (a coronary disease, a
     * neoplasm the study evaluates, IV.K): a symptom listed beside it does not take its place.
     */
    private boolean statesStudiedDisease(Document doc, List<CodeCandidate> list, List<SectionType> reasonSections,
                                         CareSetting setting) {
        for (PrincipalRule r : studyReasons) {
            if (r.setting() != setting) {
                continue;
            }
            for (CodeCandidate c : list) {
                if (CodePattern.anyCovers(r.codes(), c.code())
                        && c.mentions().stream().anyMatch(m -> reasonSections.contains(doc.sectionTypeOf(m)))) {
                    // the study the rule names, read in the note's text only once a disease it evaluates is stated
                    if (r.pattern() == null || r.pattern().matcher(doc.text()).find()) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * The candidate of the rule's related codes placed in the same statement as the symptom at {@code symptom}, no
     * symptom itself, established there (tier 0) and documented as certain; the best placed of them, or -1.
     */
    private int relatedInStatement(Document doc, List<CodeCandidate> list, Place[] places, int symptom,
                                   PrincipalRule rule) {
        int found = -1;
        for (int i = 0; i < list.size(); i++) {
            if (i == symptom || places[i] == null || places[i].tier() != 0 || !places[i].inStatement()
                    || places[i].rank() != places[symptom].rank() || isSymptom(list.get(i))
                    || !CodePattern.anyCovers(rule.related(), list.get(i).code())
                    || !documentedAsCertain(doc, list.get(i))) {
                continue;
            }
            if (found < 0 || places[i].compareTo(places[found]) < 0) {
                found = i;
            }
        }
        return found;
    }

    private boolean isSymptom(CodeCandidate c) {
        return rules.stream().anyMatch(r -> r.kind() == PrincipalRule.Kind.SYMPTOM
                && CodePattern.anyCovers(r.codes(), c.code()));
    }

    /**
     * A symptom code not documented in a final-diagnosis section: it comes after any diagnosis. In a note whose
     * diagnostic statement (the rule's sections) codes no diagnosis, a symptom stated as the reason for the encounter (the
     * rule's reason sections: chief complaint, indication) keeps its place: no diagnosis was established, and
     * the symptom is what the visit is for (IV.D), not the chronic conditions the history tells.
     */
    private boolean trailingSymptom(Document doc, CodeCandidate c) {
        for (PrincipalRule r : rules) {
            if (r.kind() == PrincipalRule.Kind.SYMPTOM && CodePattern.anyCovers(r.codes(), c.code())) {
                if (c.mentions().stream().anyMatch(m -> r.sections().contains(doc.sectionTypeOf(m)))) {
                    return false;
                }
                return !(c.mentions().stream().anyMatch(m -> r.reasonSections().contains(doc.sectionTypeOf(m)))
                        && nothingStated(doc, r.sections()));
            }
        }
        return false;
    }

    /**
     * True if the note's diagnostic statement (sections of these types) codes no condition that may be listed
     * first: there is none, or it names its diagnosis only as uncertain ("likely migraine", not coded for an
     * outpatient, IV.H) or negated, or only history and status. No diagnosis was established, and the symptom
     * that brought the patient in is what the visit is for (IV.D).
     */
    private boolean nothingStated(Document doc, List<SectionType> types) {
        for (CodeCandidate other : doc.candidates()) {
            if (barred(other) == null
                    && other.mentions().stream().anyMatch(m -> types.contains(doc.sectionTypeOf(m)))) {
                return false;
            }
        }
        return true;
    }

    /** The rule that keeps a code from being first, or null. Manifestation codes are barred by the Tabular. */
    private PrincipalRule barred(CodeCandidate c) {
        return barredByCode.computeIfAbsent(c.code(), k -> Optional.ofNullable(findBar(c))).orElse(null);
    }

    /** {@link #barred} per code: it reads only the code, so each is worked out once (codes are a closed set). */
    private final ConcurrentHashMap<String, Optional<PrincipalRule>> barredByCode =
            new ConcurrentHashMap<>();

    private PrincipalRule findBar(CodeCandidate c) {
        for (PrincipalRule r : rules) {
            if (r.kind() == PrincipalRule.Kind.NEVER_FIRST && CodePattern.anyCovers(r.codes(), c.code())) {
                return r;
            }
        }
        boolean manifestation = codeSet.get(c.code()).map(code -> code.title().toLowerCase(Locale.ROOT)
                .contains("in diseases classified elsewhere")).orElse(false);
        return manifestation ? new PrincipalRule("manifestation-never-first", PrincipalRule.Kind.NEVER_FIRST,
                "I.A.13", List.of(CodePattern.parse(c.code())), null, List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, false, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()) : null;
    }
}
