package org.opencac.engine.encounter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.C.19.a: a visit after the injury's active treatment (therapy sessions, a follow-up of the
 * injury) reports the injury with the 7th character D, not A. When a SUBSEQUENT_CARE rule of
 * {@code encounter_reasons.json} finds the note to be such a visit, every candidate whose code carries the
 * 7th character A and has a D sibling in the code set is recoded to it, with the rule in its rationale.
 */
public final class SubsequentCareCheck implements Stage {
    private final CodeSet codeSet;
    private final List<EncounterRule> rules;

    public SubsequentCareCheck(CodeSet codeSet, EncounterRules.RuleSet set) {
        this.codeSet = codeSet;
        this.rules = set.rules().stream().filter(r -> r.kind() == EncounterRule.Kind.SUBSEQUENT_CARE).toList();
    }

    public static SubsequentCareCheck standard(CodeSet codeSet) {
        return new SubsequentCareCheck(codeSet, EncounterRules.standard(codeSet));
    }

    @Override
    public Document process(Document doc) {
        if (doc.candidates().stream().noneMatch(c -> initial(c.code()))) {
            return doc;
        }
        EncounterRule rule = subsequentCare(doc);
        if (rule == null) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = c;
            if (initial(c.code())) {
                Optional<Code> d = subsequentEncounter(codeSet, c.code());
                if (d.isPresent()) {
                    now = c.withCode(d.get(), "7th character D: care after the injury's active treatment, "
                            + c.code() + " recoded (Guidelines " + rule.guideline() + "; rule " + rule.id() + ")");
                }
            }
            out.putIfAbsent(now.code(), now);
        }
        return doc.withCandidates(List.copyOf(out.values()));
    }

    private EncounterRule subsequentCare(Document doc) {
        for (Sentence s : doc.sentences()) {
            for (EncounterRule r : rules) {
                if (r.sections().contains(doc.sectionOf(s).type())) {
                    if (r.pattern().find(doc.text(), s.span().start(), s.span().end()) != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** The billable code of the same injury with the 7th character D (subsequent encounter) for an initial one. */
    static Optional<Code> subsequentEncounter(CodeSet codeSet, String initial) {
        return codeSet.get(initial.substring(0, initial.length() - 1) + "D").filter(Code::billable);
    }

    /** A code of the injury and external-cause chapters with the 7th character A ("S06.9X0A"). */
    static boolean initial(String code) {
        return code.length() == 8 && (code.charAt(0) == 'S' || code.charAt(0) == 'T') && code.endsWith("A");
    }
}
