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
 * The manifestation an etiology always brings (Guidelines I.A.13): a disease that is itself a dementia (Alzheimer
 * disease) is coded with its dementia (F02.80) however the note names it, "Alzheimer's" or "Alzheimer dementia".
 * The manifestation is added right after the etiology, on the etiology's evidence, unless the note already codes
 * a code that states it (a dementia of a documented severity). Rules: {@code manifestation_codes.tsv}.
 */
public final class ManifestationCodeCheck implements Stage {
    public static final String FILE = "manifestation_codes.tsv";

    /** One row: the etiology codes, the manifestation they bring, and the codes that already state it. */
    record Rule(String id, List<CodePattern> etiology, String manifestation, List<CodePattern> stated,
                String guideline, String what) {
    }

    private final CodeSet codeSet;
    private final List<Rule> rules;

    ManifestationCodeCheck(CodeSet codeSet, List<Rule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        for (Rule r : this.rules) {
            if (codeSet.get(r.manifestation()).filter(Code::billable).isEmpty()) {
                throw new IllegalArgumentException(FILE + ": rule " + r.id() + ": " + r.manifestation()
                        + " is not a billable code of " + codeSet.version().label());
            }
        }
    }

    public static ManifestationCodeCheck standard(CodeSet codeSet) {
        return new ManifestationCodeCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
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
            if (r != null && !added.add(r.manifestation())) {
                r = null;   // one manifestation for two codes of the disease
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
            out.add(c);
            Code m = codeSet.get(r.manifestation()).orElseThrow();
            out.add(c.withCode(m, "Manifestation (Guidelines " + r.guideline() + "): " + c.code() + " is coded with "
                    + r.what() + ", " + m.code() + " (rule " + r.id() + ")"));
        }
        return out == null ? doc : doc.withCandidates(out);
    }

    /** The rule whose etiology this code is and whose manifestation the candidates do not state, or null. */
    private Rule unmet(String code, List<CodeCandidate> all) {
        for (Rule r : rules) {
            if (CodePattern.anyCovers(r.etiology(), code)) {
                boolean stated = all.stream().anyMatch(o -> CodePattern.anyCovers(r.stated(), o.code()));
                return stated ? null : r;
            }
        }
        return null;
    }
}
