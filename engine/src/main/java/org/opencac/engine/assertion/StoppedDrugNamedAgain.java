package org.opencac.engine.assertion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Sentence;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.Term;

/**
 * A drug listed as taken and named again right after as stopped ("takes a statin and aspirin. Aspirin was stopped a
 * week ago") is no drug the patient takes now: the earlier mention takes the stop's negation, so no long-term use
 * code (Z79) comes from the list. Only the same drug (the same words and a shared long-term drug code), in the stop's
 * own sentence or the one just before it, in the same section; only a stop the cue ids of
 * {@code stopped_drug_named_again.tsv} tell (a hold or a plan to stop leaves the drug standing), and not one its
 * sentence ties to a procedure ("stopped two days before the colonoscopy": held for it, taken again after).
 */
final class StoppedDrugNamedAgain {
    static final String DATA = "/org/opencac/engine/assertion/stopped_drug_named_again.tsv";
    static final String CUE = "stopped_drug_named_again";
    /** Long-term drug therapy codes, the only mentions the stop cues deny. */
    private static final String DRUG_CODES = "Z79";

    private final Set<String> stopCues;
    private final Set<String> procedureWords;

    StoppedDrugNamedAgain(Set<String> stopCues, Set<String> procedureWords) {
        this.stopCues = Set.copyOf(stopCues);
        this.procedureWords = Set.copyOf(procedureWords);
    }

    static StoppedDrugNamedAgain standard() {
        Set<String> cues = new HashSet<>();
        Set<String> procedures = new HashSet<>();
        DataFiles.kinds(DATA, Map.of("cue", cues::add, "procedure", w -> procedures.add(w.toLowerCase(Locale.ROOT))));
        return new StoppedDrugNamedAgain(cues, procedures);
    }

    /** The assertions, each present drug mention a stop of the same drug just after denies made negated. */
    List<Assertion> apply(Document doc, List<Assertion> assertions) {
        List<Mention> mentions = doc.mentions();
        List<Assertion> out = null;
        for (int j = 0; j < assertions.size(); j++) {
            Assertion stop = assertions.get(j);
            if (!stop.negated() || stop.cues().stream().noneMatch(stopCues::contains)) {
                continue;
            }
            Mention later = mentions.get(j);
            String drugCode = drugCode(later);
            if (drugCode == null || later.sentenceIndex() < 0 || heldForProcedure(doc, later)) {
                continue;
            }
            for (int i = j - 1; i >= 0; i--) {
                Mention earlier = mentions.get(i);
                if (earlier.sentenceIndex() < later.sentenceIndex() - 1) {
                    break;
                }
                Assertion a = (out == null ? assertions : out).get(i);
                if (a.presentForPatient() && earlier.sentenceIndex() >= 0
                        && sameSection(doc, earlier, later) && sameDrug(earlier, later, drugCode)) {
                    if (out == null) {
                        out = new ArrayList<>(assertions);
                    }
                    out.set(i, a.withNegation(CUE));
                }
            }
        }
        return out == null ? assertions : out;
    }

    /** Whether the stop's sentence names a procedure, so that the stop is a hold for it. */
    private boolean heldForProcedure(Document doc, Mention later) {
        Sentence s = doc.sentences().get(later.sentenceIndex());
        List<Token> tokens = doc.tokens();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            if (procedureWords.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String drugCode(Mention m) {
        for (Term t : m.candidateTerms()) {
            if (t.code().startsWith(DRUG_CODES)) {
                return t.code();
            }
        }
        return null;
    }

    private static boolean sameDrug(Mention earlier, Mention later, String drugCode) {
        return earlier.text().toLowerCase(Locale.ROOT).equals(later.text().toLowerCase(Locale.ROOT))
                && earlier.candidateTerms().stream().anyMatch(t -> t.code().equals(drugCode));
    }

    private static boolean sameSection(Document doc, Mention earlier, Mention later) {
        List<Sentence> sentences = doc.sentences();
        return sentences.get(earlier.sentenceIndex()).sectionIndex() == sentences.get(later.sentenceIndex()).sectionIndex();
    }
}
