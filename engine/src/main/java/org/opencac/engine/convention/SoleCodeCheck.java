package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * Codes that say there is nothing else of their kind to report: the full-term uncomplicated delivery (O80) is not
 * coded when any other code of Chapter 15 describes the pregnancy, delivery or puerperium (Guidelines I.C.15.b.4);
 * the weeks of gestation (Z3A) are not coded for a pregnancy with an abortive outcome, ectopic or molar (O00-O08).
 * Beside one of the row's other codes the code is dropped, its mentions saying why. Rules: {@code sole_codes.tsv}.
 * The counterpart of {@link CompanionCodeCheck}, whose codes need another beside them.
 */
public final class SoleCodeCheck implements Stage {
    public static final String FILE = "sole_codes.tsv";

    private final List<PairedCodeRule> rules;

    SoleCodeCheck(List<PairedCodeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SoleCodeCheck standard() {
        return new SoleCodeCheck(PairedCodeRule.read(RuleFiles.bundled(FILE), FILE));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates().size());
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            PairedCodeRule rule = null;
            CodeCandidate other = null;
            for (PairedCodeRule r : rules) {
                if (CodePattern.anyCovers(r.codes(), c.code())) {
                    other = doc.candidates().stream().filter(o -> !o.code().equals(c.code())
                            && CodePattern.anyCovers(r.others(), o.code())).findFirst().orElse(null);
                    rule = r;
                    break;   // the first row that names the code decides
                }
            }
            if (other == null) {
                out.add(c);
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.DROPPED_BY_CONVENTION, c.code()
                        + ": not reported beside " + rule.othersName() + " (" + other.code() + "; Guidelines "
                        + rule.guideline() + "; rule " + rule.id() + ")", null));
            }
        }
        return decisions.isEmpty() ? doc : doc.withCandidates(out).withDecisions(decisions);
    }
}
