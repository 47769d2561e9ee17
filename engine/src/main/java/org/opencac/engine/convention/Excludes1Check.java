package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.TermChoice;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.engine.section.SectionType;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.lexicon.TermNormalizer;
import org.opencac.models.lexicon.TermSource;

/**
 * Excludes1 ("NOT CODED HERE"): two codes whose Tabular notes exclude each other are never reported
 * together. Candidates arrive best first, so the better-supported code is kept and the other is
 * removed, with the note that removed it in the kept code's rationale; but when the provider's diagnostic
 * statement (diagnoses, assessment, impression) or the stated reason for the encounter names the other first,
 * that condition is kept. A code whose Includes note (at its code or category) names the other reports both
 * conditions and is kept first: hypertensive heart disease (I11) includes the cardiomegaly (I51.7) it excludes.
 * Of two codes equally supported, the one the note describes in more words is kept. Of a sign or symptom (Chapter 18)
 * and a definitive diagnosis, the diagnosis is kept: the symptom is integral to it (I.B.4-5); unless only the symptom
 * is stated (diagnostic statement, reason for the encounter). Of a status code
 * ({@code excludes1_status_codes.txt}) and a current condition its own note sends elsewhere ("male infertility
 * (N46.-)" at Z98.5), the condition is kept (I.C.21.c.3). Of a class default (same_condition.json classDefaults:
 * "kidney disease" N28.9) and a condition of its class the note names (a chronic kidney disease N18.9, a
 * glomerulonephritis N05.9), the named condition is kept: the default names it in general words.
 */
public final class Excludes1Check implements Stage {
    private static final Set<SectionType> STATEMENTS = EnumSet.of(SectionType.DIAGNOSES,
            SectionType.ASSESSMENT_PLAN, SectionType.IMPRESSION);
    private final CodeSet codeSet;
    private final ListedConditionWords listed = ListedConditionWords.bundled();
    /** Status categories whose Excludes1 notes send a current condition to its own code. */
    static final String STATUS_FILE = "/org/opencac/engine/convention/excludes1_status_codes.txt";
    private static final List<CodePattern> STATUS =
            CodePattern.parseAll(DataFiles.lines(STATUS_FILE));

    /** The class defaults of same_condition.json ("kidney disease" N28.9 and the kidney diseases it names), or null. */
    private final SameConditionCheck classes;

    public Excludes1Check(CodeSet codeSet) {
        this(codeSet, null);
    }

