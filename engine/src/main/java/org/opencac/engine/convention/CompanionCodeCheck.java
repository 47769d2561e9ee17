package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * Codes that only qualify another code are reported only beside it: an external cause code beside the
 * injury, poisoning or complication it explains (Guidelines I.C.20: "a car accident years ago", "lifting
 * weights" as exercise, pain "increased with lifting" are read and left out), a body mass index beside the
 * weight diagnosis it supports (I.B.14: a BMI measured in the vital signs of a patient with no weight
 * diagnosis is not reported). Without a companion the code is dropped, its mentions saying why; a rule may
 * demote it instead, after every other code, where the companion is the more likely miss: an organism (B95-B97)
 * named in a note whose infection the engine did not code (I.C.1.b: the coder codes the infection, or leaves
 * the organism out).
 * Rules: {@code companion_codes.tsv}.
 */
public final class CompanionCodeCheck implements Stage {
    public static final String FILE = "companion_codes.tsv";

    private final List<PairedCodeRule> rules;

    CompanionCodeCheck(List<PairedCodeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CompanionCodeCheck standard() {
        return new CompanionCodeCheck(PairedCodeRule.read(RuleFiles.bundled(FILE), FILE));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates().size());
        List<CodeCandidate> demoted = new ArrayList<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            PairedCodeRule unmet = unmet(c.code(), doc.candidates());
            if (unmet == null) {
                out.add(c);
            } else if (unmet.demote()) {
                List<String> why = new ArrayList<>(c.rationale());
                why.add("Listed last: no " + unmet.othersName() + " coded beside it; code that condition, or leave "
                        + c.code() + " out (Guidelines " + unmet.guideline() + "; rule " + unmet.id() + ")");
                demoted.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why, c.alternatives()));
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.DROPPED_BY_CONVENTION, c.code()
                        + ": no " + unmet.othersName() + " coded beside it (Guidelines " + unmet.guideline()
                        + "; rule " + unmet.id() + ")", null));
            }
        }
        if (demoted.isEmpty()) {
            return decisions.isEmpty() ? doc : doc.withCandidates(out).withDecisions(decisions);
        }
        out.addAll(demoted);
        return decisions.isEmpty() ? doc.withCandidates(out) : doc.withCandidates(out).withDecisions(decisions);
    }

    /** The rule naming this code whose companion the note does not code, or null. */
    private PairedCodeRule unmet(String code, List<CodeCandidate> all) {
        for (PairedCodeRule r : rules) {
            if (CodePattern.anyCovers(r.codes(), code)) {
                boolean met = all.stream().anyMatch(o -> CodePattern.anyCovers(r.others(), o.code()));
                return met ? null : r;
            }
        }
        return null;
    }
}
