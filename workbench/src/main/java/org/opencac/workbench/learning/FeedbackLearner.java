package org.opencac.workbench.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.assertion.AssertionStatus;
import org.opencac.engine.assertion.Experiencer;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.section.Section;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Learning from feedback, applied after the engine as a post-processing step (no engine stage changes):
 * <ol>
 *   <li>substitute: a (trigger, code) pair coders keep changing to one other code is suggested as that code;</li>
 *   <li>suppress: a suggestion whose every trigger (or whose code) coders keep rejecting is held back;</li>
 *   <li>re-score: the engine score is the prior mean of the acceptance rate, updated by the coders' decisions;</li>
 *   <li>add: a code coders keep adding by hand for a trigger is suggested where that trigger appears asserted.</li>
 * </ol>
 * Each change appends a "Learning: ..." line to the rationale with the counts behind it.
 */
public final class FeedbackLearner {
    private final LearningPolicy policy;
    private final CodeSet codeSet;

    public FeedbackLearner(LearningPolicy policy, CodeSet codeSet) {
        this.policy = policy;
        this.codeSet = codeSet;
    }

    public List<Learned> apply(LearningStats stats, Document doc, List<Suggestion> suggestions) {
        List<Learned> out = new ArrayList<>();
        Set<String> present = new HashSet<>();
        suggestions.forEach(s -> present.add(s.code()));
        for (Suggestion s : suggestions) {
            if (stats.decisions() == 0) {
                out.add(new Learned(s, s.score(), "engine", false));
                continue;
            }
            Set<String> triggers = Triggers.of(s.evidence());
            List<String> notes = new ArrayList<>();
            Suggestion current = substitute(stats, s, triggers, present, notes);
            Optional<String> held = suppression(stats, current.code(), triggers);
            held.ifPresent(notes::add);
            double score = rescore(stats, current, triggers, notes);
            List<String> rationale = new ArrayList<>(current.rationale());
            rationale.addAll(notes);
            out.add(new Learned(new Suggestion(current.code(), current.description(), current.billable(), score,
                    current.evidence(), rationale, current.firstListed()), s.score(), "engine", held.isPresent()));
        }
        out.addAll(additions(stats, doc, present));
        return out;
    }

    private Suggestion substitute(LearningStats stats, Suggestion s, Set<String> triggers, Set<String> present,
                                  List<String> notes) {
        for (String t : triggers) {
            Tally pair = stats.pair(t, s.code());
            if (pair.reviewed() < policy.substituteMinDecisions()) {
                continue;
            }
            var top = pair.topChange();
            if (top.isEmpty() || top.get().getValue() < policy.substituteShare() * pair.reviewed()) {
                continue;
            }
            String to = top.get().getKey();
            Optional<Code> code = codeSet.get(to);
            if (code.isEmpty() || !code.get().billable() || present.contains(to)) {
                continue;
            }
            present.add(to);
            notes.add(String.format(Locale.ROOT, "Learning: coders changed %s to %s %d of %d times for '%s'",
                    s.code(), to, top.get().getValue(), pair.reviewed(), t));
            return new Suggestion(to, code.get().title(), true, s.score(), s.evidence(), s.rationale(),
                    s.firstListed());
        }
        return s;
    }

