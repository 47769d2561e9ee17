package org.opencac.models.codeset.icd10cm;

import java.util.List;
import java.util.Map;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * One node of an index tree (Alphabetic Index, Neoplasm table, Table of Drugs): its title as printed
 * (nonessential modifiers removed), the normalized words a note must contain for a coder to take it,
 * the normalized words of its nonessential modifiers (optional), its code as printed (FY2017 for the
 * Alphabetic Index), its manifestation code, table cells, cross-references and subterms.
 */
public final class IndexTerm {
    private final String title;
    private final List<String> words;
    private final List<String> modifiers;
    private final List<String> modifierWords;
    private final String code;
    private final String manif;
    private final Map<Integer, String> cells;
    private final List<String> see;
    private final List<String> seeAlso;
    private final List<IndexTerm> children;

    public IndexTerm(String title, List<String> modifiers, String code, String manif, Map<Integer, String> cells,
                     List<String> see, List<String> seeAlso, List<IndexTerm> children) {
        this(title, TermNormalizer.words(title), modifiers,
                modifiers.stream().flatMap(m -> TermNormalizer.words(m).stream()).toList(), code, manif, cells, see,
                seeAlso, children);
    }

    /**
     * A term whose normalized words were computed before (a cache that stored {@link #words()} and
     * {@link #modifierWords()}): they must be what {@link TermNormalizer#words} gives for the title and
     * the modifiers.
     */
    public IndexTerm(String title, List<String> words, List<String> modifiers, List<String> modifierWords, String code,
                     String manif, Map<Integer, String> cells, List<String> see, List<String> seeAlso,
                     List<IndexTerm> children) {
        this.title = title;
        this.words = List.copyOf(words);
        this.modifiers = List.copyOf(modifiers);
        this.modifierWords = List.copyOf(modifierWords);
        this.code = code;
        this.manif = manif;
        this.cells = Map.copyOf(cells);
        this.see = List.copyOf(see);
        this.seeAlso = List.copyOf(seeAlso);
        this.children = List.copyOf(children);
    }

    public String title() {
        return title;
    }

    /** Normalized words of the title (see {@link TermNormalizer}), e.g. ["haemophilus", "influenzae"]. */
    public List<String> words() {
        return words;
    }

    /** The nonessential modifiers as printed, e.g. "acute". */
    public List<String> modifiers() {
        return modifiers;
    }

    /** Normalized words of the nonessential modifiers: allowed in the note, never required. */
    public List<String> modifierWords() {
        return modifierWords;
    }

    /** The code as printed (may end in "-" for an incomplete code), or null. */
    public String code() {
        return code;
    }

    /** The manifestation code printed after the code, or null. */
    public String manif() {
        return manif;
    }

    public Map<Integer, String> cells() {
        return cells;
    }

    public List<String> see() {
        return see;
    }

    public List<String> seeAlso() {
        return seeAlso;
    }

    /** The subterm whose normalized title words are exactly {@code words} (a cross-reference's part), or null. */
    public IndexTerm child(List<String> words) {
        for (int k = 0; k < children.size(); k++) {
            IndexTerm c = children.get(k);
            if (sameWords(c.words(), words)) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@code a.equals(b)} for two lists of words, their sizes compared first and their words by index: an
     * immutable list's own equals walks the other list with an iterator whatever its size, and this is asked of
     * every subterm a cross-reference's words are looked for among.
     */
    private static boolean sameWords(List<String> a, List<String> b) {
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!java.util.Objects.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subterm named by {@code words}: by its whole title ({@link #child}), else by one of the forms a title lists
     * ("retina, retinal" for "retina"); null when none.
     */
    public IndexTerm childByForm(List<String> words) {
        IndexTerm exact = child(words);
        if (exact != null || words.isEmpty()) {
            return exact;
        }
        for (IndexTerm c : children) {
            if (c.title().indexOf(',') >= 0) {
                for (String form : c.title().split(",")) {
                    if (TermNormalizer.words(form).equals(words)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    public List<IndexTerm> children() {
        return children;
    }

    /** The trees of an index file, rebuilt from its entries in document order. */
    public static List<IndexTerm> trees(List<IndexEntry> entries) {
        int[] next = {0};
        List<IndexTerm> roots = new java.util.ArrayList<>();
        while (next[0] < entries.size()) {
            roots.add(build(entries, next));
        }
        return roots;
    }

    private static IndexTerm build(List<IndexEntry> entries, int[] next) {
        IndexEntry e = entries.get(next[0]++);
        List<IndexTerm> kids = new java.util.ArrayList<>();
        while (next[0] < entries.size() && entries.get(next[0]).level() > e.level()) {
            kids.add(build(entries, next));
        }
        return new IndexTerm(e.path().get(e.path().size() - 1), e.modifiers(), e.code(), e.manif(), e.cells(),
                e.see(), e.seeAlso(), kids);
    }

    @Override
    public String toString() {
        return title;
    }
}
