package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;

/**
 * Walks an index tree as a coder does: from a main term down the subterms whose words the clause
 * contains (connectors such as "with", "in", "due to" are read through; a subterm listing forms of one word,
 * "abdomen, abdominal", by any of them), following "see" and, when it
 * leads further, "see also"; a reference to the Neoplasm table walks the table's sites with the same
 * words and takes the column the reference names. The best path uses the most words of the clause,
 * then goes deepest.
 */
final class IndexWalker {
    private static final int MAX_JUMPS = 2;

    /**
     * A path found.
     *
     * @param steps  titles walked, cross-references as "see ..."
     * @param code   the code as printed at the end of the path (or the table cell)
     * @param manif  the manifestation code printed beside it, or null
     * @param tokens document token indexes the path used
     */
    record Found(List<String> steps, String code, String manif, Set<Integer> tokens) {
    }

    private final AlphabeticIndex index;
    private final NavigationRules rules;

    IndexWalker(AlphabeticIndex index, NavigationRules rules) {
        this.index = index;
        this.rules = rules;
        java.util.IdentityHashMap<IndexTerm, Map<String, int[]>> big = new java.util.IdentityHashMap<>();
        java.util.ArrayDeque<IndexTerm> todo = new java.util.ArrayDeque<>(index.mainTerms());
        todo.add(index.neoplasmTable());
        todo.addAll(index.drugs());
        while (!todo.isEmpty()) {
            IndexTerm t = todo.pop();
            if (t.children().size() >= MANY) {
                big.put(t, childKeys(t));
            }
            words.put(t, subtermWords(t));
            todo.addAll(t.children());
        }
        this.childrenByWord = big;
    }

    /**
     * What {@link #match} reads of a subterm's words, sorted once per term by the rules: whether it is an
     * eponym, whether a word a note never writes makes it unmatchable, the words one of which the clause must
     * have (negative subterms: "without ..."), and the content words the clause must have, in order.
     */
    private record SubtermWords(boolean eponym, boolean skipped, List<Set<String>> negatives, List<String> content,
                                boolean anyOf) {
        SubtermWords(boolean eponym, boolean skipped, List<Set<String>> negatives, List<String> content) {
            this(eponym, skipped, negatives, content, false);
        }
    }

    /**
     * The forms of one word a subterm's title lists ("abdomen, abdominal", "myocardium, myocardial"), as the
     * Index prints a main term's forms ({@link AlphabeticIndex} reads those as one main term): single words
     * sharing their first four letters, any of which the clause may write. Empty for any other title, whose
     * words are all required ("kidney, congenital" is a congenital kidney).
     */
    static List<String> forms(IndexTerm child) {
        String[] parts = child.title().split(",");
        if (parts.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            List<String> w = org.opencac.models.lexicon.TermNormalizer.words(part);
            if (w.size() != 1 || w.get(0).length() < 4 || !out.isEmpty() && !out.get(0).regionMatches(0, w.get(0), 0, 4)) {
                return List.of();
            }
            out.add(w.get(0));
        }
        return List.copyOf(out);
    }

    /** The subterm words of every term of the Index and its tables, worked out at start-up; read only after. */
    private final java.util.IdentityHashMap<IndexTerm, SubtermWords> words = new java.util.IdentityHashMap<>();

    private SubtermWords subtermWords(IndexTerm child) {
        boolean eponym = child.title().indexOf('\'') >= 0
                || !child.title().isEmpty() && Character.isUpperCase(child.title().charAt(0)) && child.words().size() == 1;
        boolean skipped = false;
        List<Set<String>> negatives = new ArrayList<>();
        List<String> content = new ArrayList<>();
        List<String> forms = forms(child);
        if (!forms.isEmpty()) {
            // one word in any of its forms: the content is that word, matched by any form (see match)
            return new SubtermWords(eponym, false, List.of(), forms, true);
        }
        for (String word : child.words()) {
            if (rules.skip.contains(word)) {
                skipped = true;
                break;
            }
            Set<String> negative = rules.negatives.get(word);
            if (negative != null) {
                negatives.add(negative);
            } else if (!rules.connectors.contains(word) && !rules.ignore.contains(word)) {
                content.add(word);
            }
        }
        return new SubtermWords(eponym, skipped, List.copyOf(negatives), List.copyOf(content));
    }

    /** Subterms of nodes with many of them, by the key of their first required word (-1: always a candidate). */
    private final java.util.IdentityHashMap<IndexTerm, Map<String, int[]>> childrenByWord;
    /**
     * Where each cross-reference of the Index leads (the last term of {@link AlphabeticIndex#follow}), worked
     * out on first use: the keys are the Index's own references, a closed set, so it never outgrows the Index.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, IndexTerm> followed =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** A reference that leads to no term. */
    private static final IndexTerm NOWHERE = new IndexTerm("", List.of(), List.of(), List.of(), null, null, Map.of(),
            List.of(), List.of(), List.of());
    private static final int MANY = 12;
    private static final String ALWAYS = "";

