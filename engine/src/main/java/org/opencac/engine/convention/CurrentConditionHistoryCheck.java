package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.AssertionPolicy;
import org.opencac.engine.coding.CandidateRanker;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.coding.SectionPolicy;
import org.opencac.engine.coding.SectionRole;
import org.opencac.engine.mention.SenseKind;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.OneSide;
import org.opencac.models.codeset.Code;
import org.opencac.models.lexicon.Term;

/**
 * A personal history code is for a condition that no longer exists (Guidelines I.C.21.c.4): when the note
 * codes a chronic condition as current ({@code chronic_conditions.tsv}: bipolar disorder, depression,
 * atrial fibrillation ...) and a "history of" the same condition gave its personal history code ("a history
 * of bipolar disorder" beside "bipolar disorder, manic" in the diagnoses), the history code is dropped: the
 * history is the course of the current condition. The two are the same condition when the current code's
 * personal history code ({@link HistoryCodeMap}) is the history code and a word of the history mention
 * (other than the words of {@code history_mention_words.txt}) is a word of a current mention, or, for a
 * history code of one condition, the two codes' titles name it with a shared word ("embolus" told, "embolism"
 * in both titles); a past condition of another kind ("a history of anorexia" beside depression) keeps its
 * history code. A condition of any kind is the same when the history mention reads as exactly the current code,
 * or, read by the lexicon straight as the history code, names it with the same words ("history of pneumonia" beside
 * the pneumonia being treated).
 */
public final class CurrentConditionHistoryCheck implements Stage {
    public static final String WORDS = "/org/opencac/engine/convention/history_mention_words.txt";

    private final HistoryCodeMap history;
    private final List<String> chronicPrefixes;
    private final Set<String> historyWords;
    private final SectionPolicy sections;

    /** @param historyWords words of a history mention that do not name its condition (lowercase) */
    public CurrentConditionHistoryCheck(HistoryCodeMap history, List<String> chronicPrefixes, Set<String> historyWords) {
        this(history, chronicPrefixes, historyWords, SectionPolicy.standard());
    }

    /** @param sections the section roles: a diagnostic statement names the encounter's current conditions */
    public CurrentConditionHistoryCheck(HistoryCodeMap history, List<String> chronicPrefixes, Set<String> historyWords,
                                        SectionPolicy sections) {
        this.history = history;
        this.chronicPrefixes = List.copyOf(chronicPrefixes);
        this.historyWords = Set.copyOf(historyWords);
        this.sections = sections;
    }

