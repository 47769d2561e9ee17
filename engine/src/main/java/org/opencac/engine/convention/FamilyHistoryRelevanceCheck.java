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
 * Family history codes (Z80-Z84) only where the family history bears on this encounter (Guidelines
 * I.C.21.c.4): a family history code stays when the note also codes a condition of the patient in the
 * same organ system, or an encounter for an examination or a screening; a relative's condition unrelated to
 * anything coded ("father had diabetes" in an eye consult) is read and left out, its mentions saying why.
 * A family history code no rule names stays, and so do family history codes when nothing else is coded.
 * Rules: {@code family_history_relevance.tsv}.
 */
public final class FamilyHistoryRelevanceCheck implements Stage {
    public static final String FILE = "family_history_relevance.tsv";

    /** One row: the family history codes it concerns and the codes of the patient that make them relevant. */
    public record Rule(String id, List<CodePattern> family, List<CodePattern> related, String what) {
        public Rule {
            family = List.copyOf(family);
            related = List.copyOf(related);
            if (family.isEmpty() || related.isEmpty()) {
                throw new IllegalArgumentException("needs family and related code patterns");
            }
        }
    }

    private static final CodePattern FAMILY_HISTORY = CodePattern.parse("Z80-Z84");

    private final List<Rule> rules;

    public FamilyHistoryRelevanceCheck(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static FamilyHistoryRelevanceCheck standard() {
        return new FamilyHistoryRelevanceCheck(read(RuleFiles.bundled(FILE), FILE));
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
        List<CodeCandidate> list = doc.candidates();
        List<String> own = new ArrayList<>();
        for (CodeCandidate c : list) {
            if (!FAMILY_HISTORY.covers(c.code())) {
                own.add(c.code());
            }
        }
        if (own.isEmpty() || own.size() == list.size()) {
            return doc;   // nothing but family history, or no family history: nothing to weigh
        }
        List<CodeCandidate> out = new ArrayList<>(list.size());
        List<MentionDecision> decisions = new ArrayList<>();
        for (CodeCandidate c : list) {
            if (!FAMILY_HISTORY.covers(c.code())) {
                out.add(c);
                continue;
            }
            boolean named = false;
            Rule relevant = null;
            String by = null;
            for (Rule r : rules) {
                if (!CodePattern.anyCovers(r.family(), c.code())) {
                    continue;
                }
                named = true;
                for (String code : own) {
                    if (CodePattern.anyCovers(r.related(), code)) {
                        relevant = r;
                        by = code;
                        break;
                    }
                }
                if (relevant != null) {
                    break;
                }
            }
            if (!named) {
                out.add(c);
            } else if (relevant != null) {
                out.add(Candidates.withRationale(c, "Family history reported: it bears on " + by + " ("
                        + relevant.what() + "; Guidelines I.C.21.c.4; rule " + relevant.id() + ")"));
            } else {
                decisions.addAll(Candidates.dropped(c, NotCodedReason.FAMILY_UNRELATED,
                        c.code() + " bears on no condition or encounter reason coded in this note", null));
            }
        }
        if (decisions.isEmpty() && out.size() == list.size()) {
            return doc.withCandidates(out);
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }
}
