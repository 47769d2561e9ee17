package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.assertion.AssertionDetector;
import org.opencac.engine.assertion.AssertionStatus;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.lexicon.Term;

/**
 * Assertion policy: what a mention's assertion means for coding. Negated and hypothetical mentions are
 * not coded; history codes and relatives' conditions go to {@link HistoryMapping}; an uncertain diagnosis
 * is coded as established for inpatients only (Guidelines II.H, III.C), never when the provider leans against it
 * ("unlikely", "doubtful": {@code leaning_against_cues.txt}), never when it is a past condition only
 * suspected (neither a current diagnosis nor a documented history), and only from the final diagnostic
 * statement when the note has one ({@code final_statement_sections.txt}: an uncertain condition of the HPI or
 * the course that the impression or discharge diagnoses do not carry was not confirmed); a mention historical only
 * because it is in a past-history list is not coded from there unless it is a chronic condition that
 * persists ({@code chronic_conditions.tsv}); another past condition goes to
 * {@link HistoryMapping}.
 */
public final class AssertionPolicy {
    public static final String FINAL_STATEMENT = "/org/opencac/engine/coding/final_statement_sections.txt";

    private final HistoryMapping history;
    private final Set<SectionType> finalStatement;

    public AssertionPolicy(HistoryMapping history) {
        this(history, finalStatementSections());
    }

    /** @param finalStatement the sections that hold the provider's final diagnostic statement */
    public AssertionPolicy(HistoryMapping history, Set<SectionType> finalStatement) {
        this.history = history;
        this.finalStatement = Set.copyOf(finalStatement);
    }

