package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;

/**
 * History, status and health-hazard Z codes are reported after the conditions they accompany (Guidelines
 * I.C.21.c): the first-listed code keeps its place, the other conditions follow in their order, and the
 * supplementary codes come last, in theirs. Which codes are supplementary is data
 * ({@code supplementary_codes.tsv}). Runs after the first-listed choice and before "code first" pairing,
 * so a "use additional code" status still follows the condition that asks for it.
 */
public final class SupplementaryCodeOrder implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/supplementary_codes.tsv";

    /**
     * One range of supplementary codes.
     *
     * @param codes   a 3-character range ("Z80-Z87") or a code prefix ("Z68")
     * @param meaning what the codes say
     */
    public record Rule(String codes, String meaning) {
        public Rule {
            if (!codes.matches("[A-Z]\\d[0-9A-Z](-[A-Z]\\d[0-9A-Z])?|[A-Z]\\d[0-9A-Z]\\.[0-9A-Z]{1,4}")) {
                throw new IllegalArgumentException("supplementary codes must be a range like Z80-Z87 or a code prefix, was "
                        + codes);
            }
        }

        boolean covers(String code) {
            int dash = codes.indexOf('-');
            if (dash < 0) {
                return code.startsWith(codes);
            }
            String category = Code.categoryOf(code);
            return category.compareTo(codes.substring(0, dash)) >= 0 && category.compareTo(codes.substring(dash + 1)) <= 0;
        }
    }

    private final List<Rule> rules;

    public SupplementaryCodeOrder(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static SupplementaryCodeOrder standard() {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : DataFiles.table(RESOURCE, 2, 2)) {
            rules.add(new Rule(f[0], f[1]));
        }
        return new SupplementaryCodeOrder(rules);
    }

    boolean isSupplementary(String code) {
        for (Rule r : rules) {
            if (r.covers(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (in.size() < 3) {
            return doc;
        }
        List<CodeCandidate> conditions = new ArrayList<>();
        List<CodeCandidate> supplementary = new ArrayList<>();
        conditions.add(in.get(0));
        for (CodeCandidate c : in.subList(1, in.size())) {
            (isSupplementary(c.code()) ? supplementary : conditions).add(c);
        }
        if (supplementary.isEmpty()) {
            return doc;
        }
        conditions.addAll(supplementary);
        return conditions.equals(in) ? doc : doc.withCandidates(conditions);
    }
}
