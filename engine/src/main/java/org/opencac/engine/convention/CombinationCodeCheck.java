package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.SectionPolicy;
import org.opencac.engine.coding.SectionRole;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.section.SectionType;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Combination codes (Guideline I.A.15, I.C.4.a, I.C.9.a, I.C.10.a): the Index presumes a causal link
 * for "with", so when the candidates document both conditions of a combination the separate codes are
 * replaced by the combination code, and the code the Tabular asks to add stays beside it. A condition
 * reported only in test results ({@link SectionRole#TEST_RESULTS}: cardiomegaly on a chest film) is a finding
 * the provider has not linked to anything (Guidelines III.B), so it takes part in no combination; a specific
 * code absorbing its unspecified sibling ("{code}" rules) is not a link and still applies. Rules come
 * from {@code combination_codes.json} and are applied, in file order, until none fires.
 */
public final class CombinationCodeCheck implements Stage {
    public static final String FILE = "combination_codes.json";
    private static final int MAX_PASSES = 10;

    private final CodeSet codeSet;
    private final List<CombinationRule> rules;
    private final SectionPolicy sections;
    /** Whether the step that chooses one code per condition reports a candidate among the others (the CKD stage). */
    private final BiPredicate<CodeCandidate, List<CodeCandidate>> reported;
    /** By rule, then by condition: the code heads its patterns may cover ({@link CodeHeads}). */
    private final long[][][] heads;

    public CombinationCodeCheck(CodeSet codeSet, List<CombinationRule> rules) {
        this(codeSet, rules, SectionPolicy.standard());
    }

    /** @param sections what each section means: a condition only in test results links to nothing */
    public CombinationCodeCheck(CodeSet codeSet, List<CombinationRule> rules, SectionPolicy sections) {
        this(codeSet, rules, sections, (c, all) -> true);
    }

    /**
     * @param reported whether a candidate is the code the same-condition step reports among the others: only such a
     *                 code takes part in a combination (of N18.4 and N18.6, the stage reported gives I12.9 or I12.0)
     */
    public CombinationCodeCheck(CodeSet codeSet, List<CombinationRule> rules, SectionPolicy sections,
                                BiPredicate<CodeCandidate, List<CodeCandidate>> reported) {
        this.codeSet = codeSet;
        this.reported = reported;
        this.rules = List.copyOf(rules);
        this.sections = sections;
        for (CombinationRule r : rules) {
            r.validate(codeSet);
        }
        this.heads = new long[this.rules.size()][][];
        for (int i = 0; i < heads.length; i++) {
            List<CombinationRule.Condition> conditions = this.rules.get(i).conditions();
            heads[i] = new long[conditions.size()][];
            for (int k = 0; k < conditions.size(); k++) {
                heads[i][k] = CodeHeads.covered(conditions.get(k).codes());
            }
        }
    }

    public static CombinationCodeCheck standard(CodeSet codeSet) {
        return standard(codeSet, SectionPolicy.standard());
    }

    /** The bundled rules, with the section policy the pipeline already read. */
    public static CombinationCodeCheck standard(CodeSet codeSet, SectionPolicy sections) {
        return new CombinationCodeCheck(codeSet, read(RuleFiles.bundled(FILE), FILE), sections);
    }

    /** The bundled rules; a condition takes part through the code {@code sameCondition} reports for it. */
    public static CombinationCodeCheck standard(CodeSet codeSet, SectionPolicy sections,
                                                SameConditionCheck sameCondition) {
        return new CombinationCodeCheck(codeSet, read(RuleFiles.bundled(FILE), FILE), sections,
                sameCondition::reports);
    }

    /** Reads a rule file; a bad rule fails naming the file and the rule id. */
    public static List<CombinationRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, CombinationRule::fromJson);
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> list = new ArrayList<>(doc.candidates());
        List<MentionDecision> decisions = new ArrayList<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean fired = false;
            long[] present = CodeHeads.present(list);
            for (int i = 0; i < rules.size(); i++) {
                if (possible(heads[i], present) && apply(doc, rules.get(i), list, decisions)) {
                    fired = true;
                    present = CodeHeads.present(list);
                }
            }
            if (!fired) {
                break;
            }
        }
        return doc.withCandidates(list).withDecisions(decisions);
    }

    /**
     * Whether each of a rule's conditions may cover a candidate of the heads present: a rule with a condition that
     * covers none matches nothing ({@link #apply} would read every candidate to find that out).
     */
    private static boolean possible(long[][] conditionHeads, long[] present) {
        for (long[] h : conditionHeads) {
            if (!CodeHeads.meet(h, present)) {
                return false;
            }
        }
        return true;
    }

    /** True if {@code code} is {@code other}'s subcategory with more detail: M50.221 beside M50.20. */
    static boolean moreDetailed(String code, String other) {
        return other.length() >= 5 && code.length() > other.length() && code.startsWith(other.substring(0, 5));
    }

    /** Applies a rule once if it matches and changes something; returns whether it did. */
    private boolean apply(Document doc, CombinationRule rule, List<CodeCandidate> list,
                          List<MentionDecision> decisions) {
        boolean links = !rule.result().equals("{code}");
        List<CodeCandidate> matched = new ArrayList<>();
        for (CombinationRule.Condition cond : rule.conditions()) {
            CodeCandidate hit = null;
            for (CodeCandidate c : list) {
                if (!matched.contains(c) && CodePattern.anyCovers(cond.codes(), c.code())
                        && (!links || !testResultOnly(doc, c))
                        && toldApart(doc, cond, c)
                        // a condition told in several codes of which one is reported (the CKD stage): that one
                        && (!links || reported.test(c, list))
                        && (!rule.sameCategory() || matched.isEmpty()
                        || matched.get(0).code().substring(0, 3).equals(c.code().substring(0, 3)))
                        // one condition told with and without its detail (a disc displacement of the region and
                        // at its level, M50.20 and M50.221): the code with the detail, which the result keeps;
                        // other codes of the category are other conditions (E10.40 beside E10.9) and keep the order
                        && (hit == null || moreDetailed(c.code(), hit.code()))) {
                    hit = c;
                }
            }
            if (hit == null) {
                return false;
            }
            matched.add(hit);
        }
        Code result = codeSet.get(rule.resultFor(matched.get(0).code())).filter(Code::billable).orElse(null);
        if (result == null) {
            return false;
        }
        List<CodeCandidate> removed = new ArrayList<>();
        List<CodeCandidate> kept = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            CodeCandidate c = matched.get(i);
            boolean remove = rule.conditions().get(i).removes(c.code()) && !c.code().equals(result.code());
            (remove ? removed : kept).add(c);
        }
        for (CodeCandidate c : list) {
            // every other candidate the combination also replaces (a second hypertension code, E11.8 beside E11.9)
            for (CombinationRule.Condition cond : rule.conditions()) {
                if (!matched.contains(c) && !c.code().equals(result.code()) && cond.removes(c.code())
                        && CodePattern.anyCovers(cond.codes(), c.code())
                        && (!rule.sameCategory() || c.code().startsWith(matched.get(0).code().substring(0, 3)))) {
                    removed.add(c);
                    break;
                }
            }
        }
        CodeCandidate existing = list.stream().filter(c -> c.code().equals(result.code())).findFirst().orElse(null);
        if (existing != null && removed.isEmpty()) {
            return false;
        }
        String line = describe(rule, matched, result, kept);
        int at = list.size();
        for (CodeCandidate c : matched) {
            at = Math.min(at, list.indexOf(c));
        }
        if (existing != null) {
            at = Math.min(at, list.indexOf(existing));
        }
        List<CodeCandidate> sources = new ArrayList<>(removed.isEmpty() ? matched.subList(0, 1) : removed);
        if (existing != null) {
            sources.add(0, existing);
        }
        // a specific code absorbing its unspecified sibling keeps only its own evidence; a code of the result's own
        // category kept beside it as its additional code (the diabetic neuropathy E11.40 beside the diabetes with
        // hypoglycemia E11.649) documents a complication of its own, so its words are not the combination's
        List<CodeCandidate> documenting = new ArrayList<>(matched);
        documenting.removeIf(c -> kept.contains(c) && Code.categoryOf(c.code()).equals(Code.categoryOf(result.code())));
        CodeCandidate combination = rule.result().equals("{code}") ? Candidates.withRationale(existing, line)
                : Candidates.combined(result, sources, documenting, line);
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CodeCandidate c = list.get(i);
            if (i == at) {
                out.add(combination);
            }
            if (removed.contains(c) || c == existing) {
                continue;
            }
            out.add(kept.contains(c) ? Candidates.withRationale(c, "Additional code with combination "
                    + result.code() + " (rule " + rule.id() + ", Guidelines " + rule.guideline() + ")") : c);
        }
        for (CodeCandidate c : removed) {
            decisions.addAll(Candidates.dropped(c, NotCodedReason.COMBINED,
                    c.code() + " reported within " + result.code() + " (rule " + rule.id() + ")", result.code()));
        }
        list.clear();
        list.addAll(out);
        return true;
    }

    /** Whether a mention of the candidate holds none of the words the condition may not be told by alone. */
    private static boolean toldApart(Document doc, CombinationRule.Condition cond, CodeCandidate c) {
        return cond.notBy().isEmpty() || !Candidates.everyMentionHoldsOneOf(doc, c, cond.notBy(), cond.notByExcept());
    }

    /** True if every mention of the candidate is in a test-results section. */
    private boolean testResultOnly(Document doc, CodeCandidate c) {
        for (int m : c.mentions()) {
            SectionType type = doc.sectionTypeOf(m);
            if (sections.roleOf(type) != SectionRole.TEST_RESULTS) {
                return false;
            }
        }
        return !c.mentions().isEmpty();
    }

    private static String describe(CombinationRule rule, List<CodeCandidate> matched, Code result,
                                   List<CodeCandidate> kept) {
        StringBuilder b = new StringBuilder(rule.result().equals("{code}") ? "Most specific code (Guidelines "
                : "Combination code (\"with\" presumes a causal link; Guidelines ").append(rule.guideline())
                .append("; rule ").append(rule.id()).append("): ");
        for (int i = 0; i < matched.size(); i++) {
            b.append(i == 0 ? "" : " + ").append(rule.conditions().get(i).name())
                    .append(" (").append(matched.get(i).code()).append(')');
        }
        if (rule.result().equals("{code}")) {
            b.append(" -> the specific ").append(result.code()).append(" is reported alone");
        } else {
            b.append(" -> combination ").append(result.code());
        }
        for (CodeCandidate k : kept) {
            if (!k.code().equals(result.code())) {
                b.append("; use additional code ").append(k.code());
            }
        }
        if (!rule.note().isBlank()) {
            b.append("; ").append(rule.note());
        }
        return b.toString();
    }
}