    /** The sections of {@code final_statement_sections.txt}; an id that is not a section type fails at load. */
    public static Set<SectionType> finalStatementSections() {
        Set<SectionType> out = EnumSet.noneOf(SectionType.class);
        for (String id : DataFiles.lines(FINAL_STATEMENT)) {
            try {
                out.add(SectionType.fromId(id));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(FINAL_STATEMENT + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** True if the note has a final diagnostic statement (one of the sections, with a sentence in it). */
    boolean hasFinalStatement(Document doc) {
        return hasFinalStatement(doc, finalStatement);
    }

    /** True if the note has a sentence in one of the sections of the final diagnostic statement. */
    static boolean hasFinalStatement(Document doc, Set<SectionType> finalStatement) {
        for (Sentence s : doc.sentences()) {
            if (finalStatement.contains(doc.sectionOf(s).type())) {
                return true;
            }
        }
        return false;
    }

    /** The cue id of a mention read as past because the final diagnostic statement calls its condition past. */
    public static final String STATEMENT_HISTORY_CUE = "statement_history";
    public static final String STATEMENT_PAST = "/org/opencac/engine/coding/statement_past_cues.txt";
    /** The historical cue rules that date a condition of the statement to a past episode ({@code statement_past_cues.txt}). */
    private static final Set<String> STATEMENT_PAST_CUES = Set.copyOf(DataFiles.lines(STATEMENT_PAST));

    /**
     * The categories of the conditions the final diagnostic statement names only as past ("history of previous
     * bladder carcinoma"), by the category of each mention's best term: none the statement also names as current.
     */
    Set<String> pastInStatement(Document doc) {
        Set<String> past = new HashSet<>();
        Set<String> current = new HashSet<>();
        for (int m = 0; m < doc.mentions().size(); m++) {
            var mention = doc.mentions().get(m);
            if (mention.terms().isEmpty()
                    || !finalStatement.contains(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type())) {
                continue;
            }
            Assertion a = doc.assertionOf(m);
            String category = Code.categoryOf(TermChoice.best(mention.terms()).code());
            if (a.experiencer() != Experiencer.PATIENT || a.negated() || a.hypothetical() || a.uncertain()) {
                continue;
            }
            if (!a.historical()) {
                current.add(category);
            } else if (a.cues().stream().anyMatch(STATEMENT_PAST_CUES::contains)) {
                past.add(category);
            }
        }
        past.removeAll(current);
        return past;
    }

    /** The cue id of an acute event read as past because a list of standing conditions names it ({@link #oldEventInList}). */
    public static final String OLD_EVENT_IN_LIST_CUE = "old_event_in_list";
    private static final List<String> OLD_EVENTS =
            HistoryMapping.readPrefixes("/org/opencac/engine/coding/old_event_in_list.tsv");
    private static final Set<String> ACUTE_WORDS =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/coding/old_event_acute_words.txt"));
    /** Therapies the patient stays on, counted as standing conditions of a list ({@link #oldEventInList}). */
    private static final List<String> STANDING_THERAPIES =
            HistoryMapping.readPrefixes("/org/opencac/engine/coding/standing_therapies.tsv");

    /**
     * The mention's assertion, read as past when it names a time-bound acute event ({@code old_event_in_list.tsv}:
     * a myocardial infarction) in a list of the patient's standing conditions: its sentence names at least two
     * chronic conditions or long-term therapies ({@code standing_therapies.tsv}) and no word of acute context (no
     * "acute", "NSTEMI", date, admission). Such a list ("Axis III: hypertension, osteoporosis, MI"; "on warfarin for
     * atrial fibrillation and stroke") tells the conditions the patient lives with, so the event is an old one
     * (Guidelines I.C.9.e: older than 4 weeks, I25.2; I.C.9.d.3: a stroke without deficit, Z86.73).
     */
    Assertion oldEventInList(Document doc, int m, Term term, Assertion a) {
        if (a.status() != AssertionStatus.PRESENT || a.experiencer() != Experiencer.PATIENT
                || OLD_EVENTS.stream().noneMatch(term.code()::startsWith)) {
            return a;
        }
        var mention = doc.mentions().get(m);
        if (inAcuteContext(doc, mention.sentenceIndex())) {
            return a;
        }
        int chronic = 0;
        for (int o = 0; o < doc.mentions().size() && chronic < 2; o++) {
            var other = doc.mentions().get(o);
            if (o != m && other.sentenceIndex() == mention.sentenceIndex() && !other.terms().isEmpty()
                    && standing(TermChoice.best(other.terms()).code())) {
                chronic++;
            }
        }
        if (chronic < 2) {
            return a;
        }
        List<String> cues = new ArrayList<>(a.cues());
        cues.add(OLD_EVENT_IN_LIST_CUE);
        return new Assertion(m, false, false, false, true, a.experiencer(), cues);
    }

    /** Whether the code is a standing condition of a list: a chronic condition or a long-term therapy. */
    private boolean standing(String code) {
        return history.isListedChronic(code) || STANDING_THERAPIES.stream().anyMatch(code::startsWith);
    }

    /** True if the sentence has a word of acute context ({@code old_event_acute_words.txt}) or a date. */
    private static boolean inAcuteContext(Document doc, int sentenceIndex) {
        Sentence s = doc.sentences().get(sentenceIndex);
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            String w = doc.tokens().get(t).text();
            if (ACUTE_WORDS.contains(w.toLowerCase(Locale.ROOT)) || w.indexOf('/') >= 0 && w.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cue id of an acute event read as past because the note tells that event only as a past one
     * ({@link #oldEventToldAsPast}).
     */
    public static final String OLD_EVENT_TOLD_AS_PAST_CUE = "old_event_told_as_past";

    /**
     * True if the note tells a time-bound acute event of {@code old_event_in_list.tsv} (a myocardial infarction) as
     * the patient's past ("status post myocardial infarction in 2009", a past history list) and never as one of
     * this episode: no mention of it in the final diagnostic statement as current, none in a sentence of acute
     * context ({@code old_event_acute_words.txt}, a date). Its other mentions then refer to that past event.
     */
    boolean oldEventToldAsPast(Document doc) {
        boolean past = false;
        for (int m = 0; m < doc.mentions().size(); m++) {
            var mention = doc.mentions().get(m);
            if (mention.terms().isEmpty()) {
                continue;
            }
            String code = TermChoice.best(mention.terms()).code();
            if (OLD_EVENTS.stream().noneMatch(code::startsWith)) {
                continue;
            }
            Assertion a = doc.assertionOf(m);
            if (a.experiencer() != Experiencer.PATIENT || a.negated() || a.hypothetical()) {
                continue;
            }
            if (a.historical()) {
                past = true;
            } else if (finalStatement.contains(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type())
                    || inAcuteContext(doc, mention.sentenceIndex())) {
                return false;
            }
        }
        return past;
    }

    /**
     * The mention's assertion, read as past when it names a time-bound acute event ({@code old_event_in_list.tsv})
     * with no word of acute context in its sentence, in a note that tells that event only as past
     * ({@link #oldEventToldAsPast}): "the pain is unlike the pain of his infarction" after a history of a myocardial
     * infarction years ago refers to that old one (Guidelines I.C.9.e: older than 4 weeks, I25.2).
     */
    Assertion asThePastEvent(Document doc, int m, Term term, Assertion a,
                             boolean toldAsPast) {
        if (!toldAsPast || a.status() != AssertionStatus.PRESENT
                || a.experiencer() != Experiencer.PATIENT || OLD_EVENTS.stream().noneMatch(term.code()::startsWith)
                || inAcuteContext(doc, doc.mentions().get(m).sentenceIndex())) {
            return a;
        }
        List<String> cues = new ArrayList<>(a.cues());
        cues.add(OLD_EVENT_TOLD_AS_PAST_CUE);
        return new Assertion(m, false, false, false, true, a.experiencer(), cues);
    }

    /** The sections that state the reason for the encounter (chief complaint, a study's indication). */
    private static final Set<SectionType> REASON_SECTIONS = Set.of(SectionType.CHIEF_COMPLAINT, SectionType.INDICATION);

    /**
     * The mention's assertion as the final diagnostic statement reads it: a condition told as current outside the
     * statement ("he was treated for a bladder carcinoma") that the statement names only as past ("history of
     * bladder carcinoma") is past (Guidelines III and IV: the provider's diagnostic statement decides). A symptom
     * (chapter 18) that the chief complaint or a study's indication gives as the reason for the encounter stays
     * current although the statement says it resolved: it brought the patient in (Guidelines IV.D, IV.K: "chest
     * pain" as the indication of a stress test during which it came and resolved).
     */
    Assertion asTheStatementSays(Document doc, int m, Term term, Set<String> pastInStatement) {
        Assertion a = doc.assertionOf(m);
        if (pastInStatement.isEmpty() || a.status() != AssertionStatus.PRESENT
                || a.experiencer() != Experiencer.PATIENT || !pastInStatement.contains(Code.categoryOf(term.code()))) {
            return a;
        }
        var mention = doc.mentions().get(m);
        SectionType section = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type();
        if (finalStatement.contains(section) || (term.code().startsWith("R") && REASON_SECTIONS.contains(section))) {
            return a;
        }
        List<String> cues = new ArrayList<>(a.cues());
        cues.add(STATEMENT_HISTORY_CUE);
        return new Assertion(m, false, false, false, true, a.experiencer(), cues);
    }

    /** The cue id of a mention read as current because it resolved during the stay the note tells ({@link #asThisStay}). */
    public static final String RESOLVED_THIS_STAY_CUE = "resolved_this_stay";
    public static final String THIS_STAY = "/org/opencac/engine/coding/this_stay_phrases.txt";
    /** Phrases (lowercase words) that place what a sentence tells in the present stay ({@code this_stay_phrases.txt}). */
    private static final List<String> THIS_STAY_PHRASES = DataFiles.lines(THIS_STAY);
    /** Cue ids that tell a condition as over in its sentence ({@code stay_resolution_cues.txt}). */
    private static final Set<String> STAY_RESOLUTION_CUES =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/coding/stay_resolution_cues.txt"));

    /**
     * The mention's assertion, read as current when it is past only because it resolved ("resolved", "which
     * cleared": {@code stay_resolution_cues.txt}) and its sentence places it in the present stay ("her postoperative
     * course was prolonged by an ileus, which resolved": {@code this_stay_phrases.txt}). A condition that arose and
     * was treated in this episode is a diagnosis of the episode (Guidelines III: it required treatment and
     * lengthened the stay), not a personal history (I.C.21.c.4: a condition that no longer exists and is not
     * receiving treatment). A mention of a past-history section keeps its history.
     */
    Assertion asThisStay(Document doc, int m, Assertion a) {
        if (!a.historical() || a.negated() || a.uncertain() || a.hypothetical() || a.experiencer() != Experiencer.PATIENT
                || a.cues().isEmpty() || !a.cues().stream().allMatch(STAY_RESOLUTION_CUES::contains)
                || !namesThisStay(doc, doc.mentions().get(m).sentenceIndex())) {
            return a;
        }
        List<String> cues = new ArrayList<>(a.cues());
        cues.add(RESOLVED_THIS_STAY_CUE);
        return new Assertion(m, false, false, false, false, a.experiencer(), cues);
    }

    /** True if the sentence's words hold a phrase of the present stay (a hyphen joins its two words). */
    private static boolean namesThisStay(Document doc, int sentenceIndex) {
        Sentence s = doc.sentences().get(sentenceIndex);
        String words = Clauses.words(doc.tokens(), s.firstToken(), s.endToken()).toLowerCase(Locale.ROOT);
        String text = (" " + words + " ").replace(" - ", "-");
        return THIS_STAY_PHRASES.stream().anyMatch(p -> text.contains(" " + p + " "));
    }

    public static final String LEANING_AGAINST = "/org/opencac/engine/coding/leaning_against_cues.txt";
    /** The uncertain cue rules by which the provider leans against a diagnosis ({@code leaning_against_cues.txt}). */
    private static final Set<String> LEANING_AGAINST_CUES = Set.copyOf(DataFiles.lines(LEANING_AGAINST));

    /** True if the mention is uncertain because the provider leans against it ("pneumonia is unlikely"). */
    static boolean judgedUnlikely(Assertion a) {
        return a.uncertain() && a.cues().stream().anyMatch(LEANING_AGAINST_CUES::contains);
    }

    /** The code to report for a mention in a note without a final diagnostic statement. */
    Code apply(CareSetting setting, int m, Assertion a, Code code, List<String> why, List<MentionDecision> decisions) {
        return apply(setting, false, SectionType.UNKNOWN, m, a, code, false, false, why, decisions);
    }

    /**
     * The code to report for a mention, or null for none (with the mention's decision added).
     *
     * @param noteHasFinalStatement whether the note has a final diagnostic statement ({@link #hasFinalStatement})
     * @param section               the section of the mention
     * @param saidChronic           whether the note calls the condition chronic ("a history of chronic
     *                              diarrhea"): said in the past, it persists like a code whose title says so
     * @param toldPresent           whether the note tells the condition in the present tense ("she has gout",
     *                              {@link PresentTense}): listed under a past history, it is one the patient has now
     */
    Code apply(CareSetting setting, boolean noteHasFinalStatement, SectionType section, int m, Assertion a, Code code,
               boolean saidChronic, boolean toldPresent, List<String> why, List<MentionDecision> decisions) {
        if (a.negated()) {
            decisions.add(new MentionDecision(m, NotCodedReason.NEGATED, cues(a)));
            return null;
        }
        if (a.hypothetical()) {
            decisions.add(new MentionDecision(m, NotCodedReason.HYPOTHETICAL, cues(a)));
            return null;
        }
        if (history.isRelativeOrNamedHistory(a, code)) {
            return history.mapRelativeOrNamed(m, a, code, why, decisions);
        }
        if (judgedUnlikely(a)) {
            // Guidelines II.H codes as established what the provider leans toward (probable, suspected, likely);
            // a diagnosis judged unlikely or doubtful is closer to ruled out, so no setting codes it.
            decisions.add(new MentionDecision(m, NotCodedReason.UNLIKELY, cues(a)));
            return null;
        }
        if (a.uncertain()) {
            if (a.historical() && a.cues().stream().noneMatch(AssertionDetector::isSectionCue)) {
                // Guidelines II.H codes the uncertain diagnosis at discharge, a current condition; a past
                // condition only suspected ("may have had strokes before", "unknown whether he has a history
                // of diabetes") is neither a current diagnosis nor a documented history.
                decisions.add(new MentionDecision(m, NotCodedReason.UNCERTAIN,
                        cues(a) + "; a past condition that is only suspected"));
                return null;
            }
            if (setting == CareSetting.OUTPATIENT) {
                decisions.add(new MentionDecision(m, NotCodedReason.UNCERTAIN, cues(a)));
                return null;
            }
            if (noteHasFinalStatement && !finalStatement.contains(section)) {
                // Guidelines II.H: the uncertain diagnosis documented at discharge (the final statement) is
                // coded; one raised in the narrative and not carried there was not confirmed.
                decisions.add(new MentionDecision(m, NotCodedReason.UNCERTAIN,
                        cues(a) + "; not in the final diagnostic statement"));
                return null;
            }
            why.add("Uncertain diagnosis coded as if established: inpatient setting (Guidelines II.H, III.C)");
        }
        if (a.historical()) {
            if (sectionOnlyHistory(a)) {
                if (history.goesOnAs(code).isPresent()) {
                    // A past episode listed in the past history leaves a condition the patient lives with, which
                    // has its own code (an old myocardial infarction, I25.2; Guidelines I.C.9.e.4): reported as the
                    // chronic conditions of the list are.
                    return history.mapPastCondition(m, a, code, saidChronic, why, decisions);
                }
                if (saidChronic || history.isChronic(code)) {
                    // A chronic condition that persists (hypertension, diabetes, COPD ...) is still present
                    // when listed under past history, unless documented as resolved (a cue, not the list).
                    why.add("Chronic condition listed in the past history: it persists, so it is coded as"
                            + " current (Guidelines I.C.21.c.4, III.B)");
                    return code;
                }
                if (toldPresent) {
                    // "has gallstones" among old operations: the section lists it, the verb says it exists now
                    why.add("Condition told in the present tense in the past history: the patient has it now, so it"
                            + " is coded as current (Guidelines III.B, IV.J)");
                    return code;
                }
                // A past-history list: other conditions there are coded only when the visit addresses them
                // (documented again elsewhere in the note), which gives them their own mention.
                decisions.add(new MentionDecision(m, NotCodedReason.HISTORY_LIST_ONLY, code.code(), code.code()));
                return null;
            }
            return history.mapPastCondition(m, a, code, saidChronic, why, decisions);
        }
        return code;
    }

    /**
     * The decision about a finding that codes nothing ({@link org.opencac.engine.mention.Mention#isFinding}): its assertion when that
     * keeps it from being the patient's current condition, else the missing detail. A finding has no code, so no
     * history code either: its decision relates to no code (a relative's or past finding is family_no_code or
     * history_no_code with no related code, where a coded condition's decision names its code).
     */
    static MentionDecision finding(int m, Assertion a) {
        NotCodedReason reason = a.negated() ? NotCodedReason.NEGATED
                : a.hypothetical() ? NotCodedReason.HYPOTHETICAL
                : a.experiencer() == Experiencer.FAMILY ? NotCodedReason.FAMILY_NO_CODE
                : judgedUnlikely(a) ? NotCodedReason.UNLIKELY
                : a.uncertain() ? NotCodedReason.UNCERTAIN
                : a.historical() ? NotCodedReason.HISTORY_NO_CODE
                : NotCodedReason.FINDING;
        return new MentionDecision(m, reason, reason == NotCodedReason.FINDING ? "" : cues(a), null);
    }

    /** True if the only reason a mention is historical is the section it is in (a past history list). */
    static boolean sectionOnlyHistory(Assertion a) {
        return a.cues().stream().allMatch(AssertionDetector::isSectionCue);
    }

    /** The cue rules that fired for a mention, for a decision's detail. */
    static String cues(Assertion a) {
        return String.join(", ", a.cues());
    }
}
