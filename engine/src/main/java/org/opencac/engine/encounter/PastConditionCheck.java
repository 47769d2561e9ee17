package org.opencac.engine.encounter;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.HistoryCodeMap;
import org.opencac.engine.convention.CodePattern;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Guidelines I.C.2.d and I.C.21.c.8: a follow-up examination after the completed treatment of a cancer that
 * finds no recurrence (Z08) reports the cancer as personal history (Z85.-), not as a current malignancy. When a
 * REASON rule of {@code encounter_reasons.json} with past-condition ranges has given its code to the note, and
 * none of the rule's {@code notBeside} codes (a cancer still treated, Z51.1-) is there, every candidate in those
 * ranges with a personal-history code is recoded to it, with the rule in its rationale.
 */
public final class PastConditionCheck implements Stage {
    private final CodeSet codeSet;
    private final HistoryCodeMap history;
    private final List<EncounterRule> rules;
    private final EncounterRules.Operated operated;
    private final List<CodePattern> aftercare;
    private final List<CodePattern> operable;

    public PastConditionCheck(CodeSet codeSet, HistoryCodeMap history, EncounterRules.RuleSet set) {
        this.codeSet = codeSet;
        this.history = history;
        this.rules = set.rules().stream()
                .filter(r -> r.kind() == EncounterRule.Kind.REASON && !r.pastConditions().isEmpty()).toList();
        this.operated = set.operated();
        this.aftercare = operated.aftercareCodes();
        this.operable = operated.conditions();
    }

    public static PastConditionCheck standard(CodeSet codeSet) {
        return new PastConditionCheck(codeSet, HistoryCodeMap.standard(), EncounterRules.standard(codeSet));
    }

    @Override
    public Document process(Document doc) {
        return operatedOn(followUp(doc));
    }

    /**
     * At an aftercare encounter following surgery, a condition an operation ends every mention of which is written
     * as the object of that operation is over: its candidate is left out (personal history code if one exists).
     */
    private Document operatedOn(Document doc) {
        if (aftercare.isEmpty()
                || doc.candidates().stream().noneMatch(c -> CodePattern.anyCovers(aftercare, c.code()))) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            if (!CodePattern.anyCovers(operable, c.code()) || c.mentions().isEmpty()
                    || !c.mentions().stream().allMatch(m -> operated(doc, doc.mentions().get(m)))) {
                out.putIfAbsent(c.code(), c);
                continue;
            }
            String why = c.code() + ": the condition an earlier operation treated, over at this aftercare encounter"
                    + " (Guidelines I.C.21.c.7)";
            Optional<Code> past = personalHistory(c.code());
            if (past.isPresent()) {
                CodeCandidate now = c.withCode(past.get(), "personal history: " + why);
                out.putIfAbsent(now.code(), now);
            } else {
                for (int m : c.mentions()) {
                    decisions.add(new MentionDecision(m, NotCodedReason.HISTORY_NO_CODE, why, c.code()));
                }
            }
        }
        return out.size() == doc.candidates().size() && decisions.isEmpty() ? doc
                : doc.withCandidates(List.copyOf(out.values())).withDecisions(decisions);
    }

    /** True if the operation is written right after or right before the mention, in its sentence. */
    private boolean operated(Document doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentenceIndex());
        String text = doc.text();
        Matcher after = operated.after().matcher(text).region(m.span().end(), s.span().end());
        after.useTransparentBounds(true);
        if (after.lookingAt()) {
            return true;
        }
        int from = Math.max(s.span().start(), m.span().start() - 60);
        return operated.before().matcher(text).region(from, m.span().start()).find();
    }

    private Document followUp(Document doc) {
        EncounterRule rule = applying(doc.candidates());
        if (rule == null) {
            return doc;
        }
        Map<String, CodeCandidate> out = new LinkedHashMap<>();
        for (CodeCandidate c : doc.candidates()) {
            CodeCandidate now = c;
            if (rule.makesPast(c.code())) {
                Optional<Code> past = personalHistory(c.code());
                if (past.isPresent()) {
                    now = c.withCode(past.get(), "personal history: the encounter is a follow-up examination after"
                            + " completed treatment that finds no recurrence, " + c.code() + " recoded (Guidelines "
                            + rule.guideline() + "; rule " + rule.id() + ")");
                }
            }
            out.putIfAbsent(now.code(), now);
        }
        return doc.withCandidates(List.copyOf(out.values()));
    }

    /** The billable personal-history code of a condition (Z85.-, Z86.-, Z87.-), if it has one. */
    private Optional<Code> personalHistory(String code) {
        return history.billablePersonalHistoryCode(code, codeSet);
    }

    /** The first rule whose code the candidates hold and none of whose {@code notBeside} codes they hold. */
    private EncounterRule applying(List<CodeCandidate> candidates) {
        for (EncounterRule r : rules) {
            if (candidates.stream().anyMatch(c -> c.code().equals(r.code()))
                    && candidates.stream().noneMatch(c -> startsWithAny(c.code(), r.notBeside()))) {
                return r;
            }
        }
        return null;
    }
}