    private Map<String, int[]> childKeys(IndexTerm node) {
        Map<String, List<Integer>> keys = new java.util.HashMap<>();
        for (int i = 0; i < node.children().size(); i++) {
            List<String> forms = forms(node.children().get(i));
            if (!forms.isEmpty()) {
                for (String form : forms) {
                    keys.computeIfAbsent(key(form), k -> new ArrayList<>()).add(i);
                }
                continue;
            }
            String first = ALWAYS;
            for (String word : node.children().get(i).words()) {
                if (!rules.connectors.contains(word) && !rules.ignore.contains(word) && !rules.negatives.containsKey(word)) {
                    first = key(word);
                    break;
                }
            }
            keys.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new java.util.HashMap<>();
        keys.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** A word's lookup key: its first six letters (the stem {@link ClauseWords#sameStem} compares), or itself. */
    static String key(String word) {
        return word.length() >= 6 ? word.substring(0, 6) : word;
    }

    /** The subterms that may match the clause, in printed order: all of them, or for a large node those whose
     * first required word the clause has. */
    private List<IndexTerm> candidates(IndexTerm node, ClauseWords w) {
        Map<String, int[]> keys = childrenByWord.get(node);
        if (keys == null) {
            return node.children();
        }
        java.util.BitSet picked = new java.util.BitSet(node.children().size());
        for (int i : keys.getOrDefault(ALWAYS, new int[0])) {
            picked.set(i);
        }
        for (String k : w.keys()) {
            for (int i : keys.getOrDefault(k, new int[0])) {
                picked.set(i);
            }
        }
        List<IndexTerm> out = new ArrayList<>(picked.cardinality());
        for (int i = picked.nextSetBit(0); i >= 0; i = picked.nextSetBit(i + 1)) {
            out.add(node.children().get(i));
        }
        return out;
    }

    /** The best path from a main term found at {@code tokens}; {@code secondary} if the clause says metastatic. */
    Found fromMainTerm(IndexTerm main, ClauseWords w, Set<Integer> tokens, boolean secondary) {
        return walk(main, w, tokens, List.of(main.title()), 0, false, secondary);
    }

    /** The best site path in the Neoplasm table for a column, from the table's root. */
    Found neoplasm(ClauseWords w, Set<Integer> used, List<String> steps, int column) {
        return walkTable(index.neoplasmTable(), w, used, steps, column, 0, false);
    }

    /** The best path below a Table of Drugs substance for a column. */
    Found drug(IndexTerm substance, ClauseWords w, Set<Integer> used, List<String> steps, int column) {
        return walkTable(substance, w, used, steps, column, MAX_JUMPS, false);
    }

    private Found walk(IndexTerm node, ClauseWords w, Set<Integer> used, List<String> steps, int jumps,
                       boolean afterJump, boolean secondary) {
        Found best = node.code() != null ? new Found(steps, node.code(), node.manif(), used) : null;
        for (IndexTerm child : candidates(node, w)) {
            Set<Integer> m = match(child, w, used, afterJump);
            if (m != null) {
                best = better(best, walk(child, w, union(used, m), plus(steps, child.title()), jumps, false, secondary));
            }
        }
        if (jumps < MAX_JUMPS) {
            for (String ref : node.see()) {
                Found f = follow(ref, w, used, steps, jumps + 1, secondary);
                if (best == null || f != null && f.tokens().size() > best.tokens().size()) {
                    best = better(best, f);
                }
            }
            for (String ref : node.seeAlso()) {
                Found f = follow(ref, w, used, steps, jumps + 1, secondary);
                if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                    best = f;
                }
            }
        }
        return best;
    }

    private Found follow(String ref, ClauseWords w, Set<Integer> used, List<String> steps, int jumps, boolean secondary) {
        String lower = ref.toLowerCase(Locale.ROOT);
        List<String> seeSteps = plus(steps, "see " + ref);
        if (lower.startsWith("neoplasm")) {
            int column = column(lower);
            if (column == 2 && secondary) {
                column = 3;
                seeSteps = plus(seeSteps, "metastatic: secondary");
            }
            IndexTerm start = index.neoplasmTable();
            for (String part : ref.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("neoplasm") || p.contains("by site") || column(p) != 0) {
                    continue;
                }
                IndexTerm next = child(start, p);
                if (next == null) {
                    break;
                }
                start = next;
            }
            return walkTable(start, w, used, seeSteps, column, jumps, true);
        }
        if (lower.startsWith("category ")) {
            return new Found(seeSteps, ref.substring(9).trim(), null, used);
        }
        if (lower.contains("table of drugs") || lower.equals("condition")) {
            return null;
        }
        IndexTerm target = followed.computeIfAbsent(ref, r -> {
            List<IndexTerm> path = index.follow(r);
            return path.isEmpty() ? NOWHERE : path.get(path.size() - 1);
        });
        if (target == NOWHERE) {
            return null;
        }
        return walk(target, w, used, seeSteps, jumps, true, secondary);
    }

