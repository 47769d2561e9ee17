package org.opencac.engine.convention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.mention.Mention;
import org.opencac.engine.text.Clauses;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

/**
 * Specificity from the note (Guidelines I.A.9, I.B.13 laterality, I.C.19.a 7th characters): an
 * "unspecified" candidate moves to the billable sibling whose title adds only words its mention's clause
 * (else its sentence) documents (the sibling adding most wins: "acute on chronic systolic" gives I50.23, "stage 3b" N18.32,
 * "right knee" M25.561); an injury code's 7th character follows "subsequent encounter" or "sequela".
 * Siblings come from the Tabular, not from code lists. Rules: {@code specificity.json}.
 */
public final class SpecificityCheck implements Stage {
    public static final String FILE = "specificity.json";
    private static final int MAX_SIBLINGS = 400;

    private final CodeSet codeSet;
    private final List<SpecificityRule> rules;
    private final Set<String> ignored = new HashSet<>();

    public SpecificityCheck(CodeSet codeSet, List<SpecificityRule> rules) {
        this.codeSet = codeSet;
        this.rules = List.copyOf(rules);
        rules.stream().filter(r -> r.kind() == SpecificityRule.Kind.IGNORE_WORDS).forEach(r -> ignored.addAll(r.phrases()));
    }

    public static SpecificityCheck standard(CodeSet codeSet) {
        return new SpecificityCheck(codeSet, read(RuleFiles.bundled(FILE), FILE));
    }

    public static List<SpecificityRule> read(byte[] bytes, String file) {
        return RuleFiles.jsonRules(bytes, file, SpecificityRule::fromJson);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, List<Map.Entry<Code, Set<String>>>> additions =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Document process(Document doc) {
        List<CodeCandidate> out = new ArrayList<>();
        Clauses.Bounds bounds = Clauses.bounds(doc.tokens(), doc.sentences());
        for (CodeCandidate c : doc.candidates()) {
            Code code = codeSet.get(c.code()).orElse(null);
            if (code == null || c.mentions().isEmpty()) {
                out.add(c);
                continue;
            }
            // Each clause and sentence once, however many of the candidate's mentions lie in it.
            StringBuilder clause = new StringBuilder();
            StringBuilder sentence = new StringBuilder();
            Set<Long> clausesSeen = new HashSet<>();
            Set<Integer> sentencesSeen = new HashSet<>();
            for (int m : c.mentions()) {
                Mention mention = doc.mentions().get(m);
                int[] range = bounds.around(doc.sentences().get(mention.sentenceIndex()), mention.firstToken(),
                        mention.endToken());
                if (clausesSeen.add(((long) range[0] << 32) | range[1])) {
                    clause.append(Candidates.clause(doc, range)).append(" | ");
                }
                if (sentencesSeen.add(mention.sentenceIndex())) {
                    sentence.append(Candidates.sentence(doc, mention)).append(" | ");
                }
            }
            boolean unspecified = code.title().toLowerCase(Locale.ROOT).contains("unspecified");
            Code sibling = unspecified ? documentedSibling(code, clause.toString()) : null;
            if (unspecified && sibling == null) {
                sibling = documentedSibling(code, sentence.toString());
            }
            if (sibling != null) {
                c = Candidates.recoded(c, sibling, "Specificity (Guidelines I.A.9, I.B.13): the note documents \""
                        + String.join(" ", added(code, sibling)) + "\" -> " + sibling.code() + " (" + sibling.title()
                        + ") instead of unspecified " + code.code());
                code = sibling;
            }
            out.add(seventh(c, code, sentence.toString()));
        }
        return doc.withCandidates(Candidates.mergeSameCode(out));
    }

    /**
     * The billable sibling whose extra title words the text all documents; the one adding most wins. A
     * number only counts with the title word before it ("stage 2", not a list item's "2.").
     */
    private Code documentedSibling(Code code, String text) {
        Set<String> textWords = TitleWords.words(text);
        String flat = " " + String.join(" ", text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) + " ";
        Code best = null;
        int bestAdded = 0;
        for (Map.Entry<Code, Set<String>> e : siblingAdditions(code)) {
            Code s = e.getKey();
            Set<String> added = e.getValue();
            if (!added.isEmpty() && textWords.containsAll(added) && numbersInPlace(s, added, flat)
                    && added.size() > bestAdded) {
                best = s;
                bestAdded = added.size();
            }
        }
        return best;
    }

    private static boolean numbersInPlace(Code sibling, Set<String> added, String flatText) {
        String[] title = sibling.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        for (int i = 1; i < title.length; i++) {
            if (added.contains(title[i]) && title[i].matches("\\d.*")
                    && !flatText.contains(" " + title[i - 1] + " " + title[i] + " ")) {
                return false;
            }
        }
        return true;
    }

    /** Each sibling with the title words it adds to the code's title; depends only on the code set. */
    private List<Map.Entry<Code, Set<String>>> siblingAdditions(Code code) {
        return additions.computeIfAbsent(code.code(), k -> siblings(code).stream()
                .map(s -> Map.entry(s, Set.copyOf(added(code, s)))).toList());
    }

    private Set<String> added(Code from, Code to) {
        Set<String> added = TitleWords.of(to.title(), ignored);
        added.removeAll(TitleWords.of(from.title(), ignored));
        return added;
    }

    /** Billable codes under the nearest ancestor that has others, with the same 7th character if any. */
    private List<Code> siblings(Code code) {
        for (Code a : codeSet.ancestors(code.code())) {
            List<Code> kids = codeSet.billableDescendants(a.code()).stream()
                    .filter(k -> !k.code().equals(code.code()))
                    .filter(k -> !TitleWords.hasSeventh(code) || (TitleWords.hasSeventh(k)
                            && TitleWords.seventh(k) == TitleWords.seventh(code)))
                    .toList();
            if (kids.size() > MAX_SIBLINGS) {
                return List.of();
            }
            if (!kids.isEmpty()) {
                return kids;
            }
        }
        return List.of();
    }

    /** Swaps the 7th character when the sentence documents the encounter (default A stays otherwise). */
    private CodeCandidate seventh(CodeCandidate c, Code code, String sentence) {
        if (!TitleWords.hasSeventh(code)) {
            return c;
        }
        for (SpecificityRule r : rules) {
            if (r.kind() != SpecificityRule.Kind.SEVENTH_CHARACTER
                    || r.character().charAt(0) == TitleWords.seventh(code)) {
                continue;
            }
            String phrase = r.phrases().stream().filter(sentence::contains).findFirst().orElse(null);
            if (phrase == null) {
                continue;
            }
            String swapped = code.code().substring(0, code.code().length() - 1) + r.character();
            Code to = codeSet.get(swapped).filter(Code::billable).orElse(null);
            if (to != null) {
                return Candidates.recoded(c, to, "7th character " + r.character() + ": the note says \"" + phrase
                        + "\" (Guidelines " + r.guideline() + "; rule " + r.id() + ") -> " + to.code());
            }
        }
        return c;
    }
}
