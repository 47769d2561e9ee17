package org.opencac.engine.convention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.Alternative;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.coding.CodeResolver;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Clauses;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * One suggestion per documented condition: candidates that code the same condition are merged into one,
 * the others kept as its {@link Alternative}s with why each was not chosen. A default code beside a more
 * specific code of its category, and the members of a group of {@code same_condition.json}, compete.
 * The specificity itself was chosen earlier from the words of each mention's own clause; this stage only
 * decides between the codes. The kept code takes the place of the first member in reporting order and the
 * evidence of all members.
 */
public final class SameConditionCheck implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/convention/same_condition.json";

    private final CodeSet codeSet;
    private final List<SameConditionRule> rules;
    private final Set<String> excludedChapters;

    public SameConditionCheck(CodeSet codeSet, List<SameConditionRule> rules, Set<String> excludedChapters) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        this.excludedChapters = Set.copyOf(excludedChapters);
    }

    public static SameConditionCheck standard(CodeSet codeSet) {
        try (InputStream in = SameConditionCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<SameConditionRule> rules = new ArrayList<>();
            for (JsonNode g : root.path("groups")) {
                List<String> codes = new ArrayList<>();
                g.path("codes").forEach(c -> codes.add(c.asText()));
                JsonNode comb = g.path("combination");
                List<String> requires = new ArrayList<>();
                comb.path("requires").forEach(c -> requires.add(c.asText()));
                try {
                    SameConditionRule rule = new SameConditionRule(g.path("id").asText(null),
                            g.path("condition").asText(""), codes, comb.path("code").asText(null), requires,
                            comb.path("reason").asText(null));
                    if (rule.combination() != null && codeSet.get(rule.combination()).isEmpty()) {
                        throw new IllegalArgumentException("rule " + rule.id() + ": unknown code " + rule.combination());
                    }
                    rules.add(rule);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException(RESOURCE + ": " + e.getMessage(), e);
                }
            }
            Set<String> excluded = new HashSet<>();
            root.path("genericExcludedChapters").forEach(c -> excluded.add(c.asText()));
            return new SameConditionCheck(codeSet, rules, excluded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> in = doc.candidates();
        if (in.size() < 2) {
            return doc;
        }
        // Group candidates: by rule id when a rule covers them, else by category for the generic rule.
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String code = in.get(i).code();
            SameConditionRule rule = ruleFor(code);
            String key = rule != null ? "rule:" + rule.id()
                    : excludedChapters.contains(code.substring(0, 1)) ? "self:" + i : "cat:" + category(code);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<Integer, CodeCandidate> replacement = new LinkedHashMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> members = g.getValue();
            if (members.size() < 2) {
                continue;
            }
            List<CodeCandidate> cands = members.stream().map(in::get).toList();
            CodeCandidate merged = g.getKey().startsWith("rule:") ? byRule(ruleFor(cands.get(0).code()), cands)
                    : byDefault(doc, cands);
            if (merged == null) {
                continue;
            }
            // The members merged are the kept code and its alternatives; other members stay where they are.
            Set<String> absorbed = new HashSet<>();
            absorbed.add(merged.code());
            merged.alternatives().forEach(a -> absorbed.add(a.code()));
            List<Integer> taken = members.stream().filter(i -> absorbed.contains(in.get(i).code())).toList();
            replacement.put(taken.get(0), merged);
            dropped.addAll(taken.subList(1, taken.size()));
        }
        if (replacement.isEmpty()) {
            return doc;
        }
        List<CodeCandidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (replacement.containsKey(i)) {
                out.add(replacement.get(i));
            } else if (!dropped.contains(i)) {
                out.add(in.get(i));
            }
        }
        return doc.withCandidates(out);
    }

    /**
     * The generic rule: a default code of a category gives way to a specific one when the same words document
     * both (the default's mention is part of the specific code's mention, or lies in the same clause);
     * null if no default merges.
     */
    private CodeCandidate byDefault(Document doc, List<CodeCandidate> cands) {
        List<CodeCandidate> specific = cands.stream().filter(c -> !isDefault(c.title())).toList();
        List<CodeCandidate> defaults = cands.stream().filter(c -> isDefault(c.title())).toList();
        if (specific.isEmpty() || defaults.isEmpty()) {
            return null;
        }
        CodeCandidate best = best(specific);
        List<CodeCandidate> others = new ArrayList<>();
        List<Alternative> alternatives = new ArrayList<>();
        for (CodeCandidate c : cands) {
            if (c == best) {
                continue;
            }
            if (isDefault(c.title()) && sameDocumentation(doc, c, best)) {
                others.add(c);
                alternatives.add(new Alternative(c.code(), c.title(), "less specific: " + best.code()
                        + " documents the same condition in more detail (Guidelines I.B.2, I.B.18: code to the"
                        + " highest specificity documented)"));
            }
        }
        if (others.isEmpty()) {
            return null;
        }
        // Specific codes of one category that are not defaults may be distinct conditions: only the defaults merge.
        return merge(best, others, alternatives, "One condition: " + best.code() + " chosen over its less specific "
                + "sibling(s) " + String.join(", ", others.stream().map(CodeCandidate::code).toList()));
    }

    /** A rule's group: its combination code when all required members are documented, else the best member. */
    private CodeCandidate byRule(SameConditionRule rule, List<CodeCandidate> cands) {
        if (rule.combination() != null && rule.requires().stream()
                .allMatch(p -> cands.stream().anyMatch(c -> c.code().startsWith(p)))) {
            Code comb = codeSet.get(rule.combination()).orElseThrow();
            CodeCandidate existing = cands.stream().filter(c -> c.code().equals(comb.code())).findFirst().orElse(null);
            double score = cands.stream().mapToDouble(CodeCandidate::score).max().orElse(0);
            CodeCandidate base = existing != null ? existing
                    : new CodeCandidate(comb.code(), comb.title(), score, List.of(), List.of());
            List<CodeCandidate> others = cands.stream().filter(c -> c != existing).toList();
            List<Alternative> alternatives = others.stream()
                    .map(c -> new Alternative(c.code(), c.title(), rule.reason())).toList();
            return merge(base, others, alternatives, "One condition (" + rule.condition() + "): " + rule.reason()
                    + " [rule " + rule.id() + "]");
        }
        CodeCandidate best = best(cands);
        List<CodeCandidate> others = cands.stream().filter(c -> c != best).toList();
        List<Alternative> alternatives = new ArrayList<>();
        for (CodeCandidate c : others) {
            String why = isDefault(c.title()) && !isDefault(best.title())
                    ? "less specific: " + best.code() + " documents the same " + rule.condition() + " in more detail"
                    : "another code for the same " + rule.condition() + " with less support in the note ("
                    + String.format(Locale.ROOT, "%.2f", c.score()) + " vs " + String.format(Locale.ROOT, "%.2f", best.score())
                    + "); choose it instead if it is what the provider documents";
            alternatives.add(new Alternative(c.code(), c.title(), why));
        }
        return merge(best, others, alternatives, "One condition (" + rule.condition() + "): " + best.code()
                + " reported, " + String.join(", ", others.stream().map(CodeCandidate::code).toList())
                + " kept as alternatives [rule " + rule.id() + "]");
    }

    /** True if every mention of the default lies inside, or in the clause of, a mention of the specific code. */
    private static boolean sameDocumentation(Document doc, CodeCandidate dflt, CodeCandidate specific) {
        if (doc.mentions().isEmpty()) {
            return true;
        }
        for (int d : dflt.mentions()) {
            Mention md = doc.mentions().get(d);
            boolean covered = false;
            for (int s : specific.mentions()) {
                Mention ms = doc.mentions().get(s);
                if (sameClause(doc, ms, md)
                        || ms.text().toLowerCase(Locale.ROOT).contains(md.text().toLowerCase(Locale.ROOT))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameClause(Document doc, Mention a, Mention b) {
        if (a.sentenceIndex() != b.sentenceIndex()) {
            return false;
        }
        var sentence = doc.sentences().get(a.sentenceIndex());
        int[] ca = Clauses.around(doc.tokens(), sentence, a.firstToken(), a.endToken());
        int[] cb = Clauses.around(doc.tokens(), sentence, b.firstToken(), b.endToken());
        return ca[0] == cb[0] && ca[1] == cb[1];
    }

    private static CodeCandidate best(List<CodeCandidate> cands) {
        return cands.stream().min(Comparator.comparing((CodeCandidate c) -> isDefault(c.title()))
                .thenComparing(Comparator.comparingDouble(CodeCandidate::score).reversed())).orElseThrow();
    }

    private static CodeCandidate merge(CodeCandidate kept, List<CodeCandidate> others, List<Alternative> alternatives,
                                       String line) {
        TreeSet<Integer> mentions = new TreeSet<>(kept.mentions());
        double score = kept.score();
        List<Alternative> all = new ArrayList<>(kept.alternatives());
        for (CodeCandidate o : others) {
            mentions.addAll(o.mentions());
            score = Math.max(score, o.score());
            all.addAll(o.alternatives());
        }
        all.addAll(alternatives);
        List<String> why = new ArrayList<>(kept.rationale().isEmpty() && !others.isEmpty()
                ? others.get(0).rationale() : kept.rationale());
        why.add(line);
        return new CodeCandidate(kept.code(), kept.title(), score, List.copyOf(mentions), why, all);
    }

    private SameConditionRule ruleFor(String code) {
        for (SameConditionRule r : rules) {
            if (r.covers(code)) {
                return r;
            }
        }
        return null;
    }

    private static String category(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** A default code, as the Tabular resolution defines it ({@link CodeResolver#isDefault}). */
    private static boolean isDefault(String title) {
        return CodeResolver.isDefaultTitle(title);
    }
}
