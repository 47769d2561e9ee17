package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;

/**
 * External cause codes only beside the consequence they explain (Guidelines I.C.20): an accident, a fall or
 * an exertion in the note ("a car accident years ago", "lifting weights" as exercise, pain "increased with
 * lifting") is reported as an external cause only when the note codes an injury, poisoning or complication
 * the cause accounts for. Without one the external cause code is dropped, its mentions saying why.
 * Rules: {@code external_cause.tsv}.
 */
public final class ExternalCauseCheck implements Stage {
    public static final String FILE = "external_cause.tsv";

    /** One row: the external cause codes it concerns and the codes of which the note must have one. */
    public record Rule(String id, List<CodePattern> cause, List<CodePattern> consequence, String guideline) {
        public Rule {
            cause = List.copyOf(cause);
            consequence = List.copyOf(consequence);
            if (cause.isEmpty() || consequence.isEmpty()) {
                throw new IllegalArgumentException("needs cause and consequence code patterns");
            }
        }
    }

    private final List<Rule> rules;

    public ExternalCauseCheck(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ExternalCauseCheck standard() {
        return new ExternalCauseCheck(read(RuleFiles.bundled(FILE), FILE));
    }

    /** Reads the TSV rule file; a bad row fails naming the file and the rule id. */
    public static List<Rule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 4,
                cols -> new Rule(cols[0].trim(), patterns(cols[1]), patterns(cols[2]), cols[3].trim()));
    }

    private static List<CodePattern> patterns(String col) {
        return CodePattern.parseAll(Arrays.stream(col.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList());
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>(doc.candidates().size());
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            Rule unmet = unmet(c.code(), doc.candidates());
            if (unmet == null) {
                out.add(c);
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.DROPPED_BY_CONVENTION, c.code()
                        + ": an external cause with no injury, poisoning or complication coded (Guidelines "
                        + unmet.guideline() + "; rule " + unmet.id() + ")", null));
            }
        }
        return decisions.isEmpty() ? doc : doc.withCandidates(out).withDecisions(decisions);
    }

    /** The rule naming this code whose consequence the note does not code, or null. */
    private Rule unmet(String code, List<CodeCandidate> all) {
        for (Rule r : rules) {
            if (CodePattern.anyCovers(r.cause(), code)) {
                boolean met = all.stream().anyMatch(o -> CodePattern.anyCovers(r.consequence(), o.code()));
                return met ? null : r;
            }
        }
        return null;
    }
}