    private Found walkTable(IndexTerm node, ClauseWords w, Set<Integer> used, List<String> steps, int column,
                            int jumps, boolean afterJump) {
        String cell = node.cells().get(column);
        Found best = cell != null ? new Found(steps, cell, null, used) : null;
        for (IndexTerm child : candidates(node, w)) {
            Set<Integer> m = match(child, w, used, afterJump);
            if (m != null) {
                best = better(best, walkTable(child, w, union(used, m), plus(steps, child.title()), column, jumps, false));
            }
        }
        if (jumps < MAX_JUMPS) {
            for (String ref : node.seeAlso().isEmpty() ? node.see() : node.seeAlso()) {
                if (!ref.toLowerCase(Locale.ROOT).startsWith("neoplasm")) {
                    continue;
                }
                IndexTerm at = index.neoplasmTable();
                for (String part : ref.split(",")) {
                    if (at != null && !part.trim().toLowerCase(Locale.ROOT).startsWith("neoplasm")) {
                        at = child(at, part.trim().toLowerCase(Locale.ROOT));
                    }
                }
                if (at != null && at != node) {
                    Found f = walkTable(at, w, used, plus(steps, "see " + ref), column, jumps + 1, true);
                    if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    /** The Neoplasm table column a reference names ("Neoplasm, benign, by site" is 5); 0 if none. */
    static int column(String ref) {
        if (ref.contains("secondary")) {
            return 3;
        }
        if (ref.contains("in situ")) {
            return 4;
        }
        if (ref.contains("benign")) {
            return 5;
        }
        if (ref.contains("uncertain")) {
            return 6;
        }
        if (ref.contains("unspecified")) {
            return 7;
        }
        return ref.contains("malignant") ? 2 : 0;
    }

    private static IndexTerm child(IndexTerm node, String title) {
        List<String> key = org.opencac.models.lexicon.TermNormalizer.words(title);
        for (IndexTerm c : node.children()) {
            if (c.words().equals(key)) {
                return c;
            }
        }
        for (IndexTerm c : node.children()) {
            for (String form : c.title().split(",")) {
                if (org.opencac.models.lexicon.TermNormalizer.words(form).equals(key)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The tokens a subterm takes from the clause, or null if the clause lacks one of its words. A subterm
     * made only of connectors ("with", "due to") takes none; one a note never writes ("specified site")
     * is never taken; some word must be new unless the walk just followed a cross-reference.
     */
    Set<Integer> match(IndexTerm child, ClauseWords w, Set<Integer> used, boolean afterJump) {
        SubtermWords sw = words.get(child);
        if (sw == null) {
            sw = subtermWords(child);   // a term outside the trees walked at start-up
        }
        if (sw.eponym() && !w.namesPerson(child.words())) {
            // An eponym ("His", "Hers'", "Good's"): only a capitalized name inside the sentence reads as one.
            return null;
        }
        if (sw.skipped()) {
            return null;
        }
        for (Set<String> negative : sw.negatives()) {
            if (!containsAny(w, negative)) {
                return null;
            }
        }
        List<String> content = sw.content();
        if (content.isEmpty()) {
            return child.words().isEmpty() ? null : Set.of();
        }
        Set<Integer> taken = new HashSet<>();
        boolean progress = afterJump;
        if (sw.anyOf()) {
            for (String form : content) {
                Set<Integer> one = take(w, form, used);
                if (one != null && (afterJump || one.stream().anyMatch(t -> !used.contains(t)))) {
                    return one;
                }
            }
            return null;
        }
        for (String word : content) {
            Set<Integer> one = take(w, word, used);
            if (one == null) {
                return null;
            }
            for (int t : one) {
                progress |= !used.contains(t);
                taken.add(t);
            }
        }
        return progress ? taken : null;
    }

    /** The tokens of the clause's reading of one word, an unused one first; null if the clause lacks it. */
    private static Set<Integer> take(ClauseWords w, String word, Set<Integer> used) {
        List<ClauseWords.Word> found = w.find(word);
        if (found.isEmpty()) {
            return null;
        }
        ClauseWords.Word pick = found.get(0);
        for (ClauseWords.Word f : found) {
            if (!used.contains(f.firstToken())) {
                pick = f;
                break;
            }
        }
        Set<Integer> out = new HashSet<>();
        for (int t = pick.firstToken(); t < pick.endToken(); t++) {
            out.add(t);
        }
        return out;
    }

    private static boolean containsAny(ClauseWords w, Set<String> words) {
        for (String word : words) {
            if (w.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Found better(Found a, Found b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.tokens().size() > a.tokens().size()
                || b.tokens().size() == a.tokens().size() && b.steps().size() > a.steps().size()) {
            return b;
        }
        return a;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<Integer> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static List<String> plus(List<String> steps, String step) {
        List<String> out = new ArrayList<>(steps);
        out.add(step);
        return out;
    }
}
