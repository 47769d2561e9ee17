package org.opencac.engine.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.models.lexicon.TermSource;

/**
 * Applies what a section means for coding ({@link SectionPolicy}, data {@code section_policy.tsv}) to the
 * candidates: reactions listed under allergies are not conditions; a finding documented only in the
 * review of systems or the exam is not coded ("ROS only", "exam only") unless the condition is documented
 * in a section coded in its own right: the same code (its evidence then already merged in one candidate),
 * or, for a disease, the same 3-character category (symptom, R, and factor, Z, categories group unrelated
 * conditions). Measured values (BMI, NIHSS) keep their own rules. Every dropped mention gets a decision.
 */
public final class SectionPolicyCheck implements Stage {
    private final SectionPolicy policy;

    public SectionPolicyCheck(SectionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Document process(Document doc) {
        List<MentionDecision> decisions = new ArrayList<>();
        List<CodeCandidate> withoutReactions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            List<Integer> kept = new ArrayList<>();
            for (int m : c.mentions()) {
                SectionType type = sectionOf(doc, m);
                if (policy.roleOf(type) == SectionRole.ALLERGIES && !policy.keeps(type, c.code())) {
                    decisions.add(new MentionDecision(m, NotCodedReason.ALLERGY_REACTION, c.code()));
                } else {
                    kept.add(m);
                }
            }
            if (kept.size() == c.mentions().size()) {
                withoutReactions.add(c);
            } else if (!kept.isEmpty()) {
                withoutReactions.add(new CodeCandidate(c.code(), c.title(), c.score(), kept, c.rationale()));
            }
        }
        Set<String> documented = new HashSet<>();
        for (CodeCandidate c : withoutReactions) {
            if (!listedOnly(doc, c)) {
                documented.add(c.code());
                if (!symptomOrFactor(c.code())) {
                    documented.add(category(c.code()));
                }
            }
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (CodeCandidate c : withoutReactions) {
            if (!listedOnly(doc, c)) {
                out.add(c);
            } else if (!symptomOrFactor(c.code()) && documented.contains(category(c.code()))) {
                List<String> why = new ArrayList<>(c.rationale());
                why.add("Found in the review of systems or exam only; coded because the condition ("
                        + category(c.code()) + ") is documented elsewhere in the note");
                out.add(new CodeCandidate(c.code(), c.title(), c.score(), c.mentions(), why));
            } else {
                for (int m : c.mentions()) {
                    decisions.add(new MentionDecision(m, policy.roleOf(sectionOf(doc, m)) == SectionRole.REVIEW_OF_SYSTEMS
                            ? NotCodedReason.ROS_ONLY : NotCodedReason.EXAM_ONLY, c.code()));
                }
            }
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }

    /** True if every mention of the candidate is a finding listed in the review of systems or the exam. */
    private boolean listedOnly(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            SectionType type = sectionOf(doc, m);
            boolean measured = TermChoice.best(doc.mentions().get(m).terms()).source() == TermSource.MEASUREMENT;
            if (!policy.roleOf(type).listsFindingsOnly() || measured || policy.keeps(type, c.code())) {
                return false;
            }
        }
        return true;
    }

    private static SectionType sectionOf(Document doc, int mention) {
        return doc.sectionOf(doc.sentences().get(doc.mentions().get(mention).sentenceIndex())).type();
    }

    private static boolean symptomOrFactor(String code) {
        return code.startsWith("R") || code.startsWith("Z");
    }

    private static String category(String code) {
        return code.length() > 3 ? code.substring(0, 3) : code;
    }
}
