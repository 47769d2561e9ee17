package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opencac.engine.RuleJson;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * One combination-code rule (Guideline I.A.15, "with"): when candidates match every condition, they are
 * replaced by the combination code; conditions marked to keep stay as the additional code the Tabular
 * asks for.
 *
 * @param id          unique rule id
 * @param guideline   the guideline section(s), e.g. "I.A.15; I.C.4.a"
 * @param conditions  what the note must document, one candidate per condition
 * @param result      the combination code; "{0}" stands for the category of the first condition's code,
 *                    "{code}" for that code itself (a specific code absorbing its unspecified sibling) and
 *                    "{tail}" for the characters of the first code after its fourth ("22" of M50.222: the
 *                    region and level that "{0}.1{tail}" carries to the disc disorder with radiculopathy) and
 *                    "{sub}" for its subcategory, its first five characters (K50.0 of K50.00: "{sub}13" carries the
 *                    site of a Crohn's disease to its code with fistula, K50.013)
 * @param note        extra advice for the rationale ("use additional code N18.- for the stage")
 * @param sameCategory true if all matched codes must share their 3-character category
 */
public record CombinationRule(String id, String guideline, List<Condition> conditions, String result, String note,
                              boolean sameCategory) {
    private static final Pattern RESULT =
            Pattern.compile("\\{code}|\\{0}\\.[0-9A-Z]\\{tail}|\\{sub}[0-9A-Z]{1,3}|(\\{0}|[A-Z]\\d[0-9A-Z])(\\.[0-9A-Z]{1,4})?");

    /**
     * @param name   what the condition is, for the rationale
     * @param codes  the candidate codes that document it
     * @param remove which of those the combination replaces; the others stay as additional codes
     * @param notBy  words a candidate's mention must not be told by alone to document the condition: the Index
     *               sends "biliary colic" to a bile duct calculus (K80.50), but the colic of a gallbladder calculus
     *               is no second calculus to combine with it; a candidate documents the condition when one of its
     *               mentions holds none of these words (empty: every candidate does); words are matched whole
     *               ("neuropathy" is no part of "polyneuropathy")
     * @param notByExcept words that, in a mention beside a {@code notBy} word, still tell the condition: the Index
     *               reads a bare "neuropathy" of a diabetic as Diabetes, with neuropathy (E11.40), but a
     *               "peripheral neuropathy" as a polyneuropathy (Neuropathy, peripheral, see also Polyneuropathy)
     */
    public record Condition(String name, List<CodePattern> codes, List<CodePattern> remove, WordPhrases notBy,
                            WordPhrases notByExcept) {
        public Condition(String name, List<CodePattern> codes, List<CodePattern> remove) {
            this(name, codes, remove, WordPhrases.NONE, WordPhrases.NONE);
        }

        /** A condition whose {@code notBy} and {@code notByExcept} phrases are split into their words here, once. */
        public Condition(String name, List<CodePattern> codes, List<CodePattern> remove, List<String> notBy,
                         List<String> notByExcept) {
            this(name, codes, remove, WordPhrases.of(notBy), WordPhrases.of(notByExcept));
        }

        public Condition {
            codes = List.copyOf(codes);
            remove = List.copyOf(remove);
            if (notBy.isEmpty() && !notByExcept.isEmpty()) {
                throw new IllegalArgumentException("condition " + name + " has not_by_except without not_by");
            }
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("condition " + name + " has no codes");
            }
        }

        boolean removes(String code) {
            return CodePattern.anyCovers(remove, code);
        }
    }

    public CombinationRule {
        conditions = List.copyOf(conditions);
        if (conditions.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two conditions");
        }
        if (!RESULT.matcher(result).matches()) {
            throw new IllegalArgumentException("bad result \"" + result + "\"");
        }
    }

    /** The combination code for a first-condition code, e.g. "{0}.22" with E11.9 gives E11.22. */
    public String resultFor(String firstCode) {
        if (result.equals("{code}")) {
            return firstCode;
        }
        if (result.startsWith("{sub}")) {
            return firstCode.length() < 5 ? firstCode : firstCode.substring(0, 5) + result.substring(5);
        }
        return result.replace("{0}", firstCode.substring(0, 3))
                .replace("{tail}", firstCode.length() > 5 ? firstCode.substring(5) : "");
    }

    /** Checks every code the rule can produce is billable in the code set. */
    public void validate(CodeSet codeSet) {
        List<String> produced = new ArrayList<>();
        if (result.equals("{code}") || result.contains("{tail}")) {
            return;   // the code depends on the candidate's; one that is not billable is not applied
        }
        if (result.contains("{0}") || result.startsWith("{sub}")) {
            boolean sub = result.startsWith("{sub}");
            for (CodePattern p : conditions.get(0).codes()) {
                String first = p.ref().first();
                if (first.equals(p.ref().last()) && (sub ? first.length() >= 6 : first.length() == 3)) {
                    produced.add(resultFor(first));
                }
            }
        } else {
            produced.add(result);
        }
        for (String c : produced) {
            if (!codeSet.get(c).map(Code::billable).orElse(false)) {
                throw new IllegalArgumentException("rule " + id + ": result " + c + " is not a billable code in "
                        + codeSet.version().label());
            }
        }
    }

    static CombinationRule fromJson(JsonNode r) {
        List<Condition> conditions = new ArrayList<>();
        for (JsonNode c : r.path("conditions")) {
            String name = RuleFiles.text(c, "name");
            List<CodePattern> codes = CodePattern.parseAll(RuleJson.strings(c, "codes"));
            List<CodePattern> remove = c.has("remove") ? CodePattern.parseAll(RuleJson.strings(c, "remove"))
                    : c.path("keep").asBoolean(false) ? List.of() : codes;
            List<String> notBy = c.has("not_by") ? RuleJson.strings(c, "not_by") : List.of();
            List<String> except = c.has("not_by_except") ? RuleJson.strings(c, "not_by_except") : List.of();
            conditions.add(new Condition(name, codes, remove, notBy, except));
        }
        return new CombinationRule(RuleFiles.text(r, "id"), RuleFiles.text(r, "guideline"), conditions,
                RuleFiles.text(r, "result"), r.path("note").asText(""), r.path("same_category").asBoolean(false));
    }
}
