package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;

/**
 * A condition named as what a visit is to evaluate ("referred for evaluation of X") that the same note later denies
 * ("no evidence of X at this time") was ruled out by the evaluation: the referral's mention takes the later
 * negation (Guidelines II.H and IV.H: code the conditions established after study; a condition ruled out is not
 * coded). A condition the note does not deny later keeps its assertion, and so does a symptom (the complaint). Data: {@code evaluation_reason_cues.txt}.
 */
final class EvaluatedThenExcluded {
    static final String DATA = "/org/opencac/engine/assertion/evaluation_reason_cues.txt";
    static final String CUE = "evaluated_then_excluded";
    /** Words at most between the end of the phrase and the mention ("of possible X", "of a X"). */
    private static final int REACH = 2;
    /**
     * Chapter 18: a symptom a visit evaluates is its complaint, present when the visit began, even if the patient
     * denies it on the day of the examination.
     */
    private static final String SYMPTOMS = "R";

    private final List<List<String>> phrases;

    EvaluatedThenExcluded(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static EvaluatedThenExcluded standard() {
        List<List<String>> phrases = new ArrayList<>();
        for (String line : DataFiles.lines(DATA)) {
            phrases.add(List.of(line.trim().toLowerCase(Locale.ROOT).split(" ")));
        }
        return new EvaluatedThenExcluded(phrases);
    }

    /** The assertions, each present mention a phrase names for evaluation and a later one denies made negated. */
    List<Assertion> apply(Document doc, List<Assertion> assertions) {
        List<Mention> mentions = doc.mentions();
        // the last sentence with a denial laterDenial reads: a mention in it or after it has no later denial
        int lastDenial = -1;
        for (int j = 0; j < mentions.size(); j++) {
            if (denial(assertions.get(j))) {
                lastDenial = Math.max(lastDenial, mentions.get(j).sentenceIndex());
            }
        }
        List<Assertion> out = null;
        for (int i = 0; i < assertions.size(); i++) {
            Assertion a = assertions.get(i);
            if (!a.presentForPatient() || mentions.get(i).sentenceIndex() >= lastDenial
                    || !afterPhrase(doc, mentions.get(i))) {
                continue;
            }
            int later = laterDenial(mentions, assertions, i);
            if (later >= 0) {
                out = out == null ? new ArrayList<>(assertions) : out;
                out.set(i, a.withNegation(CUE));
            }
        }
        return out == null ? assertions : out;
    }

    /** Whether one of the phrases ends at most {@link #REACH} words before the mention, in its sentence. */
    private boolean afterPhrase(Document doc, Mention m) {
        if (m.sentenceIndex() < 0 || m.sentenceIndex() >= doc.sentences().size()) {
            return false;
        }
        Sentence s = doc.sentences().get(m.sentenceIndex());
        List<Token> tokens = doc.tokens();
        for (List<String> phrase : phrases) {
            for (int end = m.firstToken(); end >= Math.max(s.firstToken() + phrase.size(), m.firstToken() - REACH);
                    end--) {
                if (endsAt(tokens, phrase, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsAt(List<Token> tokens, List<String> phrase, int end) {
        int start = end - phrase.size();
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(start + k).text().equalsIgnoreCase(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A later mention, in another sentence, of one of the mention's codes, negated for the patient; or -1. */
    private static int laterDenial(List<Mention> mentions, List<Assertion> assertions, int i) {
        Mention m = mentions.get(i);
        Set<String> codes = codes(m);
        if (codes.isEmpty() || codes.stream().allMatch(c -> c.startsWith(SYMPTOMS))) {
            return -1;
        }
        for (int j = 0; j < mentions.size(); j++) {
            Mention other = mentions.get(j);
            Assertion b = assertions.get(j);
            if (other.sentenceIndex() <= m.sentenceIndex() || !denial(b)) {
                continue;
            }
            for (String c : codes(other)) {
                if (codes.contains(c)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** A negation of the patient's condition that is not hypothetical: what a later denial is. */
    private static boolean denial(Assertion b) {
        return b.negated() && b.experiencer() == Experiencer.PATIENT && !b.hypothetical();
    }

    private static Set<String> codes(Mention m) {
        Set<String> out = new HashSet<>();
        for (Term t : m.candidateTerms()) {
            out.add(t.code());
        }
        return out;
    }
}
