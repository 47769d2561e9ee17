package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.SeventhCharacter;

/**
 * The 7th character from the note (Guidelines I.C.19.a, I.A.5 placeholder X): an injury code's 7th character
 * follows "subsequent encounter" or "sequela" in its mention's sentence (default A stays otherwise). Choosing
 * a more specific code than the one a term points at is not done here but at Tabular resolution
 * ({@link org.opencac.engine.coding.CodeResolver}), per mention, from its clause. Rules: {@code specificity.json}.
 */
public final class SpecificityCheck implements Stage {
    public static final String FILE = "specificity.json";

    private final CodeSet codeSet;
    private final List<SpecificityRule> rules;

    public SpecificityCheck(CodeSet codeSet, List<SpecificityRule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
    }

    public static SpecificityCheck standard(CodeSet codeSet) {
        return new SpecificityCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    public static List<SpecificityRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, SpecificityRule::fromJson);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>();
        for (CodeCandidate c : doc.candidates()) {
            Code code = codeSet.get(c.code()).orElse(null);
            if (code == null || c.mentions().isEmpty() || !code.hasSeventh()) {
                out.add(c);
                continue;
            }
            out.add(seventh(c, code, Candidates.sentences(doc, c)));
        }
        return doc.withCandidates(Candidates.mergeSameCode(out));
    }

    /** Swaps the 7th character when the sentence documents the encounter (default A stays otherwise). */
    private CodeCandidate seventh(CodeCandidate c, Code code, String sentence) {
        if (!code.hasSeventh()) {
            return c;
        }
        for (SpecificityRule r : rules) {
            if (r.kind() != SpecificityRule.Kind.SEVENTH_CHARACTER
                    || r.character().charAt(0) == code.seventh()) {
                continue;
            }
            String phrase = r.phrases().stream().filter(sentence::contains).findFirst().orElse(null);
            if (phrase == null) {
                continue;
            }
            char character = encounterCharacter(code, r.character().charAt(0));
            if (character == code.seventh()) {
                return c;
            }
            String swapped = code.code().substring(0, code.code().length() - 1) + character;
            Code to = codeSet.get(swapped).filter(Code::billable).orElse(null);
            if (to != null) {
                return Candidates.recoded(c, to, "7th character " + character + ": the note says \"" + phrase
                        + "\" (Guidelines " + r.guideline() + "; rule " + r.id() + ") -> " + to.code());
            }
        }
        return c;
    }

    /**
     * The 7th character of the rule's encounter for the kind of case the code's own character tells, read in the
     * category's table: an open fracture type I or II ("initial encounter for open fracture type I or II", B) seen
     * again with routine healing is E ("subsequent encounter for open fracture type I or II with routine
     * healing"), not the closed fracture's D; the rule's healing ("with nonunion") is kept, so a closed fracture
     * with nonunion is K, not the first subsequent encounter of a closed fracture the table lists (D). The
     * table's first character of that encounter whose meaning holds the case's words; the rule's own character
     * when the table tells no case apart (S42's D "subsequent encounter for fracture", any injury's "subsequent
     * encounter", "sequela").
     */
    static char encounterCharacter(Code code, char ruleCharacter) {
        String rule = code.seventhMeaning(ruleCharacter);
        String current = code.seventhMeaning(code.seventh());
        if (rule == null || current == null || current.indexOf(" for ") < 0) {
            return ruleCharacter;
        }
        int ruleCase = rule.indexOf(" for ");
        String encounter = ruleCase < 0 ? rule : rule.substring(0, ruleCase);
        String kind = current.substring(current.indexOf(" for "));
        int with = rule.indexOf(" with ");
        String healing = with < 0 ? "" : rule.substring(with);
        SeventhCharacter c = code.firstSeventh(m -> m.startsWith(encounter) && m.contains(kind) && m.endsWith(healing));
        return c == null ? ruleCharacter : c.value();
    }
}
