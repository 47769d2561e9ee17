package org.opencac.engine.coding;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.lexicon.Term;

/**
 * Turns asserted mentions into billable code candidates. Each mention goes through, in order:
 * {@link TermChoice} (its best lexicon term), {@link TabularResolution} (verified in the Tabular, made
 * billable and specific), {@link SectionGate} (codes some sections may not produce),
 * {@link AssertionPolicy} (what the assertion means for coding, with {@link HistoryMapping}) and
 * {@link CandidateScoring}; mentions of the same code are then merged into one candidate.
 */
public final class CandidateRanker implements Stage {
    private final TabularResolution tabular;
    private final SectionGate sectionGate;
    private final AssertionPolicy assertionPolicy;
    private final CandidateScoring scoring;
    private final CurrentHabit habits;
    private final CodeSet codeSet;
    private final InjuryAftercare aftercare;
    private final NeoplasmUnderTreatment neoplasms;

    public CandidateRanker(TabularResolution tabular, SectionGate sectionGate, AssertionPolicy assertionPolicy,
                           CandidateScoring scoring, CurrentHabit habits) {
        this(tabular, sectionGate, assertionPolicy, scoring, habits, null, InjuryAftercare.NONE);
    }

    /** @param aftercare an injury treated earlier and under care at this visit: its 7th character D (I.C.19.a) */
    public CandidateRanker(TabularResolution tabular, SectionGate sectionGate, AssertionPolicy assertionPolicy,
                           CandidateScoring scoring, CurrentHabit habits, CodeSet codeSet,
                           InjuryAftercare aftercare) {
        this(tabular, sectionGate, assertionPolicy, scoring, habits, codeSet, aftercare, NeoplasmUnderTreatment.NONE);
    }

    /** @param neoplasms a neoplasm told as history but still treated or spread: current, not Z85 (I.C.2.d) */
    public CandidateRanker(TabularResolution tabular, SectionGate sectionGate, AssertionPolicy assertionPolicy,
                           CandidateScoring scoring, CurrentHabit habits, CodeSet codeSet,
                           InjuryAftercare aftercare, NeoplasmUnderTreatment neoplasms) {
        this.neoplasms = neoplasms;
        this.codeSet = codeSet;
        this.aftercare = codeSet == null ? InjuryAftercare.NONE : aftercare;
        this.tabular = tabular;
        this.sectionGate = sectionGate;
        this.assertionPolicy = assertionPolicy;
        this.scoring = scoring;
        this.habits = habits;
    }