    /** Why the suggestion is held back, if it is: its code, or each of its triggers, rejected again and again. */
    private Optional<String> suppression(LearningStats stats, String code, Set<String> triggers) {
        Tally byCode = stats.code(code);
        if (mostlyRejected(byCode)) {
            return Optional.of(String.format(Locale.ROOT, "Learning: held back, %s rejected %d of %d times",
                    code, byCode.rejected(), byCode.reviewed()));
        }
        if (triggers.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        for (String t : triggers) {
            Tally pair = stats.pair(t, code);
            Tally tally = pair.reviewed() >= policy.suppressMinDecisions() ? pair : stats.trigger(t);
            if (!mostlyRejected(tally)) {
                return Optional.empty();
            }
            why.add(String.format(Locale.ROOT, "rejected %d of %d times for '%s'", tally.rejected(),
                    tally.reviewed(), t));
        }
        return Optional.of("Learning: held back, " + String.join("; ", why));
    }

    private boolean mostlyRejected(Tally t) {
        return t.reviewed() >= policy.suppressMinDecisions()
                && t.rejected() >= policy.suppressRejectShare() * t.reviewed();
    }

    private double rescore(LearningStats stats, Suggestion s, Set<String> triggers, List<String> notes) {
        Tally best = null;
        String label = null;
        for (String t : triggers) {
            Tally pair = stats.pair(t, s.code());
            if (pair.reviewed() > 0 && (best == null || pair.reviewed() > best.reviewed())) {
                best = pair;
                label = "for '" + t + "'";
            }
        }
        if (best == null && stats.code(s.code()).reviewed() > 0) {
            best = stats.code(s.code());
            label = "for " + s.code();
        }
        if (best == null) {
            return s.score();
        }
        double k = policy.priorStrength();
        double score = (k * s.score() + best.accepted()) / (k + best.reviewed());
        score = Math.round(score * 100) / 100.0;
        notes.add(String.format(Locale.ROOT, "Learning: accepted %d of %d times %s; score %.2f -> %.2f",
                best.accepted(), best.reviewed(), label, s.score(), score));
        return score;
    }

    private List<Learned> additions(LearningStats stats, Document doc, Set<String> present) {
        List<Learned> out = new ArrayList<>();
        String text = doc.text();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Map<String, Tally>> byTrigger : stats.pairs().entrySet()) {
            String trigger = byTrigger.getKey();
            if (trigger.length() < 3 || !lower.contains(trigger)) {
                continue;
            }
            for (Map.Entry<String, Tally> e : byTrigger.getValue().entrySet()) {
                String code = e.getKey();
                Tally t = e.getValue();
                int n = t.added() + t.reviewed();
                if (present.contains(code) || t.added() < policy.addMinDecisions()
                        || t.added() + t.accepted() < policy.addShare() * n) {
                    continue;
                }
                Optional<Code> c = codeSet.get(code);
                Optional<EvidenceSpan> span = assertedOccurrence(doc, lower, trigger);
                if (c.isEmpty() || !c.get().billable() || span.isEmpty()) {
                    continue;
                }
                present.add(code);
                double k = policy.priorStrength();
                double score = Math.round((t.added() + t.accepted()) / (n + k) * 100) / 100.0;
                Suggestion s = new Suggestion(code, c.get().title(), true, score, List.of(span.get()),
                        List.of(String.format(Locale.ROOT, "Learning: coders added %s %d of %d times for '%s'",
                                code, t.added(), n, trigger)), false);
                out.add(new Learned(s, 0.0, "learned", false));
            }
        }
        return out;
    }

    /** The first whole-word occurrence of the trigger that no negated, hypothetical or family mention covers. */
    private static Optional<EvidenceSpan> assertedOccurrence(Document doc, String lower, String trigger) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(trigger).replace(" ", "\\E\\s+\\Q")
                + "(?![\\p{L}\\p{N}])").matcher(lower);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean blocked = false;
            for (int i = 0; i < doc.mentions().size() && !blocked; i++) {
                Mention mention = doc.mentions().get(i);
                if (mention.span().start() < end && start < mention.span().end()) {
                    var a = doc.assertionOf(i);
                    blocked = (a.experiencer() != Experiencer.PATIENT
                            || a.status() == AssertionStatus.NEGATED || a.status() == AssertionStatus.HYPOTHETICAL
                            || a.status() == AssertionStatus.UNCERTAIN);
                }
            }
            if (!blocked) {
                return Optional.of(new EvidenceSpan(start, end, doc.text().substring(start, end),
                        sectionAt(doc, start), false, "present", "patient"));
            }
        }
        return Optional.empty();
    }

    static String sectionAt(Document doc, int offset) {
        for (Section s : doc.sections()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.category();
            }
        }
        return Section.UNKNOWN;
    }
}
