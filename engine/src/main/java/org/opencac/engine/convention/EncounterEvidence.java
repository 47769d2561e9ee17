package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.Assertion;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.WordTokenizer;
import org.opencac.models.codeset.Code;

/**
 * What the note says about the encounter beyond the diagnostic statement, for {@link PrincipalDiagnosisChoice}:
 * the conditions that answer the reason for the encounter, and the conditions a study's findings or the
 * statement rule out. Reads the {@code reason_cue} and {@code ruled_out} rules of {@code principal_diagnosis.json}.
 */
final class EncounterEvidence {
    private EncounterEvidence() {
    }

    /**
     * The 3-character categories that answer the reason for the encounter: a condition documented in a reason
     * section, the diagnosis a symptom documented there is integral to (as recorded by
     * {@link IntegralSymptomCheck}), or a condition a reason cue introduces in the same sentence; a condition named
     * there without the site its code needs (left to a site query) answers with its category. A candidate that
     * carries a reason mention only because it took in the condition another candidate codes from those words
     * answers {@linkplain Reasons#through through} that code.
     */
    static Reasons answersReason(Document doc, List<SectionType> reasonSections, List<PrincipalRule> rules) {
        Set<String> out = new HashSet<>();
        Map<String, Set<String>> through = new HashMap<>();
        Map<Integer, Reach> cueEnds = new HashMap<>();
        Set<Integer> describing = describingPatient(doc, reasonSections, rules);
        List<CodeCandidate> candidates = doc.candidates();
        for (CodeCandidate c : candidates) {
            String category = Code.categoryOf(c.code());
            for (int m : c.mentions()) {
                if (reasonSections.contains(doc.sectionTypeOf(m)) && !describing.contains(m)
                        || afterReasonCue(doc, m, cueEnds, rules)) {
                    String owner = otherOwner(doc, candidates, c, category, m);
                    if (owner == null) {
                        out.add(category);
                    } else {
                        through.computeIfAbsent(category, k -> new HashSet<>()).add(owner);
                    }
                }
            }
        }
        addFullerNames(doc, candidates, reasonSections, describing, out);
        for (MentionDecision d : doc.decisions()) {
            if (d.reason() == NotCodedReason.INTEGRAL && d.relatedCode() != null
                    && reasonSections.contains(doc.sectionTypeOf(d.mentionIndex()))
                    && !describing.contains(d.mentionIndex())) {
                out.add(Code.categoryOf(d.relatedCode()));
            } else if (d.reason() == NotCodedReason.SITE_QUERY && d.relatedCode() != null
                    && doc.assertionOf(d.mentionIndex()).presentForPatient()
                    && (reasonSections.contains(doc.sectionTypeOf(d.mentionIndex()))
                    || afterReasonCue(doc, d.mentionIndex(), cueEnds, rules))) {
                // the reason names the condition without the site its code needs ("admitted for chronic abscesses"):
                // the condition coded from the statement with its site answers it
                out.add(Code.categoryOf(d.relatedCode()));
            }
        }
        return new Reasons(out, through, describing);
    }