    /**
     * @param classes the check whose class defaults tell a default that names another code's condition in general
     *                words ("deterioration of renal function" N28.9 beside a chronic kidney disease N18.9); null for
     *                none
     */
    public Excludes1Check(CodeSet codeSet, SameConditionCheck classes) {
        this.codeSet = codeSet;
        this.classes = classes;
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> kept = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        // each code's Excludes1 notes read once, not once per pair of candidates
        Map<String, List<InstructionalNote>> notes = new HashMap<>();
        for (CodeCandidate c : doc.candidates()) {
            int conflict = -1;
            InstructionalNote note = null;
            boolean candidateNote = false;   // the note is at the candidate's code (it excludes the kept code)
            for (int k = 0; k < kept.size() && conflict < 0; k++) {
                note = excluding(doc, notes, kept.get(k), c);
                candidateNote = false;
                if (note == null) {
                    note = excluding(doc, notes, c, kept.get(k));
                    candidateNote = note != null;
                }
                if (note != null) {
                    conflict = k;
                }
            }
            if (conflict < 0) {
                kept.add(c);
                continue;
            }
            CodeCandidate winner = kept.get(conflict);
            boolean winnerIncludes = includes(winner.code(), c.code());
            int definitive = definitiveOverSymptom(c, winner);
            if (!winnerIncludes && !candidateNote && CodePattern.anyCovers(STATUS, winner.code())
                    && !CodePattern.anyCovers(STATUS, c.code())) {
                // the kept code is a status whose own note sends the candidate's condition to its code
                // ("male infertility (N46.-)" at Z98.5 sterilization status): the condition the patient has now is
                // reported with its own code, not as the status (I.A.12.a, I.C.21.c.3)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && candidateNote && CodePattern.anyCovers(STATUS, c.code())
                    && !CodePattern.anyCovers(STATUS, winner.code())) {
                // the candidate is the status whose note sends the kept condition away: the kept
                // condition stays, whatever the statement lists first (nothing to swap)
            } else if (!winnerIncludes && includes(c.code(), winner.code())) {
                // the code whose Includes note names the other is the code for both conditions (hypertensive
                // heart disease includes the cardiomegaly it excludes): it stays whatever the statement lists first
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && codesElsewhere(notes.get((candidateNote ? c : winner).code()), note)) {
                // the note says its condition is coded to the code it names ("localized pain, unspecified type -
                // code to pain by site, such as: abdomen pain (R10.-)" at R52): the named code reports the
                // condition and the code holding the note is not reported beside it, whatever came first
                if (!candidateNote) {
                    CodeCandidate loser = winner;
                    winner = c;
                    c = loser;
                }
            } else if (!winnerIncludes && classes != null && classes.namesClassOf(doc, winner, c.code())
                    && !excludedByAnotherKept(doc, notes, kept, conflict, c)) {
                // the kept code is a class default that names the candidate's condition in general words ("renal
                // disease NOS (N28.9)" beside the chronic kidney disease or glomerulonephritis the note names): the
                // named condition is reported, whatever the statement lists first (same_condition.json classDefaults)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && classes != null && classes.namesClassOf(doc, c, winner.code())) {
                // the candidate is the class default of the kept condition: the kept condition stays
            } else if (!winnerIncludes && !candidateNote && COMBINATION_NOTE.matcher(note.text()).find()
                    && (coversEveryMention(doc, c, winner) || namesCode(note.text(), c.code()))) {
                // the kept code's note sends its condition "with" another to the candidate's code (at Q35 "cleft
                // palate with cleft lip (Q37.-)"), and the candidate was read from one phrase holding every mention
                // the kept code was read from: the combination code reports both conditions (I.A.15); so too where
                // the note names the candidate's own full code as the combination's ("defibrillator with
                // synchronous cardiac pacemaker (Z95.810)" at Z95.0): that code reports both conditions
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && definitive != 0
                    && !symptomStatedAlone(doc, definitive > 0 ? winner : c, definitive > 0 ? c : winner)) {
                // a sign or symptom (Chapter 18) and a definitive diagnosis that one of the two notes keeps apart
                // ("jaundice NOS (R17)" at K70-K77): the symptom is integral to the diagnosis, which is reported
                // (I.B.4-5, I.C.18.b), whichever the ranker scored higher or the statement listed first; but a
                // symptom the statement or the reason for the encounter names while the diagnosis is told only in
                // the narrative (a past finding, a doubted one) is what the encounter established, and stays
                if (definitive > 0) {
                    // the diagnosis keeps its own place in the list (its own support), not the symptom's
                    List<String> why = new ArrayList<>(c.rationale());
                    why.add("Excludes1: " + winner.code() + " removed, not reported with " + c.code() + " (note at "
                            + note.sourceCode() + ": \"" + note.text() + "\")");
                    kept.remove(conflict);
                    kept.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why, c.alternatives()));
                    decisions.addAll(Candidates.dropped(winner, NotCodedReason.EXCLUDES1,
                            winner.code() + " not reported with " + c.code(), c.code()));
                    continue;
                }
            } else if (!winnerIncludes && superficial(winner.code()) && openWoundOfRegion(c.code(), winner.code())) {
                // a superficial injury (abrasion, contusion) and the open wound of the same body region its note
                // sends elsewhere: the more severe injury is reported, the superficial one is not (I.C.19.b.1)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (substancePatternRank(c.code(), winner.code()) > substancePatternRank(winner.code(), c.code())) {
                // use, abuse and dependence of one psychoactive substance: one code, by the hierarchy dependence >
                // abuse > use (Guidelines I.C.5.b.1), whichever the statement names first ("substance abuse" in
                // the assessment beside an addiction told in the narrative is reported as the dependence)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && candidateNote && NOS.matcher(note.text()).find()
                    && namesKeptCondition(doc, c, winner)) {
                // the candidate's note sends the condition "NOS" to the kept code ("senile dementia NOS (F03)" at
                // G30) and the candidate's own words name the kept code's condition ("dementia of Alzheimer type"):
                // the kept code is that condition told without the detail the candidate's code gives, so the
                // candidate's code reports it
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && !candidateNote
                    && formOfKeptConditionInItsItem(doc, c, winner, note.text())) {
                // the kept code's own note sends a form of its condition to the candidate ("aspiration pneumonia due
                // to solids and liquids (J69.-)" at J18) and the statement names both in one item, the candidate in
                // the words that set that form apart ("pneumonia with pneumonitis from aspiration"): one condition,
                // of the form the kept code does not report, so the candidate's code reports it (I.A.12.a)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && unspecifiedOfTheSameCondition(winner, c) && namesKeptCondition(doc, c, winner)) {
                // the kept code is the condition with its detail unspecified ("Sepsis, unspecified organism") and
                // the candidate's code the same condition with that detail, which the candidate's own words name
                // ("sepsis from pneumococcal disease"): one condition, coded to the highest specificity documented
                // (I.B.1), wherever in the note the detail is told
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && writesWithin(doc, c, winner)) {
                // every term the kept code was read from is written, word for word, inside a longer dictionary
                // term of the candidate ("monocular blindness" inside "episodic monocular blindness", amaurosis
                // fugax): the longer term names the same condition more fully, so its code reports it (I.A.9)
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && statementSentence(doc, c) < statementSentence(doc, winner)) {
                // the provider's diagnostic statement lists c first, as an item of its own (an earlier sentence):
                // it is the condition the statement names; within one phrase the better-supported code stays
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            } else if (!winnerIncludes && c.score() == winner.score()
                    && statementSentence(doc, c) == statementSentence(doc, winner)
                    && describedInWords(doc, c) > describedInWords(doc, winner)) {
                // equally supported: the code the note describes in more words is the fuller account of the
                // condition ("acute bronchitis" over "bronchitis"); the score leaves length out, as it orders
                // codes of different conditions, where a longer term is no likelier to be right
                CodeCandidate loser = winner;
                winner = c;
                c = loser;
            }
            List<String> why = new ArrayList<>(winner.rationale());
            why.add("Excludes1: " + c.code() + " removed, not reported with " + winner.code() + " (note at "
                    + note.sourceCode() + ": \"" + note.text() + "\")");
            kept.set(conflict, new CodeCandidate(winner.code(), winner.title(), winner.score(), winner.mentions(), why,
                    winner.alternatives()));
            decisions.addAll(Candidates.dropped(c, NotCodedReason.EXCLUDES1,
                    c.code() + " not reported with " + winner.code(), winner.code()));
        }
        return doc.withCandidates(kept).withDecisions(decisions);
    }

    /**
     * Whether a kept code other than the one at {@code conflict} and the candidate exclude each other: the candidate
     * cannot then take the conflicting code's place (only the first conflict of a candidate is weighed).
     */
    private boolean excludedByAnotherKept(Document doc, Map<String, List<InstructionalNote>> notes,
                                          List<CodeCandidate> kept, int conflict, CodeCandidate c) {
        for (int k = 0; k < kept.size(); k++) {
            if (k != conflict && (excluding(doc, notes, kept.get(k), c) != null
                    || excluding(doc, notes, c, kept.get(k)) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first sentence of the candidate in a diagnostic statement (diagnoses, assessment, impression) or in a
     * stated reason for the encounter, or MAX.
     */
    private static int statementSentence(Document doc, CodeCandidate c) {
        int best = Integer.MAX_VALUE;
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            SectionType type = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type();
            boolean reason = mention.terms().stream().anyMatch(t -> t.source() == TermSource.ENCOUNTER_REASON);
            if ((STATEMENTS.contains(type) || reason) && !doc.assertionOf(m).negated()) {
                best = Math.min(best, mention.sentenceIndex());
            }
        }
        return best;
    }

    /** Whether an instructional note names this full code in parentheses ("(Z95.810)"), not only its category. */
    static boolean namesCode(String noteText, String code) {
        return noteText.contains("(" + code + ")");
    }

    /** "code to": an instructional note sending its condition to the code it names. */
    private static final Pattern CODE_TO = Pattern.compile("\\bcode to\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the note, or the heading of the list it is an item of, says its condition is coded to the code it
     * names: "paralytic syndromes due to current spinal cord injury-code to spinal cord injury (S14, S24, S34)", or
     * an item under "localized pain, unspecified type - code to pain by site, such as:" (a heading names no code and
     * ends with a colon; the items after it, each naming a code, are its list).
     */
    static boolean codesElsewhere(List<InstructionalNote> holderNotes, InstructionalNote note) {
        if (CODE_TO.matcher(note.text()).find()) {
            return true;
        }
        for (int k = holderNotes.indexOf(note) - 1; k >= 0; k--) {
            InstructionalNote before = holderNotes.get(k);
            if (!before.sourceCode().equals(note.sourceCode())) {
                return false;
            }
            if (before.codeRefs().isEmpty()) {
                return before.text().strip().endsWith(":") && CODE_TO.matcher(before.text()).find();
            }
        }
        return false;
    }

    /** An Excludes1 note naming the excluded condition as combined with another ("cleft palate with cleft lip"). */
    private static final Pattern COMBINATION_NOTE = Pattern.compile("\\bwith\\b");

    /**
     * Whether every mention the shorter candidate was read from lies inside a longer mention of the other
     * candidate (by span): one phrase names both conditions ("cleft lip and cleft palate" holds "cleft palate").
     */
    static boolean coversEveryMention(Document doc, CodeCandidate longer, CodeCandidate shorter) {
        if (longer.mentions().isEmpty() || shorter.mentions().isEmpty()) {
            return false;
        }
        for (int m : shorter.mentions()) {
            var inner = doc.mentions().get(m).span();
            boolean inside = false;
            for (int l : longer.mentions()) {
                var outer = doc.mentions().get(l).span();
                inside |= !doc.assertionOf(l).negated() && outer.start() <= inner.start() && inner.end() <= outer.end()
                        && outer.end() - outer.start() > inner.end() - inner.start();
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if every mention of {@code shorter} is a dictionary term whose words all stand, in order and together,
     * inside a longer dictionary term of a mention of {@code longer}: the shorter terms are the longer one's
     * condition written without its qualifier.
     */
    private static boolean writesWithin(Document doc, CodeCandidate longer, CodeCandidate shorter) {
        List<List<String>> fuller = new ArrayList<>();
        for (int m : longer.mentions()) {
            if (lexiconTerm(doc, m) && !doc.assertionOf(m).negated()) {
                fuller.add(TermNormalizer.words(doc.mentions().get(m).text()));
            }
        }
        if (fuller.isEmpty() || shorter.mentions().isEmpty()) {
            return false;
        }
        for (int m : shorter.mentions()) {
            if (!lexiconTerm(doc, m)) {
                return false;
            }
            List<String> words = TermNormalizer.words(doc.mentions().get(m).text());
            boolean inside = false;
            for (List<String> f : fuller) {
                inside |= !words.isEmpty() && f.size() > words.size() && Collections.indexOfSubList(f, words) >= 0;
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the mention's best term is a phrase of the lexicon (a curated synonym, a Tabular title or inclusion
     * term) written as one run of words: not an Index path, whose words are gathered across a clause, nor an
     * injury or a neoplasm put together from a site the note names.
     */
    private static boolean lexiconTerm(Document doc, int m) {
        Mention mention = doc.mentions().get(m);
        if (mention.terms().isEmpty()) {
            return false;
        }
        TermSource source = TermChoice.best(mention.terms()).source();
        return source == TermSource.CURATED || source == TermSource.TITLE || source == TermSource.TITLE_CORE
                || source == TermSource.INCLUSION;
    }

    /**
     * The most words of one dictionary term matched for the candidate (a path of the Alphabetic Index counts one:
     * it gathers its words from across a clause, and its reach says nothing of the detail documented).
     */
    private static int describedInWords(Document doc, CodeCandidate c) {
        int most = 0;
        for (int m : c.mentions()) {
            Mention mention = doc.mentions().get(m);
            boolean path = !mention.terms().isEmpty()
                    && TermChoice.best(mention.terms()).source() == TermSource.ALPHABETIC_INDEX;
            most = Math.max(most, path ? 1 : mention.endToken() - mention.firstToken());
        }
        return most;
    }

    /**
     * True if an Includes note written at the code or its category (not a block's or chapter's) names the other
     * code: the code reports the other's condition too.
     */
    private boolean includes(String code, String other) {
        for (InstructionalNote n : codeSet.effectiveNotes(code, NoteType.INCLUDES)) {
            if (CodePattern.isCode(n.sourceCode()) && n.namesInWords(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the candidate and the kept code are named in one sentence of the diagnostic statement and the kept
     * code's note names a form of the kept condition by words written before the condition's word ("aspiration" of
     * "aspiration pneumonia due to ..." at "Pneumonia, unspecified organism"), every one of which a mention of the
     * candidate in that sentence writes: the candidate is the form of the kept condition the note sends away.
     */
    private static boolean formOfKeptConditionInItsItem(Document doc, CodeCandidate candidate, CodeCandidate kept,
                                                        String noteText) {
        String condition = conditionWord(kept);
        int sentence = statementSentence(doc, candidate);
        if (condition == null || sentence == Integer.MAX_VALUE || sentence != statementSentence(doc, kept)) {
            return false;
        }
        List<String> form = new ArrayList<>();
        for (String w : TitleWords.words(noteText)) {
            if (w.equals(condition)) {
                break;
            }
            form.add(w);
        }
        if (form.isEmpty() || form.size() == TitleWords.words(noteText).size()
                || form.stream().anyMatch(w -> w.length() < 4)) {
            return false;   // the note does not name the kept condition, or names it after a short word ("of")
        }
        for (int m : candidate.mentions()) {
            Mention mention = doc.mentions().get(m);
            if (mention.sentenceIndex() == sentence && TitleWords.words(mention.text()).containsAll(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if a mention of the specific candidate names the condition of the vague one's title, its first word
     * of five letters or more once the words of what is not documented are passed over ("dementia of Alzheimer
     * type" and "Unspecified dementia ..."; a shared site word, "lumbosacral", is not enough): both codes then
     * tell the one condition.
     */
    private static boolean namesKeptCondition(Document doc, CodeCandidate specific, CodeCandidate vague) {
        String condition = conditionWord(vague);
        if (condition == null) {
            return false;
        }
        for (int m : specific.mentions()) {
            if (TitleWords.words(doc.mentions().get(m).text()).contains(condition)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The condition a title names: its first word of five letters or more once the words of what is not
     * documented are passed over ("sepsis" of "Sepsis, unspecified organism"), or null.
     */
    private static String conditionWord(CodeCandidate c) {
        for (String w : TitleWords.words(TitleWords.withoutParentheses(c.title()))) {
            if (!UNDOCUMENTED.contains(w)) {
                return w.length() < 5 ? null : w;
            }
        }
        return null;
    }

    /**
     * Whether the vague code's title says a detail of its condition is unspecified ("Sepsis, unspecified
     * organism") and the specific code's title names that condition without saying so ("Sepsis due to
     * Streptococcus pneumoniae"): the same condition, told with and without its detail. Both are codes of a
     * condition (not a symptom nor a factor such as a personal history).
     */
    private static boolean unspecifiedOfTheSameCondition(CodeCandidate vague, CodeCandidate specific) {
        Set<String> vagueWords = TitleWords.words(vague.title());
        Set<String> specificWords = TitleWords.words(specific.title());
        String condition = conditionWord(vague);
        // a factor's code (a personal history, Z86.32) is no form of the condition, and a title "not otherwise
        // specified" (F99) tells no more detail than an unspecified one
        return condition != null && isDefinitive(vague.code()) && isDefinitive(specific.code())
                && vagueWords.contains("unspecified") && !specificWords.contains("unspecified")
                && !specificWords.contains("specified") && !specificWords.contains("nos")
                && specificWords.contains(condition);
    }

    /**
     * +1 if the candidate is a definitive diagnosis and the kept code a sign or symptom, -1 the reverse, else 0. Signs
     * and symptoms are Chapter 18 (R00-R99); a definitive diagnosis is a code of Chapters 1-17 or 19 (not a factor
     * of Chapter 21 or an external cause).
     */
    private static int definitiveOverSymptom(CodeCandidate candidate, CodeCandidate kept) {
        boolean candidateSymptom = isSymptom(candidate.code());
        boolean keptSymptom = isSymptom(kept.code());
        if (keptSymptom && !candidateSymptom && isDefinitive(candidate.code())) {
            return 1;
        }
        if (candidateSymptom && !keptSymptom && isDefinitive(kept.code())) {
            return -1;
        }
        return 0;
    }

    /**
     * True if the symptom is named in the diagnostic statement or as the reason for the encounter (chief complaint,
     * indication) and the diagnosis in neither.
     */
    private static boolean symptomStatedAlone(Document doc, CodeCandidate symptom, CodeCandidate diagnosis) {
        return stated(doc, symptom) && !stated(doc, diagnosis);
    }

    private static boolean stated(Document doc, CodeCandidate c) {
        return statementSentence(doc, c) < Integer.MAX_VALUE || Candidates.statedAsReason(doc, c);
    }

    /**
     * True for an injury of a body region (S00-S99): each region's block begins with its superficial injuries
     * (S00, S10, S20 ... S90, the third character 0), then its open wounds (S01, S11 ... S91, the third character 1).
     */
    private static boolean isInjury(String code) {
        return code.length() >= 3 && code.charAt(0) == 'S' && Character.isDigit(code.charAt(1));
    }

    private static boolean superficial(String code) {
        return isInjury(code) && code.charAt(2) == '0';
    }

    /** True if the code is the open wound (S01, S11 ... S91, the third character 1) of the other code's body region. */
    private static boolean openWoundOfRegion(String code, String regionCode) {
        return isInjury(code) && code.charAt(2) == '1' && code.charAt(1) == regionCode.charAt(1);
    }

    private static boolean isSymptom(String code) {
        return code.charAt(0) == 'R';
    }

    private static boolean isDefinitive(String code) {
        char chapter = code.charAt(0);
        return chapter != 'R' && chapter != 'Z' && chapter != 'V' && chapter != 'W' && chapter != 'X' && chapter != 'Y';
    }

    /** Title words that say what is not documented, never the condition itself. */
    static final String UNDOCUMENTED_FILE = "/org/opencac/engine/convention/excludes1_undocumented_title_words.txt";
    private static final Set<String> UNDOCUMENTED = Set.copyOf(DataFiles.lines(UNDOCUMENTED_FILE));

    /** "NOS" (not otherwise specified) as a word of a note's text. */
    private static final Pattern NOS = Pattern.compile("\\bNOS\\b");


    /**
     * The first Excludes1 note at {@code holder}'s code that excludes {@code other}, or null. A note that lists, by
     * words, one condition of the other's code that none of the other's mentions tells ({@link ListedConditionWords})
     * does not keep the two apart: they are unrelated conditions.
     */
    private InstructionalNote excluding(Document doc, Map<String, List<InstructionalNote>> notes,
                                        CodeCandidate holder, CodeCandidate other) {
        List<InstructionalNote> codeNotes = notes.computeIfAbsent(holder.code(),
                k -> codeSet.effectiveNotes(k, NoteType.EXCLUDES1));
        for (int k = 0; k < codeNotes.size(); k++) {   // by index: asked for every pair of candidates, no iterator made
            InstructionalNote n = codeNotes.get(k);
            if (n.refersTo(other.code()) && specifiedAsWritten(doc, n, other) && !deniedByTitle(n, other.code())
                    && !unrelated(doc, n, other, holder)) {
                return n;
            }
        }
        return null;
    }

    /**
     * Whether the note lists by words one condition of the other's code that the other's mentions do not tell, and
     * both are definitive diagnoses told in words of their own ({@link ListedConditionWords}): unrelated conditions,
     * both reported (I.A.12.a). A sign, symptom or finding (Chapter 18) or a factor (Chapter 21) is left to the note:
     * findings told in other words (confusion, an altered mental status) are most often one state.
     */
    private boolean unrelated(Document doc, InstructionalNote n, CodeCandidate other, CodeCandidate holder) {
        return isDefinitive(other.code()) && isDefinitive(holder.code())
                && listed.unlisted(doc, codeSet, n, other, holder);
    }

    /** A note naming a condition told in another disease: "coma in diabetes (E08-E13)", "X due to Y (...)". */
    private static final Pattern IN_DISEASE =
            Pattern.compile("^([^()]+?) (?:in|due to) [^()]+\\(");

    /**
     * Whether the other code's own title says it is not the condition a note excludes as told in its disease:
     * "somnolence, stupor and coma in diabetes (E08-E13)" at R40 excludes the diabetic coma, which E11.9 "Type 2
     * diabetes mellitus without complications" is not, and "coma in hepatic failure (K72.-)" is not K72.90
     * "... without coma": the coma and the diabetes are both reported.
     */
    private boolean deniedByTitle(InstructionalNote n, String otherCode) {
        String title = codeSet.get(otherCode).map(c -> c.title().toLowerCase(Locale.ROOT)).orElse("");
        int without = title.indexOf("without ");
        if (without < 0) {
            return false;
        }
        var m = IN_DISEASE.matcher(n.text().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return false;   // the note names the excluded condition itself, not one told in a disease
        }
        String denied = title.substring(without + "without ".length());
        if (denied.startsWith("complication")) {
            return true;
        }
        for (String word : m.group(1).split("[ ,]+")) {
            if (word.length() > 3 && denied.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "heart disease specified as rheumatic (I00-I09)": a note that excludes only the rheumatic form. The Index
     * presumes rheumatic for valve diseases the note does not call so (tricuspid regurgitation I07.1, mitral stenosis
     * I05.0, two valves I08), so their codes carry the quality without the words; other "specified as" notes
     * ("lymph nodes, specified as primary") name what their codes always are and apply as written.
     */
    private static final Pattern SPECIFIED_AS =
            Pattern.compile("(?<!not )\\bspecified as (rheumatic)\\b");

    /**
     * Whether a note that excludes the condition only "specified as" rheumatic ("heart disease specified as rheumatic
     * (I00-I09)" at I51) applies: the excluded code's own words say it. A valve disease the Index presumes rheumatic
     * (two valves, I08) is not specified so, and a left ventricular hypertrophy (I51.7) is reported beside it; a note
     * with no such words, or "not specified as", applies as written.
     */
    private static boolean specifiedAsWritten(Document doc, InstructionalNote n, CodeCandidate other) {
        var m = SPECIFIED_AS.matcher(n.text().toLowerCase(Locale.ROOT));
        if (!m.find() || other.mentions().isEmpty()) {
            return true;
        }
        String word = m.group(1);
        for (int i : other.mentions()) {
            if (doc.mentions().get(i).text().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rank of a code in the pattern-of-use hierarchy of Guidelines I.C.5.b.1 against another code of the same
     * psychoactive substance category (F10-F19): dependence (.2-) 3, abuse (.1-) 2, use (.9-) 1; 0 when the two
     * codes are not use, abuse or dependence of one substance category.
     */
    static int substancePatternRank(String code, String other) {
        if (code.length() < 5 || other.length() < 5 || !code.startsWith("F1") || !code.regionMatches(0, other, 0, 3)) {
            return 0;
        }
        int a = patternOf(code.charAt(4));
        return a > 0 && patternOf(other.charAt(4)) > 0 ? a : 0;
    }

    private static int patternOf(char fourth) {
        return switch (fourth) {
            case '2' -> 3;
            case '1' -> 2;
            case '9' -> 1;
            default -> 0;
        };
    }
}
