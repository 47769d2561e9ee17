package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The systemic infection behind severe sepsis and septic shock (Guidelines I.C.1.d.1-2): R65.2- is never reported
 * alone, it follows the sepsis it qualifies. When the note codes no such infection ("she went into septic shock"),
 * the sepsis whose organism is not named, A41.9, is added right before the code, on its evidence. Rules:
 * {@code underlying_infection.tsv}.
 */
public final class UnderlyingInfectionCheck implements Stage {
    public static final String FILE = "underlying_infection.tsv";

    /** One row: the codes needing an infection, the code added, and the codes that already state it. */
    record Rule(String id, List<CodePattern> needing, String infection, List<CodePattern> stated,
                String guideline, String what) {
    }

    private final CodeSet codeSet;
    private final List<Rule> rules;

    UnderlyingInfectionCheck(CodeSet codeSet, List<Rule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        for (Rule r : this.rules) {
            if (codeSet.get(r.infection()).filter(Code::billable).isEmpty()) {
                throw new IllegalArgumentException(FILE + ": rule " + r.id() + ": " + r.infection()
                        + " is not a billable code of " + codeSet.version().label());
            }
        }
    }

    public static UnderlyingInfectionCheck standard(CodeSet codeSet) {
        return new UnderlyingInfectionCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    static List<Rule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 6, cols -> new Rule(cols[0].trim(), patterns(cols[1]),
                cols[2].trim(), patterns(cols[3]), cols[4].trim(), cols[5].trim()));
    }

    private static List<CodePattern> patterns(String col) {
        List<CodePattern> patterns = CodePattern.parseList(col);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("no codes");
        }
        return patterns;
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = null;
        Set<String> added = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            CodeCandidate c = in.get(i);
            Rule r = unmet(c.code(), in);
            if (r != null && !added.add(r.infection())) {
                r = null;   // one sepsis for severe sepsis and septic shock both
            }
            if (r == null) {
                if (out != null) {
                    out.add(c);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(in.subList(0, i));
            }
            Code infection = codeSet.get(r.infection()).orElseThrow();
            out.add(c.withCode(infection, "Underlying infection (Guidelines " + r.guideline() + "): " + c.code()
                    + " is coded after " + r.what() + ", " + infection.code() + " (rule " + r.id() + ")"));
            out.add(c);
        }
        return out == null ? doc : doc.withCandidates(out);
    }

    /** The rule this code needs an infection by, when the candidates state none; else null. */
    private Rule unmet(String code, List<CodeCandidate> all) {
        for (Rule r : rules) {
            if (CodePattern.anyCovers(r.needing(), code)) {
                boolean stated = all.stream().anyMatch(o -> CodePattern.anyCovers(r.stated(), o.code()));
                return stated ? null : r;
            }
        }
        return null;
    }
}