    @Override
    public Document process(Document doc) {
        Map<String, Builder> byCode = new LinkedHashMap<>();
        TabularResolution.ForNote resolution = tabular.forNote(doc);
        List<MentionDecision> decisions = new ArrayList<>();
        boolean finalStatement = assertionPolicy.hasFinalStatement(doc);
        Set<String> pastInStatement = finalStatement ? assertionPolicy.pastInStatement(doc) : Set.of();
        boolean oldEventToldAsPast = assertionPolicy.oldEventToldAsPast(doc);
        Set<String> underAftercare = new HashSet<>();
        Map<String, Set<String>> historyOfInjuries = new TreeMap<>();   // a personal history code: the injury codes it stands for
        for (int m = 0; m < doc.mentions().size(); m++) {
            Mention mention = doc.mentions().get(m);
            if (mention.terms().isEmpty()) {
                if (mention.isFinding()) {
                    decisions.add(AssertionPolicy.finding(m, doc.assertionOf(m)));
                }
                continue;   // else every reading rejected by a word sense: its decision is recorded (TriggerCheck)
            }
            Term term = TermChoice.best(mention.terms());
            Assertion assertion = assertionPolicy.asTheStatementSays(doc, m, term, pastInStatement);
            assertion = assertionPolicy.oldEventInList(doc, m, term, assertion);
            assertion = assertionPolicy.asThePastEvent(doc, m, term, assertion, oldEventToldAsPast);
            assertion = assertionPolicy.asThisStay(doc, m, assertion);
            CodeResolver.Resolution r = resolution.resolve(mention, term);
            Code code = r.code();
            if (code == null) {
                decisions.add(new MentionDecision(m, NotCodedReason.NO_BILLABLE_CODE, term.code()));
                continue;
            }
            List<String> why = new ArrayList<>();
            why.add(TermChoice.lookupStep(term, mention));
            why.addAll(r.steps());
            SectionType section = doc.sectionOf(doc.sentences().get(mention.sentenceIndex())).type();
            if (!sectionGate.allowsByCue(code.code(), section, w -> sentenceHas(doc, mention, w),
                    w -> leadHas(doc, mention, w))) {
                decisions.add(new MentionDecision(m, NotCodedReason.SECTION_RULE, code.code() + " not from " + section.id()));
                continue;
            }
            Code aftercareCode = aftercare.subsequentCare(codeSet, doc, mention, assertion, code, section).orElse(null);
            if (aftercareCode != null) {
                why.add("Injury treated earlier, named where the visit's reason or assessment is stated: under care"
                        + " after its active treatment, " + code.code() + " with the 7th character D, not a personal"
                        + " history code (Guidelines I.C.19.a, I.C.21.c.7)");
                double score = scoring.mention(term.source(), section, mention.endToken() - mention.firstToken(), assertion);
                byCode.computeIfAbsent(aftercareCode.code(), k -> new Builder(aftercareCode)).add(m, score, why);
                underAftercare.add(aftercareCode.code());
                continue;
            }
            Code kept = neoplasms.stillPresent(doc, mention, assertion, code) ? currentNeoplasm(resolution, mention, code) : null;
            if (kept != null) {
                why.add("Malignant neoplasm told as history but still treated, spread or never treated: a current"
                        + " neoplasm, not a personal history code (Guidelines I.C.2.d)"
                        + (kept == code ? "" : ": " + code.code() + " named by the phrase read as " + kept.code()));
                double score = scoring.mention(term.source(), section, mention.endToken() - mention.firstToken(), assertion);
                byCode.computeIfAbsent(kept.code(), k -> new Builder(kept)).add(m, score, why);
                continue;
            }
            Code coded = assertionPolicy.apply(doc.note().setting(), finalStatement, section, m, assertion, code,
                    saidChronic(doc, mention) && !injury(code) && !episodic(code) || habits.namedAsCurrent(doc, mention, assertion, code.code()),
                    !injury(code) && !factor(code) && PresentTense.STANDARD.tells(doc, mention), why, decisions);
            if (coded == null) {
                continue;
            }
            if (coded != code && injury(code) && !injury(coded)) {
                historyOfInjuries.computeIfAbsent(coded.code(), k -> new HashSet<>()).add(code.code());
            }
            double score = scoring.mention(term.source(), section, mention.endToken() - mention.firstToken(), assertion);
            byCode.computeIfAbsent(coded.code(), k -> new Builder(coded)).add(m, score, why);
        }
        oneEncounterPerInjury(byCode, underAftercare);
        noHistoryOfInjuryUnderCare(byCode, underAftercare, historyOfInjuries);
        List<CodeCandidate> out = new ArrayList<>();
        for (Builder b : byCode.values()) {
            out.add(b.build(scoring));
        }
        out.sort(Comparator.comparingDouble(CodeCandidate::score).reversed());
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /**
     * A personal history code of an injury (Z87.81, healed traumatic fracture) is for an injury healed and no longer
     * treated (Guidelines I.C.21.c.4): where every injury its mentions name is of a subcategory the note codes under
     * aftercare (its code with D; the subcategory is the code without its side and encounter characters, a
     * fracture told without its side in the history is the one told with it in the reason for the visit), the
     * history is that injury told as past in another sentence, so its evidence joins the D code and the history
     * code goes. An injury of another subcategory keeps the history code.
     */
    private static void noHistoryOfInjuryUnderCare(Map<String, Builder> byCode, Set<String> underAftercare,
                                                   Map<String, Set<String>> historyOfInjuries) {
        Map<String, String> careBySubcategory = new HashMap<>();
        for (String d : new TreeSet<>(underAftercare)) {   // sorted: the same code every run
            careBySubcategory.putIfAbsent(d.substring(0, 6), d);
        }
        historyOfInjuries.forEach((history, injuries) -> {
            String care = null;
            for (String injury : injuries) {
                String d = injury.length() == 8 ? careBySubcategory.get(injury.substring(0, 6)) : null;
                if (d == null) {
                    return;
                }
                care = care == null ? d : care;
            }
            Builder past = care == null ? null : byCode.remove(history);
            if (past != null) {
                byCode.get(care).absorb(past);
            }
        });
    }

    /**
     * The code of a neoplasm told as history but still present: the mention's own malignancy code, or, for a phrase
     * naming the personal-history code itself ("history of breast cancer" Z85.3), the malignancy's category read
     * from its clause like any category (C50.9 to the breast's code); null when that category cannot be told.
     */
    private Code currentNeoplasm(TabularResolution.ForNote resolution, Mention mention, Code code) {
        if (!neoplasms.namesHistory(code)) {
            return code;
        }
        String category = neoplasms.currentCategory(code).orElse(null);
        if (category == null) {
            return null;
        }
        // the category's unspecified site (.9, the Tabular's convention) first, so that a side or site the clause
        // writes refines it and nothing the phrase does not say is read into it (C50's default child is inflammatory)
        Code unspecifiedSite = category.length() == 3 ? resolution.resolve(mention, category + ".9").code() : null;
        return unspecifiedSite != null ? unspecifiedSite : resolution.resolve(mention, category).code();
    }

    /**
     * The 7th character tells the encounter (Guidelines I.C.19.a), one for each injury in a note: an injury under
     * aftercare (its code with D) that another mention of the note codes with the initial encounter's A is the same
     * injury at the same visit, so that mention's evidence joins the D code and the A code goes.
     */
    private static void oneEncounterPerInjury(Map<String, Builder> byCode, Set<String> underAftercare) {
        for (String d : underAftercare) {
            Builder initial = byCode.remove(d.substring(0, d.length() - 1) + "A");
            if (initial != null) {
                byCode.get(d).absorb(initial);
            }
        }
    }

    /**
     * Whether the note calls this condition chronic: "chronic" among the mention's words or one of the two
     * words right before it, in its sentence ("a history of chronic diarrhea", "chronic arterial ischemia").
     */
    public static boolean saidChronic(Document doc, Mention mention) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        return hasWord(doc, Math.max(s.firstToken(), mention.firstToken() - 2), mention.endToken(), "chronic");
    }