    /** With the bundled history tables and words, and the chronic conditions the pipeline read once. */
    public static CurrentConditionHistoryCheck standard(List<String> chronicPrefixes) {
        return new CurrentConditionHistoryCheck(HistoryCodeMap.standard(), chronicPrefixes,
                Set.copyOf(DataFiles.lines(WORDS)));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        List<MentionDecision> decisions = new ArrayList<>();
        Set<CodeCandidate> dropped = new HashSet<>();
        for (CodeCandidate c : list) {
            if (c.code().startsWith("Z85") && otherSide(doc, c)) {
                continue;
            }
            int stating = statementMalignancyOf(doc, c);
            if (stating >= 0) {
                dropped.add(c);
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, c.code() + ": the diagnostic"
                        + " statement names the malignancy as present (\"" + doc.mentions().get(stating).text()
                        + "\"), so it is no personal history (Guidelines I.C.2.d)", c.code()));
                continue;
            }
            CodeCandidate current = currentOf(doc, c, list);
            if (current == null || dropped.contains(current)) {
                continue;
            }
            if (statementHistory(doc, c, current)) {
                dropped.add(current);
                decisions.addAll(Candidates.dropped(current, NotCodedReason.COMBINED, current.code() + ": the"
                        + " diagnostic statement names the condition as a history (" + c.code() + ") and the note"
                        + " tells it as current only once, in the narrative (Guidelines III, IV, I.C.21.c.4)",
                        c.code()));
            } else {
                dropped.add(c);
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, c.code() + ": the condition is"
                        + " current (" + current.code() + "), so not a personal history (Guidelines I.C.21.c.4)",
                        current.code()));
            }
        }
        if (decisions.isEmpty()) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>(list.size());
        for (CodeCandidate c : list) {
            if (!dropped.contains(c)) {
                out.add(c);
            }
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /** Readings passed over for another code of a condition the words still document (not another sense). */
    private static final Set<SenseKind> DOCUMENTED = Set.of(
            SenseKind.OTHER_CODE, SenseKind.SITE);

    /**
     * The mention by which the provider's diagnostic statement (impression, assessment, diagnoses) names as present
     * the malignancy whose personal history code the candidate is, or -1: "impression: a malignant-looking area
     * that matches her recent diagnosis of malignancy" beside "compatible with her history of malignancy" in the
     * findings. A Z85 code is for a malignancy excised or eradicated with no evidence of any existing one
     * (Guidelines I.C.2.d); the statement's present mention says one exists, whether or not it was coded itself
     * (a reading a word-sense rule passed over for another code of the condition, or for its site's code: {@link
     * #DOCUMENTED}). A mention said of the past, denied, doubted or of a relative says nothing of the kind.
     */
    private int statementMalignancyOf(Document doc, CodeCandidate c) {
        if (!c.code().startsWith("Z85")) {
            return -1;
        }
        Set<Integer> own = new HashSet<>();
        for (int m : c.mentions()) {
            own.add(m);
        }
        for (int m = 0; m < doc.mentions().size(); m++) {
            var mention = doc.mentions().get(m);
            if (own.contains(m) || mention.sentenceIndex() < 0 || mention.sentenceIndex() >= doc.sentences().size()
                    || !doc.assertionOf(m).presentForPatient()
                    || !FINAL_STATEMENT.contains(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type())) {
                continue;
            }
            List<Term> read = new ArrayList<>(mention.terms());
            mention.rejected().stream().filter(r -> DOCUMENTED.contains(r.kind())).forEach(r -> read.add(r.term()));
            for (var t : read) {
                if (t.code().charAt(0) == 'C'
                        && history.personalHistoryCode(t.code()).filter(c.code()::equals).isPresent()) {
                    return m;
                }
            }
        }
        return -1;
    }

    /**
     * Whether the history candidate's malignancy was of the other side than the current one: every mention of the
     * history tells one side in its sentence, and every current malignancy coded whose personal history code it is
     * has the other side in its title ("history of left adrenal neuroblastoma, resected" beside a neuroblastoma
     * coded to the right adrenal gland). A primary excised from one side, with none left there, is a personal
     * history beside a new primary of the other side (Guidelines I.C.2.d: no evidence of any existing primary
     * malignancy at that site).
     */
    private boolean otherSide(Document doc, CodeCandidate past) {
        String then = null;
        for (int m : past.mentions()) {
            int sentence = m >= 0 && m < doc.mentions().size() ? doc.mentions().get(m).sentenceIndex() : -1;
            String side = sentence < 0 || sentence >= doc.sentences().size() ? null : sideOf(doc, sentence);
            if (side == null || then != null && !then.equals(side)) {
                return false;
            }
            then = side;
        }
        boolean current = false;
        for (CodeCandidate c : doc.candidates()) {
            if (c.code().charAt(0) != 'C' || !history.personalHistoryCode(c.code()).filter(past.code()::equals).isPresent()) {
                continue;
            }
            String now = OneSide.of(c.title());
            if (now == null || now.equals(then)) {
                return false;
            }
            current = true;
        }
        return then != null && current;
    }

    /** The one side word a sentence writes, or null when it writes none or several. */
    private static String sideOf(Document doc, int sentence) {
        var span = doc.sentences().get(sentence).span();
        return OneSide.of(doc.text().substring(span.start(), span.end()));
    }

    /**
     * Whether the provider's diagnostic statement decides that the condition is past: the history candidate is
     * named there ("DIAGNOSES: history of hepatitis C"), while the current one is told once in the narrative and
     * not as chronic (its title does not say so: "chronic hepatitis C" reads B18.2, which stays current). The
     * statement is the provider's conclusion (Guidelines III, IV), so the narrative mention tells that history;
     * a condition the statement itself names as current, or the note tells in more than one sentence or calls
     * chronic ("her chronic leukopenia"), stays. Not for a neoplasm: {@link #namedBy} and {@link #currentNeoplasm}
     * decide whether a tumour is the past one (Guidelines I.C.2.d).
     */
    private boolean statementHistory(Document doc, CodeCandidate history, CodeCandidate current) {
        return !neoplasm(current.code()) && inStatement(doc, history) && !stated(doc, current)
                && !CHRONIC_TITLE.matcher(current.title()).find() && !saidChronic(doc, current)
                && !statementNamesCurrent(doc, current.code());
    }

    /**
     * Whether a diagnostic statement names the condition as current: a mention there, neither past nor negated,
     * reads a code of its category, whether or not that mention was coded ("herniated disk" in the postoperative
     * diagnosis, left for the coder to give its level).
     */
    private boolean statementNamesCurrent(Document doc, String code) {
        String category = Code.categoryOf(code);
        for (int m = 0; m < doc.mentions().size(); m++) {
            var mention = doc.mentions().get(m);
            var a = doc.assertionOf(m);
            if (a.negated() || a.historical() || a.hypothetical() || mention.sentenceIndex() < 0
                    || sections.roleOf(doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type())
                    != SectionRole.DIAGNOSTIC_STATEMENT) {
                continue;
            }
            for (var t : mention.terms()) {
                if (t.code().startsWith(category)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern CHRONIC_TITLE = java.util.regex.Pattern.compile("(?i)\\bchronic\\b");

    /**
     * Whether a mention of the candidate is called chronic: "chronic" among its words or the two words before it
     * ("followed for her chronic leukopenia"), a condition the note tells as still present.
     */
    private static boolean saidChronic(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()
                    && CandidateRanker.saidChronic(doc, doc.mentions().get(m))) {
                return true;
            }
        }
        return false;
    }

    /** The sections of the provider's final diagnostic statement (diagnoses, assessment; not the indication). */
    private static final Set<SectionType> FINAL_STATEMENT =
            AssertionPolicy.finalStatementSections();

    /**
     * Whether a mention of the candidate lies in the final diagnostic statement: an indication's "status post
     * surgery for a herniated disk" tells what led to this operation, not the provider's conclusion.
     */
    private static boolean inStatement(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                int sentence = doc.mentions().get(m).sentenceIndex();
                if (sentence >= 0 && sentence < doc.sentences().size()
                        && FINAL_STATEMENT.contains(doc.sectionOf(doc.sentences().get(sentence)).type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The current condition whose history this candidate's mentions tell, or null: a chronic one, a neoplasm
     * or reading the history mention names, or a condition of any kind the diagnostic statement names as a
     * history while the narrative tells it once ({@link #statementHistory}: "history of pneumonia" among the
     * diagnoses beside an earlier course "complicated by pneumonia" in the present illness).
     */
    private CodeCandidate currentOf(Document doc, CodeCandidate c, List<CodeCandidate> all) {
        if (!c.code().startsWith("Z8")) {
            return null;
        }
        Set<String> told = words(doc, c);
        told.removeAll(historyWords);
        if (told.isEmpty()) {
            return null;
        }
        for (CodeCandidate o : all) {
            // the cheap lookup first: most candidates have no history code that is this one
            if (o != c && historyCodeOf(doc, o, c.code())
                    && (chronic(o.code()) || currentNeoplasm(doc, o) || namedBy(doc, c, o.code(), stated(doc, o))
                    || readAlike(doc, c, o) || historyRowNames(doc, c, o)
                    || namesOneCondition(c) && statementHistory(doc, c, o))) {
                Set<String> shared = words(doc, o);
                shared.retainAll(told);
                if (shared.isEmpty() && namesOneCondition(c)) {
                    shared = titleWords(c.title());
                    shared.retainAll(titleWords(o.title()));
                }
                if (!shared.isEmpty()) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * Whether the history code names one condition ("Personal history of pneumonia"), not a class of them
     * ("... of other diseases of the nervous system and sense organs"): a history of one ear disease in the
     * statement says nothing of another ear disease the narrative tells.
     */
    private static boolean namesOneCondition(CodeCandidate history) {
        return !OTHER_TITLE.matcher(history.title()).find();
    }

    private static final java.util.regex.Pattern OTHER_TITLE = java.util.regex.Pattern.compile("(?i)\\bother\\b");

    /**
     * Whether the history code is the personal history code of the current candidate, or of a code its mentions
     * read before a later stage recoded them (neonatal hypoglycemia P70.4, read as E16.2 whose history code is
     * Z86.39): the same condition either way.
     */
    private boolean historyCodeOf(Document doc, CodeCandidate current, String historyCode) {
        if (history.personalHistoryCode(current.code()).filter(historyCode::equals).isPresent()) {
            return true;
        }
        if (current.code().startsWith("Z")) {
            return false;   // a family history or status code read from a condition's words is no current condition
        }
        for (int m : current.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                for (var t : doc.mentions().get(m).terms()) {
                    if (!t.code().equals(current.code())
                            && history.personalHistoryCode(t.code()).filter(historyCode::equals).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a mention of the history candidate reads as exactly this current code: "a history of pain related
     * to a herniated disc at T8-T9" beside the herniated disc at T8-T9 being operated on tells the course of
     * the current condition, whatever its kind. A neoplasm's category is its site, so when the note states the
     * current neoplasm as the encounter's diagnosis ({@code stated}: a diagnostic statement, such as the
     * preoperative diagnoses, names it), a neoplasm term of its category names the same tumour whichever code of
     * the site it reads ("a history of biopsy-proven basal cell carcinoma, cheek" read as the cheek's C44.309
     * beside the C44.319 of the diagnoses, being excised). A tumour told only in the narrative ("underwent a
     * lobectomy for lung cancer") may be the past one itself, and keeps its history code.
     */
    private static boolean namedBy(Document doc, CodeCandidate c, String currentCode, boolean stated) {
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size() && doc.mentions().get(m).terms().stream()
                    .anyMatch(t -> t.code().equals(currentCode) || stated && sameNeoplasmSite(t.code(), currentCode))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention the lexicon read straight as a personal history code ("history of pneumonia": Z87.01) names,
     * less its history words, exactly what a mention of the current candidate names ("pneumonia" being treated):
     * the same reading as {@link #namedBy}, where the history phrase was read as the condition's own code first.
     * A current condition named with more words ("aspiration pneumonia") may be another episode, and is left.
     */
    private boolean historyRowNames(Document doc, CodeCandidate c, CodeCandidate current) {
        Set<Set<String>> named = new HashSet<>();
        for (int m : current.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                named.add(namingWords(doc.mentions().get(m).text()));
            }
        }
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                var mention = doc.mentions().get(m);
                Set<String> told = namingWords(mention.text());
                if (!told.isEmpty() && named.contains(told) && mention.terms().stream()
                        .allMatch(t -> t.code().equals(c.code()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lowercase words of a mention that name its condition (none of {@code history_mention_words.txt}). */
    private Set<String> namingWords(String text) {
        return conditionWords(text.toLowerCase(Locale.ROOT), 1);
    }

    /** The words of a lowercase text of at least {@code minLength} letters, less the words that name no condition. */
    private Set<String> conditionWords(String lower, int minLength) {
        Set<String> out = new HashSet<>();
        for (String w : lower.split("[^a-z0-9/]+")) {
            if (w.length() >= minLength && !historyWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a mention of the history candidate reads a code that a mention of the current one also reads: a
     * combination code took that reading in ("cholelithiasis" read as K80.20 is part of the K80.10 of gallstones
     * with cholecystitis), so the history mention names the same condition. Not for a neoplasm, whose past
     * tumour a note may tell beside a current reading of it ({@link #namedBy} decides those).
     */
    private static boolean readAlike(Document doc, CodeCandidate c, CodeCandidate current) {
        if (neoplasm(current.code())) {
            return false;
        }
        Set<String> read = new HashSet<>();
        for (int m : current.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                doc.mentions().get(m).terms().forEach(t -> read.add(t.code()));
            }
        }
        read.remove(current.code());
        if (read.isEmpty()) {
            return false;
        }
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()
                    && doc.mentions().get(m).terms().stream().anyMatch(t -> read.contains(t.code()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the candidate is a malignant neoplasm the note states as a condition of this encounter ({@link
     * #stated}): a "history of" the cancer of its site, whose personal history code the history phrase itself
     * read ("history of bladder cancer" as Z85.51 beside "bladder cancer" in the discharge diagnoses), tells the
     * course of the cancer still present, not a past one (Guidelines I.C.2.d: Z85 is for a cancer excised or
     * eradicated and no longer treated).
     */
    private boolean currentNeoplasm(Document doc, CodeCandidate c) {
        return c.code().charAt(0) == 'C' && stated(doc, c);
    }

    /** Whether both codes are neoplasms (C00-D49) of one category, which for a neoplasm is its site. */
    static boolean sameNeoplasmSite(String a, String b) {
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3) && neoplasm(a);
    }

    private static boolean neoplasm(String code) {
        return code.charAt(0) == 'C' || code.charAt(0) == 'D' && code.substring(0, 3).compareTo("D49") <= 0;
    }

    /**
     * Whether the note states the candidate as a condition of this encounter: a mention of it is in a diagnostic
     * statement (assessment, diagnoses, indication), or the note names it in more than one sentence (a list of
     * diagnoses whose header the sections did not read, the lesion examined and the one excised). A condition
     * told once in the narrative may be the past one itself.
     */
    private boolean stated(Document doc, CodeCandidate c) {
        Set<Integer> sentences = new HashSet<>();
        for (int m : c.mentions()) {
            if (m >= 0 && m < doc.mentions().size()) {
                int sentence = doc.mentions().get(m).sentenceIndex();
                if (sentence >= 0 && sentence < doc.sentences().size() && sections.roleOf(
                        doc.sectionOf(doc.sentences().get(sentence)).type()) == SectionRole.DIAGNOSTIC_STATEMENT) {
                    return true;
                }
                sentences.add(sentence);
            }
        }
        return sentences.size() > 1;
    }

    private boolean chronic(String code) {
        return startsWithAny(code, chronicPrefixes);
    }

    /**
     * The words of a code title that name its condition: the title before any "without" (what the code excludes,
     * "... without status epilepticus"), less the words that name no condition ({@code history_mention_words.txt}).
     * A narrative names the condition in its own form ("complicated by a pulmonary embolus") where the history
     * code's title and the current code's title name it alike ("Personal history of pulmonary embolism", "Other
     * pulmonary embolism without acute cor pulmonale").
     */
    private Set<String> titleWords(String title) {
        String named = title.toLowerCase(Locale.ROOT);
        int without = named.indexOf(" without ");
        if (without >= 0) {
            named = named.substring(0, without);
        }
        return conditionWords(named, 3);
    }

    /** The lowercase words of the candidate's mentions. */
    private static Set<String> words(Document doc, CodeCandidate c) {
        Set<String> out = new HashSet<>();
        for (int m : c.mentions()) {
            if (m < 0 || m >= doc.mentions().size()) {
                continue;
            }
            String[] split = doc.mentions().get(m).text().toLowerCase(Locale.ROOT).split("[^a-z0-9/]+");
            // a mention of short words only is an abbreviation ("PE", "MI"): its words name the condition
            boolean abbreviation = java.util.Arrays.stream(split).allMatch(w -> w.length() <= 2);
            for (String w : split) {
                if (w.length() > 2 || abbreviation && !w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
