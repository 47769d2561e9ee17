package org.opencac.engine.encounter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.convention.CodePattern;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * What an encounter for a wound's aftercare (Z48.0-: a dressing change, the removal of sutures) reports. In a
 * procedure report that codes a condition, the dressing is a step of the operation, not the reason for the
 * encounter: the Z code is dropped. Beside an injury, the aftercare is the injury's (Guidelines I.C.21.c.7: the
 * aftercare Z codes are not used for injuries; I.C.19.a): the Z code is dropped and the injury codes take the
 * 7th character D. The codes and the injury ranges are the {@code woundAftercare} block of
 * {@code encounter_reasons.json}.
 */
public final class WoundAftercareCheck implements Stage {
    private static final String GUIDELINE = "I.C.19.a; I.C.21.c.7";
    private final CodeSet codeSet;
    private final EncounterRules.RuleSet set;
    private final List<CodePattern> aftercare;
    private final List<CodePattern> injuries;

    public WoundAftercareCheck(CodeSet codeSet, EncounterRules.RuleSet set) {
        this.codeSet = codeSet;
        this.set = set;
        this.aftercare = set.woundAftercareCodes();
        this.injuries = set.injuries();
    }

    public static WoundAftercareCheck standard(CodeSet codeSet) {
        return new WoundAftercareCheck(codeSet, EncounterRules.standard(codeSet));
    }

    @Override
    public Document process(Document doc) {
        if (aftercare.isEmpty() || doc.candidates().stream().noneMatch(c -> CodePattern.anyCovers(aftercare, c.code()))) {
            return doc;
        }
        String why;
        boolean injury = false;
        if (set.procedureReport(doc)
                && doc.candidates().stream().anyMatch(c -> !CodePattern.anyCovers(aftercare, c.code()) && c.code().charAt(0) != 'Z')) {
            why = "a step of the operation this report records, not the reason for the encounter";
        } else if (doc.candidates().stream().anyMatch(c -> CodePattern.anyCovers(injuries, c.code()))) {
            why = "the aftercare of an injury is reported by the injury code with the 7th character D, not by an"
                    + " aftercare Z code";
            injury = true;
        } else {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            if (CodePattern.anyCovers(aftercare, c.code())) {
                for (int m : c.mentions()) {
                    decisions.add(new MentionDecision(m, NotCodedReason.DROPPED_BY_CONVENTION, c.code() + ": " + why
                            + " (Guidelines " + GUIDELINE + ")", null));
                }
                continue;
            }
            CodeCandidate now = c;
            if (injury && CodePattern.anyCovers(injuries, c.code()) && SubsequentCareCheck.initial(c.code())) {
                Optional<Code> d = SubsequentCareCheck.subsequentEncounter(codeSet, c.code());
                if (d.isPresent()) {
                    now = c.withCode(d.get(), "7th character D: the encounter is the injury's aftercare (a dressing"
                            + " change, the removal of sutures), " + c.code() + " recoded (Guidelines " + GUIDELINE + ")");
                }
            }
            out.putIfAbsent(now.code(), now);
        }
        return doc.withCandidates(List.copyOf(out.values())).withDecisions(decisions);
    }
}
