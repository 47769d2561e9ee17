package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;

/**
 * Family history codes (Z80-Z84) only where the family history bears on this encounter (Guidelines
 * I.C.21.c.4): a family history code stays when the first-listed code (chosen by
 * {@link PrincipalDiagnosisChoice}, which runs before) or a code of the chief complaint or indication (the
 * reason for the encounter) is a condition of the patient in the same organ
 * system, or an encounter for an examination or a screening; a relative's condition that bears only on a
 * secondary condition or on nothing coded ("father had diabetes" in an eye consult, a relative's
 * hypertension beside the patient's) is read and left out, its mentions saying why.
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
        return CodePattern.parseList(col);
    }

    /**
     * The codes that state the reason for the encounter: the first-listed one (the first of {@code own}) and
     * those documented in the chief complaint or the indication.
     */
    static List<String> reasonForEncounter(Document doc, List<String> own) {
        List<String> out = new ArrayList<>(List.of(own.get(0)));
        for (CodeCandidate c : doc.candidates()) {
            if (own.contains(c.code()) && !out.contains(c.code()) && inReasonSection(doc, c)) {
                out.add(c.code());
            }
        }
        return out;
    }

    private static boolean inReasonSection(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            if (m < 0 || m >= doc.mentions().size()) {
                continue;
            }
            SectionType type = doc.sectionTypeOf(m);
            if (type == SectionType.CHIEF_COMPLAINT || type == SectionType.INDICATION) {
                return true;
            }
        }
        return false;
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
        own = reasonForEncounter(doc, own);
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
                        c.code() + " bears on no first-listed condition or encounter reason of this note", c.code()));
            }
        }
        if (decisions.isEmpty() && out.size() == list.size()) {
            return doc.withCandidates(out);
        }
        return doc.withCandidates(out).withDecisions(decisions);
    }
}
