package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.RuleColumns;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.mention.Organisms;
import org.opencac.engine.outcome.MentionDecision;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.text.Sentence;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * A condition of unstated organism whose organism a culture result of the same statement names ("Pneumonia.
 * Sputum culture grew Klebsiella pneumoniae."): the provider links them, so the condition is coded as the
 * combination code naming that organism (J15.0), the Index's "Pneumonia, Klebsiella", and the agent code (B96.1)
 * is reported within it. The culture must be of no other specimen ("urine culture grew E. coli" beside a
 * pneumonia is the urine's organism) and in the condition's sentence or the one right before or after it in the
 * same paragraph. Rules: {@code cultured_organisms.tsv}.
 */
public final class CulturedOrganismCheck implements Stage {
    public static final String FILE = "cultured_organisms.tsv";

    /** One row: the conditions of unstated organism, the categories of their combination codes, the culture cues. */
    record Rule(String id, String guideline, List<CodePattern> conditions, List<String> categories,
                Set<String> cultureWords, Set<String> otherSpecimens) {
    }

    private final List<Rule> rules;
    /** Per rule, the combination code of each agent code whose organism one code of the rule's categories names. */
    private final List<Map<String, Code>> combinationByAgent = new ArrayList<>();

    CulturedOrganismCheck(CodeSet codeSet, List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Code> agents = new ArrayList<>();
        for (String category : List.of("B95", "B96", "B97")) {
            agents.addAll(codeSet.billableDescendants(category));
        }
        for (Rule r : this.rules) {
            List<Code> combinations = new ArrayList<>();
            for (String category : r.categories()) {
                List<Code> codes = codeSet.billableDescendants(category);
                if (codes.isEmpty()) {
                    throw new IllegalArgumentException(FILE + ": rule " + r.id() + ": " + category
                            + " has no billable code in " + codeSet.version().label());
                }
                combinations.addAll(codes);
            }
            Map<String, Code> byAgent = new HashMap<>();
            for (Code agent : agents) {
                String organism = Organisms.named(agent.title());
                if (organism.isEmpty()) {
                    continue;
                }
                Pattern named = Pattern.compile("\\b" + Pattern.quote(organism) + "\\b");
                Code only = null;
                int naming = 0;
                for (Code c : combinations) {
                    if (named.matcher(c.title().toLowerCase(Locale.ROOT)).find()) {
                        only = c;
                        naming++;
                    }
                }
                if (naming == 1) {
                    byAgent.put(agent.code(), only);
                }
            }
            combinationByAgent.add(Map.copyOf(byAgent));
        }
    }

    public static CulturedOrganismCheck standard(CodeSet codeSet) {
        return new CulturedOrganismCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    static List<Rule> read(byte[] bytes, String file) {
        return RuleFiles.tsvRules(bytes, file, 6, cols -> new Rule(cols[0].trim(), cols[1].trim(),
                CodePattern.parseList(cols[2]), words(cols[3]), Set.copyOf(words(cols[4])), Set.copyOf(words(cols[5]))));
    }

    private static List<String> words(String col) {
        return RuleColumns.nonEmpty(RuleColumns.items(col), "an empty list");
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        List<CodeCandidate> out = null;
        Map<String, Set<Integer>> taken = new HashMap<>();   // agent code -> its mentions reported within a combination
        List<MentionDecision> decisions = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            CodeCandidate c = in.get(i);
            CodeCandidate combined = combined(doc, in, c, taken, decisions);
            if (combined != c && out == null) {
                out = new ArrayList<>(in.subList(0, i));
            }
            if (out != null) {
                out.add(combined);
            }
        }
        if (out == null) {
            return doc;
        }
        List<CodeCandidate> kept = new ArrayList<>();
        for (CodeCandidate c : out) {
            Set<Integer> gone = taken.get(c.code());
            if (gone == null) {
                kept.add(c);
                continue;
            }
            List<Integer> left = new ArrayList<>(c.mentions());
            left.removeAll(gone);
            if (!left.isEmpty()) {
                kept.add(new CodeCandidate(c.code(), c.title(), c.score(), left, c.rationale(), c.alternatives()));
            }
        }
        return doc.withCandidates(Candidates.mergeSameCode(kept)).withDecisions(decisions);
    }

    /** The candidate as the combination code a culture of its statement names, or the candidate itself. */
    private CodeCandidate combined(Document doc, List<CodeCandidate> all, CodeCandidate c,
            Map<String, Set<Integer>> taken, List<MentionDecision> decisions) {
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!CodePattern.anyCovers(rule.conditions(), c.code())) {
                continue;
            }
            Map<String, Code> byAgent = combinationByAgent.get(r);
            for (int m : c.mentions()) {
                int sentence = doc.mentions().get(m).sentenceIndex();
                for (CodeCandidate agent : all) {
                    Code combination = byAgent.get(agent.code());
                    if (combination == null) {
                        continue;
                    }
                    for (int a : agent.mentions()) {
                        Mention organism = doc.mentions().get(a);
                        if (!linked(doc, sentence, organism, rule)) {
                            continue;
                        }
                        taken.computeIfAbsent(agent.code(), k -> new HashSet<>()).add(a);
                        decisions.add(new MentionDecision(a, NotCodedReason.COMBINED, "infectious agent identified by "
                                + combination.code() + " (" + combination.title() + ")", combination.code()));
                        List<Integer> evidence = new ArrayList<>(c.mentions());
                        evidence.add(a);
                        List<String> why = new ArrayList<>(c.rationale());
                        why.add("Organism (Guidelines " + rule.guideline() + "): the culture of \"" + organism.text()
                                + "\" in the same statement names the organism of " + c.code() + ", coded "
                                + combination.code() + " (rule " + rule.id() + ")");
                        return new CodeCandidate(combination.code(), combination.title(), c.score(), evidence, why,
                                c.alternatives());
                    }
                }
            }
        }
        return c;
    }

    /**
     * Whether the organism mention is a culture result (a culture word in its sentence, no other specimen) of the
     * condition's sentence, or of the sentence right before or after it in the same paragraph.
     */
    private static boolean linked(Document doc, int conditionSentence, Mention organism, Rule rule) {
        int s = organism.sentenceIndex();
        if (Math.abs(s - conditionSentence) > 1) {
            return false;
        }
        List<Sentence> sentences = doc.sentences();
        if (s != conditionSentence) {
            Sentence first = sentences.get(Math.min(s, conditionSentence));
            Sentence second = sentences.get(Math.max(s, conditionSentence));
            int newline = doc.text().indexOf('\n', first.span().end());
            if (first.sectionIndex() != second.sectionIndex()
                    || newline >= 0 && newline < second.span().start()) {
                return false;
            }
        }
        Sentence culture = sentences.get(s);
        boolean cue = false;
        for (int t = culture.firstToken(); t < culture.endToken(); t++) {
            String w = doc.tokens().get(t).norm();
            if (rule.otherSpecimens().contains(w)) {
                return false;
            }
            cue |= rule.cultureWords().contains(w);
        }
        return cue;
    }
}
