package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;

/**
 * Sequelae of cerebrovascular disease (Guidelines I.C.9.d): a stroke of an earlier encounter whose deficit remains
 * is reported by the I69 code of that deficit ("aphasia following cerebral infarction"), not by the acute stroke
 * code beside the bare symptom; told with no deficit that remains it is a personal history (Z86.73). The earlier
 * stroke is told by a historical mention of it, by its personal-history code or by its entry in a past-history list
 * (which codes nothing of its own). Beside a stroke of this encounter (acute, new, treated, the reason for the
 * admission; I.C.9.d.3) only a deficit its clause ties to the earlier stroke ("an old stroke with residual
 * hemiparesis") is that stroke's sequela; the other deficits are the current stroke's symptoms. The earlier
 * stroke's codes go only where a sequela code that can stand reports it: one Excludes1 with another condition of
 * the note (a head injury) leaves the history code. Which I69 code a deficit takes is read from the Tabular: the
 * code under the stroke's sequela subcategory whose title, less the words of the cause, best shares the deficit
 * code's title words, laterality and dominance included. Where that code asks for an additional code of the
 * deficit's kind ("use additional code to identify the type of dysphagia"), a deficit code of a stated type stays
 * beside it. Rules: {@code stroke_sequelae.tsv}.
 */
public final class StrokeSequelaCheck implements Stage {
    public static final String FILE = "stroke_sequelae.tsv";
    private static final String GUIDELINE = "I.C.9.d";
    /** The title words a deficit's and a sequela's titles are compared without ({@code sequela_title_words.tsv}). */
    static final String TITLE_WORDS = "/org/opencac/engine/convention/sequela_title_words.tsv";
    /** Title words that name no deficit, its side or its limb. */
    private static final Set<String> FILLER;
    /** Title words that place a deficit (side, dominance, limb) but do not name it. */
    private static final Set<String> PLACE;

    static {
        Map<String, Set<String>> words = DataFiles.kindSets(TITLE_WORDS, "filler", "place");
        FILLER = words.get("filler");
        PLACE = words.get("place");
    }
    private static final Pattern NON_WORD = Pattern.compile("[^a-z]+");
    /** A mark that ends a clause within a sentence. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]");

    /** A stroke code and the I69 subcategory of its sequelae. */
    record StrokeRow(List<CodePattern> codes, String sequelae) {
    }

    private final List<StrokeRow> strokes;
    private final List<CodePattern> deficits;
    private final Pattern acute;
    private final Pattern notStroke;
    private final Pattern remains;
    private final Pattern rehabilitation;
    private final Pattern link;
    /** A residual told after the earlier stroke without naming it ("with left residual"); null: rule not given. */
    private final Pattern unnamed;
    /**
     * A weakness of one side told as the residual after the earlier stroke ("with residual left-sided weakness"), by
     * the deficit code that side's weakness reads as (the hemiparesis of that side, its dominance by default).
     */
    private final Map<Pattern, String> sideWeakness;
    /** At a visit, words that put a stroke sentence's acute words at a stay over; null: rule not given. */
    private final Pattern earlierStay;
    private final HistoryCodeMap history;
    private final CodeSet codeSet;
    /** By sequela subcategory, then by deficit code: its I69 counterpart. */
    private final Map<String, Map<String, Code>> counterparts = new HashMap<>();
    /** Deficit codes that stay beside their counterpart as the additional code it asks for. */
    private final Set<String> additional = new HashSet<>();
    /** Deficits no sequela title names, reported by the subcategory's "Other sequelae" code beside their own. */
    private final List<CodePattern> otherDeficits;

