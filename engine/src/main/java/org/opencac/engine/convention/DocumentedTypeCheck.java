package org.opencac.engine.convention;

import static org.opencac.engine.CodePrefixes.startsWithAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.RuleColumns;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * The type a note documents for a condition whose bare words default to another (Guidelines I.C.4.a: diabetes of
 * no documented type is type 2): a code of the default category whose evidence does not state the default type
 * is recoded to the same subcode of the documented category, when the candidates hold a code of that category and
 * the recoded code is billable ("diabetic neuropathy" beside "type 1 diabetes" is E10.40). A rule of whole codes
 * recodes that code only, to the documented code, when the candidates hold a code its documenting codes list: an
 * organism of no named species (a "streptococcal" pneumonia, J15.4) whose species the note names elsewhere (a
 * pneumococcal sepsis, A40.3) is that species' code (J13). Rules in {@code documented_type.tsv}.
 */
public final class DocumentedTypeCheck implements Stage {
    public static final String FILE = "documented_type.tsv";

    /**
     * @param id           unique rule id
     * @param fromCategory the default category (E11), or a whole code (J15.4)
     * @param toCategory   the documented category (E10), or a whole code (J13) where the default is one
     * @param defaultWords words of which one in the evidence states the default type (lowercase)
     * @param documentedBy code prefixes of which a candidate documents the type (the documented category if none)
     * @param documentingWords words (lowercase) of which one in the evidence of the documenting candidate names
     *                     the type; empty: its code alone documents it
     */
    public record Rule(String id, String fromCategory, String toCategory, Set<String> defaultWords,
                       List<String> documentedBy, Set<String> documentingWords) {
        public Rule {
            defaultWords = Set.copyOf(defaultWords);
            documentedBy = documentedBy.isEmpty() ? List.of(toCategory) : List.copyOf(documentedBy);
            documentingWords = Set.copyOf(documentingWords);
            boolean categories = fromCategory.matches("[A-Z]\\d[0-9A-Z]") && toCategory.matches("[A-Z]\\d[0-9A-Z]");
            boolean codes = fromCategory.matches("[A-Z]\\d[0-9A-Z]\\.[0-9A-Z]{1,4}")
                    && toCategory.matches("[A-Z]\\d[0-9A-Z](\\.[0-9A-Z]{1,4})?");
            if (!categories && !codes) {
                throw new IllegalArgumentException("categories must be 3 characters, or the default a whole code: "
                        + fromCategory + ", " + toCategory);
            }
        }

        public Rule(String id, String fromCategory, String toCategory, Set<String> defaultWords) {
            this(id, fromCategory, toCategory, defaultWords, List.of(), Set.of());
        }

        /** Whether the rule recodes one whole code, not the subcodes of a category. */
        boolean wholeCode() {
            return fromCategory.length() > 3;
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
        return RuleFiles.tsvRules(bytes, file, 4, 6,
                cols -> new Rule(cols[0].trim(), cols[1].trim(), cols[2].trim(), RuleColumns.wordSet(cols[3]),
                        cols.length < 5 || cols[4].isBlank() ? List.of() : List.of(cols[4].trim().split("\\s*,\\s*")),
                        cols.length < 6 || cols[5].isBlank() ? Set.of() : RuleColumns.wordSet(cols[5])));
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = doc.candidates();
        for (Rule r : rules) {
            if (list.stream().noneMatch(c -> startsWithAny(c.code(), r.documentedBy())
                    && (r.documentingWords().isEmpty() || says(doc, c, r.documentingWords())))) {
                continue;
            }
            List<CodeCandidate> out = new ArrayList<>();
            for (CodeCandidate c : list) {
                boolean from = r.wholeCode() ? c.code().equals(r.fromCategory()) : c.code().startsWith(r.fromCategory());
                String target = r.wholeCode() ? r.toCategory()
                        : r.toCategory() + c.code().substring(Math.min(3, c.code().length()));
                Code to = from && !statesDefault(doc, c, r)
                        ? codeSet.get(target).filter(Code::billable).orElse(null)
                        : null;
                out.add(to == null ? c : Candidates.recoded(c, to, "The note documents " + r.toCategory()
                        + " (rule " + r.id() + (r.wholeCode() ? ", highest specificity documented" : ", Guidelines I.C.4.a")
                        + "): " + c.code() + " of words that state no type is " + to.code()));
            }
            list = Candidates.mergeSameCode(out);
        }
        return list == doc.candidates() ? doc : doc.withCandidates(list);
    }

    /**
     * True if a word of the candidate's evidence states the default type; for a rule of whole codes, a word of
     * the evidence's sentence ("group A streptococcal pneumonia" may be read as the agent "group A streptococcal"
     * beside the pneumonia).
     */
    private static boolean statesDefault(Document doc, CodeCandidate c, Rule r) {
        if (!r.wholeCode()) {
            return says(doc, c, r.defaultWords());
        }
        for (int m : c.mentions()) {
            int s = doc.mentions().get(m).sentenceIndex();
            if (s >= 0 && s < doc.sentences().size()
                    && saysWord(doc.sentences().get(s).span().coveredText(doc.text()), r.defaultWords())) {
                return true;
            }
        }
        return false;
    }

    /** True if a word of the candidate's evidence is one of {@code words}. */
    private static boolean says(Document doc, CodeCandidate c, Set<String> words) {
        for (int m : c.mentions()) {
            if (saysWord(doc.mentions().get(m).text(), words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysWord(String text, Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