    /**
     * The mentions of a reason section that describe the patient rather than state why the patient came: written
     * before a reason cue of their sentence, with one of the cue's person words ({@code words}: "man", "patient")
     * between the mention and the cue ("a 50-year-old diabetic man presenting with chest pain": the diabetes tells
     * who the patient is, the chest pain why he came; IV.G, IV.D). A condition written before the cue with no person
     * word after it ("Foot ulcer, here for wound care") is the reason itself and is not one of these.
     */
    static Set<Integer> describingPatient(Document doc, List<SectionType> reasonSections, List<PrincipalRule> rules) {
        Set<Integer> out = new HashSet<>();
        Map<Long, int[]> descriptions = new HashMap<>();
        List<Mention> mentions = doc.mentions();
        for (int m = 0; m < mentions.size(); m++) {
            SectionType section = doc.sectionTypeOf(m);
            if (!reasonSections.contains(section)) {
                continue;
            }
            Mention mention = mentions.get(m);
            Sentence s = doc.sentences().get(mention.sentenceIndex());
            if (insideDescription(doc, s, mention, section, rules, descriptions)) {
                out.add(m);
                continue;
            }
            for (PrincipalRule r : rules) {
                if (r.kind() != PrincipalRule.Kind.REASON_CUE || r.before() || r.words().isEmpty()
                        || !r.sections().contains(section)) {
                    continue;
                }
                Matcher cue = r.pattern().matcher(doc.text()).region(mention.span().end(), s.span().end());
                if (cue.find() && !unlessBefore(doc, s, cue.start(), r)
                        && namesPerson(doc.text().substring(mention.span().end(), cue.start()), r.words())) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the mention lies inside a match, in its sentence, of a PATIENT_DESCRIPTION rule read in its section:
     * the words that tell who the patient is ("a 51-year-old, obese, white female"; "in a patient with ...").
     * The matches of a rule in a sentence are found once ({@code descriptions}, by sentence and rule) for all the
     * sentence's mentions.
     */
    private static boolean insideDescription(Document doc, Sentence s, Mention mention, SectionType section,
                                             List<PrincipalRule> rules, Map<Long, int[]> descriptions) {
        for (int k = 0; k < rules.size(); k++) {
            PrincipalRule r = rules.get(k);
            if (r.kind() != PrincipalRule.Kind.PATIENT_DESCRIPTION || !r.sections().contains(section)) {
                continue;
            }
            int[] found = descriptions.computeIfAbsent(((long) mention.sentenceIndex() << 32) | k,
                    key -> matchBounds(r.pattern().matcher(doc.text()).region(s.span().start(), s.span().end())));
            for (int j = 0; j < found.length && found[j] <= mention.span().start(); j += 2) {
                if (found[j + 1] >= mention.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The start and end of each match the matcher finds, in order, two entries a match. */
    private static int[] matchBounds(Matcher m) {
        int[] out = new int[0];
        int n = 0;
        while (m.find()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.max(4, n * 2));
            }
            out[n++] = m.start();
            out[n++] = m.end();
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Whether the words between a mention and a cue hold one of the person words, as a whole word, in one phrase with
     * the mention: a comma or other break ends it ("Management of renal failure, the patient on dialysis, admitted
     * for chest pain": the renal failure is named in its own right, apart from the patient).
     */
    private static boolean namesPerson(String between, List<String> persons) {
        if (PHRASE_BREAK.matcher(between).find()) {
            return false;
        }
        for (String w : words(between).split(" ")) {
            if (persons.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the categories of candidates whose mention outside the reason sections writes the whole phrase of a
     * present mention of a reason section and more words: the chief complaint's "chronic otitis media" is the
     * impression's "chronic otitis media with effusion" told with less detail, so the code of the fuller phrase
     * answers the reason for the encounter, as the code of the complaint's own words does (Guidelines I.B.2, IV.G).
     * The phrases are compared word by word, whole words only, whatever their case; a reason of one word names no
     * condition to be told more fully, and a phrase that coordinates two conditions ("chorea and dementia") codes
     * one of them only.
     */
    private static void addFullerNames(Document doc, List<CodeCandidate> candidates, List<SectionType> reasonSections,
                                       Set<Integer> describing, Set<String> out) {
        if (reasonSections.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        List<Mention> mentions = doc.mentions();
        for (int m = 0; m < mentions.size(); m++) {
            String reason = words(mentions.get(m).text());
            // one word ("edema", "fractures") names no condition of its own to be told more fully
            if (reason.indexOf(' ') > 0 && reasonSections.contains(doc.sectionTypeOf(m)) && !describing.contains(m)
                    && doc.assertionOf(m).presentForPatient()) {
                reasons.add(" " + reason + " ");
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        for (CodeCandidate c : candidates) {
            for (int m : c.mentions()) {
                if (reasonSections.contains(doc.sectionTypeOf(m))) {
                    continue;
                }
                if (COORDINATED.matcher(mentions.get(m).text()).find()) {
                    continue;   // "senile chorea and dementia" names two conditions: its code is one of them
                }
                String fuller = " " + words(mentions.get(m).text()) + " ";
                for (String reason : reasons) {
                    if (fuller.length() > reason.length() && fuller.contains(reason)) {
                        out.add(Code.categoryOf(c.code()));
                    }
                }
            }
        }
    }

    /** Punctuation that ends the phrase a mention stands in. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()\\[\\]]");

    /** A coordination or a list inside a mention's phrase. */
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:and|or|plus)\\b|[,;/&]");

    /** A phrase's words in lower case, one space between them, punctuation left out. */
    private static String words(String text) {
        // what joining the lower-cased text's runs of letters and digits by one space gives, in one pass
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || WordTokenizer.isNumber(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * The categories that answer the reason for the encounter. {@code own}: a mention of the reason names the
     * condition (or a symptom integral to it, or its site-less name). {@code through}: by category, the codes of
     * the other candidates whose words alone gave it the standing: a combination code carries the mentions of
     * the condition it keeps beside it as the additional code ("nocturia" in the chief complaint, coded R35.1,
     * is also a mention of the prostatic hyperplasia with urinary symptoms N40.1), so it answers the reason as
     * far as it accounts for that condition, and no further. {@code describing}: the mentions of a reason section
     * that only describe the patient ({@link #describingPatient}); they place no condition in that statement.
     */
    record Reasons(Set<String> own, Map<String, Set<String>> through, Set<Integer> describing) {
        /** True if the category answers the reason, on its own words or through another code's. */
        boolean answers(String category) {
            return own.contains(category) || through.containsKey(category);
        }

        /**
         * True if the category answers the reason on its own words, or through the words of {@code code} only
         * (the combination answers for the very condition it took in, not for another one).
         */
        boolean answersInsteadOf(String category, String code) {
            return own.contains(category) || through.getOrDefault(category, Set.of()).contains(code);
        }
    }

    /**
     * The code of another candidate that carries the reason mention and whose words name it, when the mention's
     * words do not name the candidate's own category (a combination code that took in a condition kept as its
     * additional code); null when the mention is the candidate's own. Read only for mentions of a reason, so the
     * scan of the candidates is short.
     */
    private static String otherOwner(Document doc, List<CodeCandidate> candidates, CodeCandidate c, String category,
                                     int m) {
        Mention mention = doc.mentions().get(m);
        if (namesCategory(mention, category)) {
            return null;
        }
        for (CodeCandidate other : candidates) {
            if (other != c && other.mentions().contains(m) && namesCategory(mention, Code.categoryOf(other.code()))) {
                return other.code();
            }
        }
        return null;
    }

    /** Whether a term of the mention has a code of the category (also asked by the first-listed choice). */
    static boolean namesCategory(Mention m, String category) {
        for (int i = 0; i < m.terms().size(); i++) {   // a loop, not a stream: asked per mention and category
            if (Code.categoryOf(m.terms().get(i).code()).equals(category)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention follows a reason cue of its section in its own sentence, before the cue's clause ends (or,
     * for a cue read backwards, precedes it in its sentence).
     * The reach of each sentence's first cue is worked out once ({@code cueEnds}, by sentence), so a long
     * sentence is read once, not once per mention.
     */
    private static boolean afterReasonCue(Document doc, int mentionIndex, Map<Integer, Reach> cueEnds,
                                          List<PrincipalRule> rules) {
        Mention m = doc.mentions().get(mentionIndex);
        Reach reach = cueEnds.computeIfAbsent(m.sentenceIndex(), i -> firstCueReach(doc, doc.sentences().get(i), rules));
        return reach.from() <= m.span().start() && m.span().start() < reach.to();
    }

    /** Where a reason cue's diagnoses may start, and where its clause ends. */
    private record Reach(int from, int to) {
        static final Reach NONE = new Reach(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private static Reach firstCueReach(Document doc, Sentence s, List<PrincipalRule> rules) {
        SectionType section = doc.sectionOf(s).type();
        Reach first = Reach.NONE;
        for (PrincipalRule r : rules) {
            if (r.kind() == PrincipalRule.Kind.REASON_CUE && r.sections().contains(section)) {
                Matcher cue = r.pattern().matcher(doc.text()).region(s.span().start(), s.span().end());
                if (!cue.find() || unlessBefore(doc, s, cue.start(), r)) {
                    continue;
                }
                // a cue read backwards ("the pneumonia required admission") reaches from the sentence's start to it
                Reach reach = r.before() ? new Reach(s.span().start(), cue.start())
                        : new Reach(cue.end(), clauseEnd(doc, s, cue.end(), r));
                if (reach.from() < first.from()) {
                    first = reach;
                }
            }
        }
        return first;
    }

    /** Where the rule's {@code until} words open another clause after the cue, else the sentence's end. */
    private static int clauseEnd(Document doc, Sentence s, int cueEnd, PrincipalRule r) {
        if (r.until() != null) {
            Matcher until = r.until().matcher(doc.text()).region(cueEnd, s.span().end());
            if (until.find()) {
                return until.start();
            }
        }
        return s.span().end();
    }

    /**
     * Whether the rule's {@code unless} words stand in the sentence before {@code end}: before a reason cue, they
     * place it in an earlier encounter ("at that time"); before a negated mention, they make the negation a
     * condition of a plan ("if no infection is found"), not what a study found.
     */
    private static boolean unlessBefore(Document doc, Sentence s, int end, PrincipalRule r) {
        return r.unless() != null && r.unless().matcher(doc.text()).region(s.span().start(), end).find();
    }

    /**
     * The mentions negated in a study's findings or in the diagnostic statement (RULED_OUT sections); a negation
     * the note states only as a condition of a plan ("if no infection": the rule's {@code unless} words) is none, and
     * so is a negated mention that only the rule's {@code codes} code: a drug the patient is not to take (its
     * long-term use status) names no condition and rules none out (the coagulopathy a drug caused stays
     * established when the plan stops that drug).
     */
    static List<Mention> negatedInStudy(Document doc, List<PrincipalRule> rules) {
        List<Mention> out = new ArrayList<>();
        for (PrincipalRule r : rules) {
            if (r.kind() != PrincipalRule.Kind.RULED_OUT) {
                continue;
            }
            for (int m = 0; m < doc.mentions().size(); m++) {
                // a finding without its site or type ("no stenosis") rules out no diagnosis of a named site; a
                // negation under a condition ("if no infection, start prophylaxis") reports no result
                Assertion a = doc.assertionOf(m);
                Mention mention = doc.mentions().get(m);
                Sentence s = doc.sentences().get(mention.sentenceIndex());
                if (a.negated() && !a.hypothetical() && !mention.isFinding() && r.sections().contains(doc.sectionTypeOf(m))
                        && !unlessBefore(doc, s, mention.span().start(), r) && !codedOnlyBy(mention, r)) {
                    out.add(mention);
                }
            }
        }
        return out;
    }

    /** Whether every term of the mention codes to one of the rule's codes (none: the rule names no codes). */
    private static boolean codedOnlyBy(Mention mention, PrincipalRule r) {
        return !r.codes().isEmpty() && !mention.terms().isEmpty()
                && mention.terms().stream().allMatch(t -> CodePattern.anyCovers(r.codes(), t.code()));
    }

    /**
     * Whether a negated mention rules the candidate's condition out (not established after study): it points
     * to the candidate's code or a header above it, or its words all name the candidate's evidence ("no
     * appendicitis" for "acute appendicitis"). A negated detail ("no thyroid storm") leaves the condition. A
     * negation in a section that also states the condition as present ("severe neuropathy ... no evidence of an
     * amyloid neuropathy") rules out a type or a cause of it, not the condition the same statement establishes.
     */
    static boolean ruledOut(Document doc, CodeCandidate c, List<Mention> negated) {
        if (negated.isEmpty()) {
            return false;
        }
        Set<Set<String>> evidence = new HashSet<>();   // distinct evidence wordings: a few per candidate
        Set<Integer> affirmedIn = new HashSet<>();     // the sections stating the condition as present
        for (int m : c.mentions()) {
            evidence.add(TitleWords.words(doc.mentions().get(m).text()));
            if (doc.assertionOf(m).presentForPatient()) {
                affirmedIn.add(doc.sentences().get(doc.mentions().get(m).sentenceIndex()).sectionIndex());
            }
        }
        for (Mention n : negated) {
            if (affirmedIn.contains(doc.sentences().get(n.sentenceIndex()).sectionIndex())) {
                continue;
            }
            if (n.terms().stream().anyMatch(t -> c.code().startsWith(t.code()))) {
                return true;
            }
            Set<String> words = TitleWords.words(n.text());
            if (evidence.stream().anyMatch(e -> e.containsAll(words))) {
                return true;
            }
        }
        return false;
    }
}