    StrokeSequelaCheck(CodeSet codeSet, HistoryCodeMap history, List<String[]> rows) {
        this.codeSet = codeSet;
        this.history = history;
        List<StrokeRow> s = new ArrayList<>();
        List<CodePattern> d = new ArrayList<>();
        List<CodePattern> o = new ArrayList<>();
        Pattern a = null;
        Pattern n = null;
        Pattern rem = null;
        Pattern reh = null;
        Pattern lnk = null;
        Pattern unn = null;
        Pattern est = null;
        Map<Pattern, String> side = new java.util.LinkedHashMap<>();
        for (String[] r : rows) {
            String kind = r[1].trim();
            switch (kind) {
                case "stroke" -> s.add(new StrokeRow(patterns(r[2]), r[3].trim()));
                case "deficit" -> d.addAll(patterns(r[2]));
                case "other_deficit" -> {
                    d.addAll(patterns(r[2]));
                    o.addAll(patterns(r[2]));
                }
                case "acute" -> a = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "not_stroke" -> n = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "remains" -> rem = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "rehabilitation" -> reh = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "link" -> lnk = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "unnamed" -> unn = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "earlier_stay" -> est = Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE);
                case "side_weakness" -> side.put(Pattern.compile(r[3].trim(), Pattern.CASE_INSENSITIVE), r[2].trim());
                default -> throw new IllegalArgumentException(FILE + ": rule " + r[0] + ": unknown kind " + kind);
            }
        }
        if (a == null || n == null || rem == null || reh == null || lnk == null || s.isEmpty() || d.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": needs stroke, deficit, acute, not_stroke, remains,"
                    + " rehabilitation and link rows");
        }
        this.remains = rem;
        this.rehabilitation = reh;
        this.link = lnk;
        this.unnamed = unn;
        this.earlierStay = est;
        this.sideWeakness = Map.copyOf(side);
        this.strokes = List.copyOf(s);
        this.deficits = List.copyOf(d);
        this.otherDeficits = List.copyOf(o);
        this.acute = a;
        this.notStroke = n;
        // the billable deficit codes, found once for every row: a code is tried on the patterns only when its
        // first character is one some pattern spans (as CodeRef.covers first asks of each pattern)
        boolean[] heads = new boolean[128];
        for (CodePattern p : deficits) {
            for (char h = p.ref().first().charAt(0); h <= p.ref().last().charAt(0) && h < 128; h++) {
                heads[h] = true;
            }
        }
        List<Code> deficitCodes = new ArrayList<>();
        List<Set<String>> deficitWords = new ArrayList<>();   // their title words, read once for every row
        for (Code c : codeSet.all()) {
            String code = c.code();
            char head = code.isEmpty() ? 0 : code.charAt(0);
            if ((head >= 128 || heads[head] || head == '.') && c.billable() && CodePattern.anyCovers(deficits, code)) {
                deficitCodes.add(c);
                deficitWords.add(words(c.title()));
            }
        }
        for (StrokeRow row : strokes) {
            counterparts.computeIfAbsent(row.sequelae(), sub -> readCounterparts(sub, deficitCodes, deficitWords));
        }
    }

    public static StrokeSequelaCheck standard(CodeSet codeSet) {
        List<String[]> rows = RuleFiles.tsvRules(RuleFiles.bundled(FILE), FILE, 5, r -> r);
        return new StrokeSequelaCheck(codeSet, HistoryCodeMap.standard(), rows);
    }

    private static List<CodePattern> patterns(String list) {
        return CodePattern.parseList(list);
    }

    /** Every billable deficit code's counterpart under one sequela subcategory, read from the titles (in code order). */
    private Map<String, Code> readCounterparts(String subcategory, List<Code> deficitCodes,
                                               List<Set<String>> deficitWords) {
        Code sub = codeSet.get(subcategory).orElseThrow(
                () -> new IllegalArgumentException(FILE + ": unknown subcategory " + subcategory));
        Set<String> cause = words(sub.title());
        List<Code> sequelae = codeSet.billableDescendants(subcategory);
        List<Set<String>> sequelaWords = new ArrayList<>();
        for (Code q : sequelae) {
            Set<String> w = words(q.title());
            w.removeAll(cause);
            sequelaWords.add(w);
        }
        Map<String, Code> out = new HashMap<>();
        for (int i = 0; i < deficitCodes.size(); i++) {
            Code c = deficitCodes.get(i);
            Code best = bestTitleMatch(deficitWords.get(i), sequelae, sequelaWords);
            if (best == null && CodePattern.anyCovers(otherDeficits, c.code())) {
                // a deficit no sequela title names: the subcategory's "Other sequelae" code reports the stroke,
                // the deficit's own code beside it tells what remains
                best = otherSequelae(sequelae);
                if (best != null) {
                    out.put(c.code(), best);
                    additional.add(c.code());
                }
                continue;
            }
            if (best != null) {
                out.put(c.code(), best);
                if (!CodeResolver.saysUnspecified(c.title()) && asksFor(best, c.code())) {
                    additional.add(c.code());
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The billable code titled "Other sequelae of ..." under a sequela subcategory, or null. */
    private static Code otherSequelae(List<Code> sequelae) {
        for (Code q : sequelae) {
            if (q.title().toLowerCase(Locale.ROOT).startsWith("other sequelae")) {
                return q;
            }
        }
        return null;
    }

    /**
     * The sequela code sharing the most title words with the deficit, one of them naming the deficit (not only its
     * side or limb); among equals the one with fewest words of its own; none if two remain equal.
     */
    static Code bestTitleMatch(Set<String> deficit, List<Code> sequelae, List<Set<String>> sequelaWords) {
        Code best = null;
        int bestShared = 0;
        int bestExtra = Integer.MAX_VALUE;
        boolean tie = false;
        for (int i = 0; i < sequelae.size(); i++) {
            Set<String> w = sequelaWords.get(i);
            int shared = 0;
            boolean names = false;
            for (String x : deficit) {
                if (w.contains(x)) {
                    shared++;
                    names |= !PLACE.contains(x);
                }
            }
            if (!names) {
                continue;
            }
            int extra = w.size() - shared;
            if (shared > bestShared || (shared == bestShared && extra < bestExtra)) {
                best = sequelae.get(i);
                bestShared = shared;
                bestExtra = extra;
                tie = false;
            } else if (shared == bestShared && extra == bestExtra) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The title's words, lowercased, "non-dominant" read as "nondominant", without filler words. */
    static Set<String> words(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NON_WORD.split(title.toLowerCase(Locale.ROOT).replace("non-", "non"))) {
            if (!w.isEmpty() && !FILLER.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private boolean asksFor(Code sequela, String deficit) {
        for (InstructionalNote n : codeSet.effectiveNotes(sequela.code(), NoteType.USE_ADDITIONAL_CODE)) {
            for (InstructionalNote.CodeRef ref : n.codeRefs()) {
                if (ref.covers(deficit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a note tells of its strokes; made at its first stroke code or listed stroke (most notes have none). */
    private static final class Strokes {
        /** The candidates that tell a stroke. */
        final List<CodeCandidate> candidates = new ArrayList<>(2);
        /** Those of them that tell a stroke of this encounter. */
        final List<CodeCandidate> current = new ArrayList<>(1);
        /** Sentence -> end of its first stroke mention. */
        final Map<Integer, Integer> sentences = new HashMap<>();
        /** Sentence -> end of its first earlier-stroke mention. */
        final Map<Integer, Integer> pastSentences = new HashMap<>();
        String sequelae;
        String pastSequelae;
        boolean past;

        /** A mention telling a stroke of an earlier encounter. */
        void earlier(Mention mention, StrokeRow row) {
            past = true;
            pastSentences.merge(mention.sentenceIndex(), mention.span().end(), Math::min);
            pastSequelae = pastSequelae == null ? row.sequelae() : pastSequelae;
        }
    }

    @Override
    public Document process(Document doc) {
        Strokes s = null;
        for (CodeCandidate c : doc.candidates()) {
            StrokeRow row = strokeRow(c.code());
            if (row == null) {
                continue;
            }
            s = s == null ? new Strokes() : s;
            boolean historyCode = c.code().startsWith("Z");
            boolean tells = false;
            boolean now = false;
            for (int m : c.mentions()) {
                Mention mention = doc.mentions().get(m);
                if (notStroke.matcher(mention.text()).find()) {
                    continue;
                }
                tells = true;
                s.sentences.merge(mention.sentenceIndex(), mention.span().end(), Math::min);
                if (historyCode || doc.assertionOf(m).historical()) {
                    s.earlier(mention, row);
                } else if (thisEncounter(doc, mention)) {
                    if (atEarlierStay(doc, mention)) {
                        s.earlier(mention, row); // a visit after the stay its acute words tell (I.C.9.d)
                    } else {
                        now = true;
                    }
                }
            }
            if (tells) {
                s.candidates.add(c);
                s.sequelae = s.sequelae == null ? row.sequelae() : s.sequelae;
            }
            if (now) {
                s.current.add(c);
            }
        }
        for (MentionDecision d : doc.decisions()) {
            // an earlier stroke in a past-history list codes nothing of its own (AssertionPolicy) but still tells
            // the stroke a deficit written beside it remains from ("stroke in 2010 with residual hemiparesis")
            StrokeRow row = d.reason() == NotCodedReason.HISTORY_LIST_ONLY && d.relatedCode() != null
                    ? strokeRow(d.relatedCode()) : null;
            Mention mention = row == null ? null : doc.mentions().get(d.mentionIndex());
            if (mention == null || notStroke.matcher(mention.text()).find()) {
                continue;
            }
            s = s == null ? new Strokes() : s;
            s.sentences.merge(mention.sentenceIndex(), mention.span().end(), Math::min);
            s.earlier(mention, row);
            s.sequelae = s.sequelae == null ? row.sequelae() : s.sequelae;
        }
        if (s == null || !s.past) {
            return doc;
        }
        if (!s.current.isEmpty()) {
            // a stroke of this encounter beside an earlier one (Guidelines I.C.9.d.3): a deficit its own sentence
            // ties to the earlier stroke is that stroke's sequela; the other deficits are the current stroke's
            Map<String, Code> counterpart = counterparts.get(s.pastSequelae);
            return recode(doc, s.candidates, s.current, s.pastSentences, true, counterpart,
                    pastDeficits(doc, s, counterpart));
        }
        Map<String, Code> counterpart = counterparts.get(s.sequelae);
        return recode(doc, s.candidates, List.of(), s.sentences, false, counterpart,
                pastDeficits(doc, s, counterpart));
    }

    /**
     * The deficits told in the past with an earlier stroke, in its sentence, which code nothing of their own (a past
     * condition without a history code, or a past-history list item): "aphasia from her prior strokes", "a stroke in
     * 2010 with residual dysphagia". Each becomes a candidate that only its sequela code may report; most notes have
     * none.
     */
    private List<CodeCandidate> pastDeficits(Document doc, Strokes s, Map<String, Code> counterpart) {
        double score = 0;
        for (CodeCandidate c : s.candidates) {
            score = Math.max(score, c.score());
        }
        if (score == 0 || counterpart == null) {
            return List.of();
        }
        List<CodeCandidate> out = new ArrayList<>(1);
        for (MentionDecision d : doc.decisions()) {
            if (d.reason() != NotCodedReason.HISTORY_NO_CODE && d.reason() != NotCodedReason.HISTORY_LIST_ONLY) {
                continue;
            }
            String code = d.relatedCode();
            Mention mention = doc.mentions().get(d.mentionIndex());
            if (code == null || !counterpart.containsKey(code) || !CodePattern.anyCovers(deficits, code)
                    || !s.pastSentences.containsKey(mention.sentenceIndex())) {
                continue;
            }
            Code deficit = codeSet.get(code).orElse(null);
            if (deficit != null) {
                out.add(new CodeCandidate(code, deficit.title(), score, List.of(d.mentionIndex()),
                        List.of("A past deficit told with an earlier stroke (Guidelines " + GUIDELINE + ")")));
            }
        }
        return out;
    }

    /**
     * Whether a deficit candidate is told as left by the earlier stroke: written after the stroke in its sentence,
     * linked to it ("with"), or in a sentence that says it remains, or documented at a therapy or rehabilitation
     * encounter. Beside a stroke of this encounter only a deficit written after the earlier stroke in its clause,
     * linked to it or told as remaining, counts.
     */
    private boolean left(Document doc, CodeCandidate deficit, Map<Integer, Integer> strokeSentences,
                         boolean therapy, boolean beside) {
        for (int m : deficit.mentions()) {
            Mention mention = doc.mentions().get(m);
            int sentence = mention.sentenceIndex();
            var span = doc.sentences().get(sentence).span();
            Integer strokeEnd = strokeSentences.get(sentence);
            if (beside) {
                // beside a stroke of this encounter: the deficit follows the earlier stroke in its clause, linked
                // to it or told as remaining before it ("an old stroke with residual hemiparesis", "from her prior
                // strokes she has aphasia"), no other condition named between them ("a stroke and dementia with
                // aphasia" may tell the dementia's)
                if (strokeEnd != null && strokeEnd <= mention.span().start()
                        && !CLAUSE_BREAK.matcher(doc.text()).region(strokeEnd, mention.span().start()).find()
                        && !conditionBetween(doc, strokeEnd, mention.span().start())
                        && (link.matcher(doc.text()).region(strokeEnd, mention.span().start()).find()
                            || remains.matcher(doc.text()).region(span.start(), mention.span().start()).find())) {
                    return true;
                }
                continue;
            }
            if ((strokeEnd != null && strokeEnd <= mention.span().start()
                    && link.matcher(doc.text()).region(strokeEnd, mention.span().start()).find())
                    || remains.matcher(doc.text()).region(span.start(), span.end()).find()) {
                return true;
            }
        }
        return !beside && therapy;
    }

    /**
     * Recodes the deficits an earlier stroke left to their I69 codes. The stroke candidates that tell the earlier
     * stroke go (reported by the sequela code) or, with no deficit left, become its personal history; those that
     * tell a stroke of this encounter ({@code current}) stay as they are.
     */
    private Document recode(Document doc, List<CodeCandidate> strokeCandidates, List<CodeCandidate> current,
                            Map<Integer, Integer> strokeSentences, boolean beside, Map<String, Code> counterpart,
                            List<CodeCandidate> pastDeficits) {
        // read only for a note with an earlier stroke and none of this encounter
        boolean therapy = !beside && rehabilitation.matcher(doc.text()).find();
        List<CodeCandidate> earlier = new ArrayList<>(strokeCandidates);
        earlier.removeAll(current);
        List<CodeCandidate> out = new ArrayList<>(doc.candidates().size());
        List<MentionDecision> decisions = new ArrayList<>();
        boolean residual = false;
        List<CodeCandidate> read = new ArrayList<>(doc.candidates());
        read.addAll(pastDeficits);
        for (CodeCandidate c : read) {
            boolean past = pastDeficits.contains(c);   // a past deficit codes nothing but its sequela
            Code sequela = CodePattern.anyCovers(deficits, c.code()) ? counterpart.get(c.code()) : null;
            if (sequela == null || !left(doc, c, strokeSentences, therapy && !past, beside)) {
                if (!past) {
                    out.add(c);
                }
                continue;
            }
            // the earlier stroke is reported by its sequela code only where that code can stand: one Excludes1
            // with another condition of the note goes, and the stroke's history code is then all that tells it
            residual |= stands(sequela, doc.candidates(), c, earlier);
            String line = "Sequela of cerebrovascular disease (Guidelines " + GUIDELINE + "): " + c.code()
                    + " is a deficit remaining after an earlier stroke, reported by " + sequela.code();
            out.add(Candidates.combined(sequela, List.of(c), earlier, line));
            if (additional.contains(c.code())) {
                out.add(Candidates.withRationale(c, "Additional code with " + sequela.code()
                        + ": the type of the deficit (Guidelines " + GUIDELINE + ")"));
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED,
                        c.code() + " reported within " + sequela.code() + " (Guidelines " + GUIDELINE + ")",
                        sequela.code()));
            }
        }
        if (beside && !residual) {
            return doc; // the earlier stroke left nothing told beside the current one: other stages read it
        }
        List<CodeCandidate> result = new ArrayList<>(out.size());
        for (CodeCandidate c : out) {
            Code sequela = earlier.contains(c) && !residual && !beside ? unnamedSequela(doc, c) : null;
            if (!earlier.contains(c)) {
                result.add(c);
            } else if (residual) {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED, c.code()
                        + ": an earlier stroke, reported by the code of its remaining deficit (Guidelines "
                        + GUIDELINE + ")", null));
            } else if (sequela != null) {
                result.add(Candidates.recoded(c, sequela, "Sequela of cerebrovascular disease (Guidelines " + GUIDELINE
                        + "): an earlier stroke told with a residual deficit in its clause (unnamed, or a weakness of"
                        + " one side), reported by "
                        + sequela.code() + " (a personal history code is for a stroke with no deficit that remains)"));
            } else {
                Code past = history.billablePersonalHistoryCode(c.code(), codeSet).orElse(null);
                result.add(past == null || past.code().equals(c.code()) ? c : Candidates.recoded(c, past,
                        "personal history: an earlier stroke with no deficit that remains (Guidelines "
                                + GUIDELINE + ")"));
            }
        }
        List<CodeCandidate> merged = Candidates.mergeSameCode(result);
        if (decisions.isEmpty() && merged.equals(doc.candidates())) {
            return doc;
        }
        return doc.withCandidates(merged).withDecisions(decisions);
    }

    /** Whether no Excludes1 note of the sequela code names a candidate other than its deficit and the stroke's. */
    private boolean stands(Code sequela, List<CodeCandidate> candidates, CodeCandidate deficit,
                           List<CodeCandidate> earlier) {
        List<InstructionalNote> notes = codeSet.effectiveNotes(sequela.code(), NoteType.EXCLUDES1);
        for (CodeCandidate other : candidates) {
            if (other == deficit || earlier.contains(other) || other.code().equals(sequela.code())) {
                continue;
            }
            for (InstructionalNote n : notes) {
                if (n.refersTo(other.code())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The unspecified sequela code (the subcategory's ".x0" code, "Unspecified sequelae of cerebral infarction") of an
     * earlier stroke one of whose mentions is followed in its clause by a residual it does not name ("a stroke in
     * 2010 with left residual"), or the hemiplegia and hemiparesis code of the side whose weakness is told there as
     * residual ("with residual right-sided weakness": I69.351, dominance by default, Guidelines I.C.6.a); null if
     * none is told so or the code is not billable.
     */
    private Code unnamedSequela(Document doc, CodeCandidate stroke) {
        StrokeRow row = unnamed == null ? null : strokeRow(stroke.code());
        if (row == null) {
            return null;
        }
        for (int m : stroke.mentions()) {
            Mention mention = doc.mentions().get(m);
            var span = doc.sentences().get(mention.sentenceIndex()).span();
            int from = mention.span().end();
            if (from >= span.end()) {
                continue;
            }
            var clause = CLAUSE_BREAK.matcher(doc.text()).region(from, span.end());
            int to = clause.find() ? clause.start() : span.end();
            for (Map.Entry<Pattern, String> side : sideWeakness.entrySet()) {
                Map<String, Code> counterpart = counterparts.get(row.sequelae());
                Code hemiparesis = counterpart == null ? null : counterpart.get(side.getValue());
                if (hemiparesis != null && side.getKey().matcher(doc.text()).region(from, to).lookingAt()) {
                    return hemiparesis;   // "with residual right-sided weakness": the hemiparesis of that side
                }
            }
            if (unnamed.matcher(doc.text()).region(from, to).lookingAt()) {
                return codeSet.get(row.sequelae() + "0").filter(Code::billable).orElse(null);
            }
        }
        return null;
    }

    /** Whether a mention lies wholly between two offsets. */
    private static boolean conditionBetween(Document doc, int from, int to) {
        for (Mention m : doc.mentions()) {
            if (m.span().start() >= from && m.span().end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention's sentence tells a stroke of this encounter. */
    private boolean thisEncounter(Document doc, Mention mention) {
        return inSentence(acute, doc, mention);
    }

    /** Whether the pattern is found in the mention's sentence. */
    private static boolean inSentence(Pattern pattern, Document doc, Mention mention) {
        var span = doc.sentences().get(mention.sentenceIndex()).span();
        return pattern.matcher(doc.text()).region(span.start(), span.end()).find();
    }

    /**
     * Whether, at an outpatient visit, the mention's sentence puts its acute words at a stay already over ("admitted
     * for rehabilitation of the residual deficits of her acute stroke"): the visit follows that episode, so the
     * stroke is an earlier one (Guidelines I.C.9.d). An inpatient note is left alone.
     */
    private boolean atEarlierStay(Document doc, Mention mention) {
        return earlierStay != null && doc.note().setting() == CareSetting.OUTPATIENT
                && inSentence(earlierStay, doc, mention);
    }

    private StrokeRow strokeRow(String code) {
        for (StrokeRow r : strokes) {
            if (CodePattern.anyCovers(r.codes(), code)) {
                return r;
            }
        }
        return null;
    }

    /** For tests: the counterpart of a deficit code under a sequela subcategory, or null. */
    Code counterpart(String subcategory, String deficit) {
        Map<String, Code> m = counterparts.get(subcategory);
        return m == null ? null : m.get(deficit);
    }

    /** For tests: whether a deficit code stays beside its counterpart as the additional code. */
    boolean keptBeside(String deficit) {
        return additional.contains(deficit);
    }
}