    /** Infections that come in episodes ({@code episodic_conditions.tsv}): called chronic, they kept coming back. */
    private static final List<String> EPISODIC =
            HistoryMapping.readPrefixes("/org/opencac/engine/coding/episodic_conditions.tsv");

    /** Whether "chronic" said of this code means recurring episodes, each cleared, not one that persists. */
    private static boolean episodic(Code code) {
        return startsWithAny(code.code(), EPISODIC);
    }

    /** A code of the factors chapter (Z00-Z99): a status or a history, which no present tense makes a condition. */
    private static boolean factor(Code code) {
        return code.code().charAt(0) == 'Z';
    }

    /** A code of the injury chapter (S00-T88): an injury is an event, never a chronic condition ("chronic wounds"). */
    private static boolean injury(Code code) {
        char c = code.code().charAt(0);
        return c == 'S' || c == 'T';
    }

    /**
     * Whether the mention's sentence has the cue (lowercase, as written): a word, or words in a row
     * ("under treatment"), where "_" stands for the mention itself ("under _": the words right before it).
     */
    private static boolean sentenceHas(Document doc, Mention mention, SectionGate.Cue cue) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        List<String> words = cue.words();
        if (words.size() == 1) {
            return hasWord(doc, s.firstToken(), s.endToken(), cue.text());
        }
        int at = cue.mention();
        if (at >= 0) {
            return wordsAt(doc, mention.firstToken() - at, words, 0, at, s)
                    && wordsAt(doc, mention.endToken(), words, at + 1, words.size(), s);
        }
        for (int t = s.firstToken(); t + words.size() <= s.endToken(); t++) {
            if (wordsAt(doc, t, words, 0, words.size(), s)) {
                return true;
            }
        }
        return false;
    }

    /** True if the tokens from {@code t} are written words[from, to) (any case), all inside the sentence. */
    private static boolean wordsAt(Document doc, int t, List<String> words, int from, int to,
                                   Sentence s) {
        if (t < s.firstToken() || t + (to - from) > s.endToken()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!doc.tokens().get(t + k - from).text().equalsIgnoreCase(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** True if a word of the mention's sentence before the mention is {@code word} (any case). */
    private static boolean leadHas(Document doc, Mention mention, String word) {
        Sentence s = doc.sentences().get(mention.sentenceIndex());
        return hasWord(doc, s.firstToken(), Math.min(mention.firstToken(), s.endToken()), word);
    }

    /** True if a token of [from, to) is written {@code word} (any case). */
    private static boolean hasWord(Document doc, int from, int to, String word) {
        for (int t = from; t < to; t++) {
            if (doc.tokens().get(t).text().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions of one code: the best-scoring mention's rationale, and the count for repetition. */
    private static final class Builder {
        private final Code code;
        private final List<Integer> mentions = new ArrayList<>();
        private final List<String> rationale = new ArrayList<>();
        private double best;

        Builder(Code code) {
            this.code = code;
        }

        void add(int mention, double score, List<String> why) {
            mentions.add(mention);
            if (rationale.isEmpty() || score > best) {
                rationale.clear();
                rationale.addAll(why);
            }
            best = Math.max(best, score);
        }

        /** The other code's mentions as more evidence of this one; the rationale stays this code's. */
        void absorb(Builder other) {
            mentions.addAll(other.mentions);
            mentions.sort(null);
        }

        CodeCandidate build(CandidateScoring scoring) {
            double score = scoring.withRepetition(best, mentions.size());
            List<String> why = new ArrayList<>(rationale);
            if (mentions.size() > 1) {
                why.add("Documented " + mentions.size() + " times");
            }
            return new CodeCandidate(code.code(), code.title(), score, mentions, why);
        }
    }
}
