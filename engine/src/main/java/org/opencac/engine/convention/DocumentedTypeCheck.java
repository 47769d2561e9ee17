package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The type a note documents for a condition whose bare words default to another (Guidelines I.C.4.a: diabetes of
 * no documented type is type 2): a code of the default category whose evidence does not state the default type
 * is recoded to the same subcode of the documented category, when the candidates hold a code of that category and
 * the recoded code is billable ("diabetic neuropathy" beside "type 1 diabetes" is E10.40). Rules in
 * {@code documented_type.tsv}.
 */
public final class DocumentedTypeCheck implements Stage {
    public static final String FILE = "documented_type.tsv";

    /**
     * @param id          unique rule id
     * @param fromCategory the default category (E11)
     * @param toCategory   the documented category (E10)
     * @param defaultWords words of which one in the evidence states the default type (lowercase)
     */
    public record Rule(String id, String fromCategory, String toCategory, Set<String> defaultWords) {
        public Rule {
            defaultWords = Set.copyOf(defaultWords);
            if (!fromCategory.matches("[A-Z]\\d[0-9A-Z]") || !toCategory.matches("[A-Z]\\d[0-9A-Z]")) {
                throw new IllegalArgumentException("categories must be 3 characters: " + fromCategory + ", " + toCategory);
            }
        }
    }

    private final CodeSet codeSet;
    private final List<Rule> rules;

    public DocumentedTypeCheck(CodeSet codeSet, List<Rule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
    }

    public static DocumentedTypeCheck standard(CodeSet codeSet) {
        return new DocumentedTypeCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    /** Reads a rule file; a bad row fails naming the file and the rule id. */
    public static List<Rule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 4,
                cols -> new Rule(cols[0].trim(), cols[1].trim(), cols[2].trim(),
                        Set.of(cols[3].trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*"))));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        for (Rule r : rules) {
            if (list.stream().noneMatch(c -> c.code().startsWith(r.toCategory()))) {
                continue;
            }
            List<CodeCandidate> out = new ArrayList<>();
            for (CodeCandidate c : list) {
                Code to = c.code().startsWith(r.fromCategory()) && !statesDefault(doc, c, r)
                        ? codeSet.get(r.toCategory() + c.code().substring(3)).filter(Code::billable).orElse(null)
                        : null;
                out.add(to == null ? c : Candidates.recoded(c, to, "The note documents " + r.toCategory()
                        + " (rule " + r.id() + ", Guidelines I.C.4.a): " + c.code() + " of words that state no type"
                        + " is " + to.code()));
            }
            list = Candidates.mergeSameCode(out);
        }
        return list == doc.candidates() ? doc : doc.withCandidates(list);
    }

    /** True if a word of the candidate's evidence states the default type. */
    private static boolean statesDefault(Document doc, CodeCandidate c, Rule r) {
        for (int m : c.mentions()) {
            for (String w : doc.mentions().get(m).text().toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
                if (r.defaultWords().contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
