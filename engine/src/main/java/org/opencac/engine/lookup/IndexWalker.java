package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.opencac.engine.DataFiles;
import org.opencac.engine.mention.NotSitePhrases;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.codeset.icd10cm.IndexTerm;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Walks an index tree as a coder does: from a main term down the subterms whose words the clause
 * contains (connectors such as "with", "in", "due to" are read through; a subterm listing forms of one word,
 * "abdomen, abdominal", by any of them), following "see" and, when it
 * leads further, "see also"; a reference to the Neoplasm table walks the table's sites with the same
 * words and takes the column the reference names. The best path uses the most words of the clause,
 * then loops back to its main term least often, then goes deepest.
 *
 * <p>At start-up every term of the Index and its tables becomes a {@link Node} holding what a walk reads of
 * it (its subterm words sorted by the rules, its table cells, the keys of its subterms when it has many), so
 * a walk goes from node to node without looking terms up; where a cross-reference leads is worked out on
 * its first use and kept.
 */
final class IndexWalker {
    private static final int MAX_JUMPS = 2;

    /**
     * A path found.
     *
     * @param path   titles walked, cross-references as "see ..."
     * @param code   the code as printed at the end of the path (or the table cell)
     * @param manif  the manifestation code printed beside it, or null
     * @param tokens document token indexes the path used
     */
    record Found(Steps path, String code, String manif, Set<Integer> tokens) {
        /** The titles walked, in order. */
        List<String> steps() {
            return path.toList();
        }

        /** The same path and code with other tokens as its evidence (and no manifestation code). */
        Found withTokens(Set<Integer> other) {
            return new Found(path, code, null, other);
        }
    }

    /** The titles of a path, each step sharing the steps before it (a walk tries many and keeps few). */
    record Steps(Steps before, String title, int size) {
        static Steps of(List<String> titles) {
            Steps s = null;
            for (int i = 0; i < titles.size(); i++) {
                s = new Steps(s, titles.get(i), s == null ? 1 : s.size + 1);
            }
            return s;
        }

        Steps plus(String title) {
            return new Steps(this, title, size + 1);
        }

        /**
         * How many steps are cross-references back to the path's own main term by site ("Hernia, hernial →
         * with → obstruction → see Hernia, by site, with obstruction"): the site is then read after the words
         * that led to it.
         */
        int loops() {
            Steps s = this;
            while (s.before != null) {
                s = s.before;
            }
            int comma = s.title.indexOf(',');
            String main = "see " + (comma < 0 ? s.title : s.title.substring(0, comma)) + ",";
            int n = 0;
            for (Steps t = this; t != null; t = t.before) {
                n += t.title.regionMatches(true, 0, main, 0, main.length()) && t.title.contains("by site") ? 1 : 0;
            }
            return n;
        }

        List<String> toList() {
            String[] out = new String[size];
            for (Steps s = this; s != null; s = s.before) {
                out[s.size - 1] = s.title;
            }
            return Arrays.asList(out);
        }
    }

    /**
     * What {@link #match} reads of a subterm's words, sorted once per term by the rules: whether it is an
     * eponym, whether a word a note never writes makes it unmatchable, the words one of which the clause must
     * have (negative subterms: "without ..."), and the content words the clause must have, in order.
     */
    private record SubtermWords(boolean eponym, boolean skipped, List<Set<String>> negatives, List<String> content,
                                boolean anyOf, String[] contentKeys, String[] compound, int[] buckets) {
        SubtermWords(boolean eponym, boolean skipped, List<Set<String>> negatives, List<String> content,
                     boolean anyOf, String[] contentKeys, String[] compound) {
            this(eponym, skipped, negatives, content, anyOf, contentKeys, compound, buckets(contentKeys));
        }

        /** The {@link ClauseWords#keyBucket} of each content word's key, read before the word is looked up. */
        private static int[] buckets(String[] keys) {
            if (keys.length == 0) {
                return NONE;
            }
            int[] out = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                out[k] = ClauseWords.keyBucket(keys[k].hashCode());
            }
            return out;
        }
    }

    /** A term of an index tree as a walk reads it, worked out at start-up; read only after. */
    private static final class Node {
        final IndexTerm term;
        final SubtermWords words;
        /** Table cells by column (null where the term has none); a secondary cell may be completed ({@link #completeSecondary}). */
        String[] cells;
        /** A title read by its forms ({@code title_forms}) that qualify it: a way to its subterms, not a code of its own. */
        final boolean passThrough;
        Node[] children;
        /** For a node with many subterms: their indexes by the key of their first required word ({@link #ALWAYS}: any clause). */
        Map<String, int[]> childrenByKey;
        /** Subterms that restate the term's own code ({@link #implied}): walked without their words. */
        Node[] implied = NO_NODES;
        /**
         * Subterms a note never writes that send the coder on by the site ("Mass, specified organ NEC, see Disease,
         * by site"): their references, followed from the term when the word before it names a site ({@link #bySite}).
         */
        List<String> bySite = List.of();

        /**
         * For a "specified type NEC" subterm of a main term with {@code specified_type} rows: the written words that
         * name such a kind and take it; null for every other term.
         */
        Set<String> typeWords;

        /**
         * For a heading of sites under a main term with a {@code specified_site} row: its "specified site NEC"
         * subterm, taken by a site word no sibling names ({@link #siteNecTaken}); null for every other term.
         */
        Node siteNec;

        /** Whether the title names a morphology: 0 not yet read, 1 yes, -1 no (read on first use, few are asked). */
        private byte morphology;

        Node(IndexTerm term, SubtermWords words, boolean passThrough) {
            this.term = term;
            this.words = words;
            this.passThrough = passThrough;
            this.cells = cells(term.cells());
        }

        /** The cells by column; one shared empty array for the terms of no table (nearly all of them). */
        private static String[] cells(Map<Integer, String> byColumn) {
            if (byColumn.isEmpty()) {
                return NO_STRINGS;
            }
            int max = -1;
            for (Integer c : byColumn.keySet()) {
                max = Math.max(max, c);
            }
            String[] out = new String[max + 1];
            byColumn.forEach((c, v) -> {
                if (c >= 0) {
                    out[c] = v;
                }
            });
            return out;
        }

        /**
         * Whether a table row may read words the path has already read: a morphology row under a site ("basal
         * cell carcinoma" under "lid") names the neoplasm the path began with ("Carcinoma, basal cell, see
         * Neoplasm, skin"), so a coder takes it for the words that led to the table. Worked out once per node
         * (the title is fixed); nodes are shared by threads, and each works out the same answer.
         */
        boolean morphologyRow() {
            if (morphology == 0) {
                morphology = MORPHOLOGY_ROW.matcher(term.title()).find() ? (byte) 1 : (byte) -1;
            }
            return morphology > 0;
        }

        String cell(int column) {
            return column >= 0 && column < cells.length ? cells[column] : null;
        }
    }

    private final AlphabeticIndex index;
    private final NavigationRules rules;
    /** Every term of the Index and its tables, by identity. */
    private final IdentityHashMap<IndexTerm, Node> nodes;
    /** One string per distinct {@link #key} of the terms' words, shared by the terms (used while building). */
    private final Map<String, String> keyStrings = new HashMap<>();
    private final Node neoplasmTable;
    /**
     * The words of the site rows of the Table of Neoplasms (two levels): a "by site" reference is followed only to a
     * subterm that begins with one, so a qualifier before the main term ("hemorrhagic lesion") is no site.
     */
    private final Set<String> siteWords;
    /**
     * The words of the Table of Neoplasms' sites that name an organ or a structure, not a region of the body whose
     * primary code is an ill-defined site (C76: "abdomen", "chest"), whose serous membrane a heading of sites
     * already lists ({@link #siteNecTaken}).
     */
    private final Set<String> organWords;
    /** The Tabular title of a code as the Index prints it ("C43.9", "C43.6-"), or null; null reads no titles. */
    private final Function<String, String> titles;
    private static final Node[] NO_NODES = new Node[0];
    private static final String[] NO_STRINGS = new String[0];
    /**
     * A subterm's compound words when none of its words is printed after a hyphen (nearly all): one shared
     * array of nulls by length, read only ({@link SubtermWords#compound}).
     */
    private static final String[][] NO_COMPOUNDS = new String[16][];

    static {
        for (int n = 0; n < NO_COMPOUNDS.length; n++) {
            NO_COMPOUNDS[n] = new String[n];
        }
    }

    /** An array of {@code n} nulls, shared for the lengths most titles have. */
    private static String[] noCompounds(int n) {
        return n < NO_COMPOUNDS.length ? NO_COMPOUNDS[n] : new String[n];
    }

    IndexWalker(AlphabeticIndex index, NavigationRules rules) {
        this(index, rules, null);
    }

    /** A walker that reads a subterm restating its term's own code as implied ({@code titles}: see {@link #implied}). */
    IndexWalker(AlphabeticIndex index, NavigationRules rules, Function<String, String> titles) {
        this.index = index;
        this.rules = rules;
        this.titles = titles;
        TableWords table = TableWords.of(index);
        this.siteWords = table.sites();
        this.organWords = table.organs();
        // sized for every term at once: grown step by step, the map was rehashed about twenty times at each start
        int terms = termCount(index.mainTerms()) + termCount(index.drugs())
                + (index.neoplasmTable() == null ? 0 : termCount(List.of(index.neoplasmTable())));
        this.nodes = new IdentityHashMap<>(terms);
        for (IndexTerm t : index.mainTerms()) {
            Node main = build(t);
            Set<String> kinds = rules.specifiedTypes.get(t.title().toLowerCase(Locale.ROOT).trim());
            if (kinds != null) {
                markSpecifiedTypes(main, kinds, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            if (rules.specifiedSites.contains(t.title().toLowerCase(Locale.ROOT).trim())) {
                markSpecifiedSite(main);
            }
        }
        this.neoplasmTable = build(index.neoplasmTable(), true);
        completeSecondary(neoplasmTable);
        for (IndexTerm t : index.drugs()) {
            build(t);
        }
    }

    /** The Neoplasm table's columns of a primary malignancy and of a secondary one. */
    private static final int PRIMARY = 2;
    private static final int SECONDARY = 3;

    /**
     * Completes the secondary cell of a Neoplasm table row that prints a primary code but no secondary one from
     * the rows of the same site title and primary code elsewhere in the table, when they print one secondary code:
     * the table lists "femur (any part)" at its own row with C40.2- only, and again under "bone" with C40.2- and
     * C79.51, so a metastasis to the femur is C79.51, as under "bone", not C79.9 for want of a cell. A title whose
     * rows print different secondary codes (or none) is left as printed.
     */
    private void completeSecondary(Node table) {
        if (table == null) {
            return;
        }
        List<Node> rows = new ArrayList<>();
        collect(table, Collections.newSetFromMap(new IdentityHashMap<>()), rows);
        Map<String, Set<String>> secondaryBySite = new HashMap<>();
        for (Node n : rows) {
            String primary = n.cell(PRIMARY);
            String secondary = n.cell(SECONDARY);
            if (primary != null && secondary != null) {
                secondaryBySite.computeIfAbsent(siteKey(n, primary), k -> new HashSet<>()).add(secondary);
            }
        }
        for (Node n : rows) {
            String primary = n.cell(PRIMARY);
            if (primary == null || n.cell(SECONDARY) != null) {
                continue;
            }
            Set<String> printed = secondaryBySite.get(siteKey(n, primary));
            if (printed != null && printed.size() == 1) {
                String[] cells = Arrays.copyOf(n.cells, Math.max(n.cells.length, SECONDARY + 1));
                cells[SECONDARY] = printed.iterator().next();
                n.cells = cells;
            }
        }
    }

    private static String siteKey(Node n, String primary) {
        return n.term.title().toLowerCase(Locale.ROOT) + '\t' + primary;
    }

    /** Every node below {@code node}, each once. */
    private static void collect(Node node, Set<Node> seen, List<Node> out) {
        for (Node child : node.children) {
            if (seen.add(child)) {
                out.add(child);
                collect(child, seen, out);
            }
        }
    }

    /** The title of the subterm a {@code specified_type} row's words take. */
    private static final String SPECIFIED_TYPE = "specified type nec";

    /** Gives the "specified type NEC" subterms below a main term the words that name such a kind. */
    private static void markSpecifiedTypes(Node node, Set<String> kinds, Set<Node> seen) {
        for (Node child : node.children) {
            if (!seen.add(child)) {
                continue;
            }
            if (child.term.title().toLowerCase(Locale.ROOT).trim().equals(SPECIFIED_TYPE)) {
                child.typeWords = kinds;
            }
            markSpecifiedTypes(child, kinds, seen);
        }
    }

    /** The title of the subterm a {@code specified_site} row's sites take. */
    private static final String SPECIFIED_SITE = "specified site nec";

    /** Marks the "specified site NEC" subterm of each heading of sites right below a main term. */
    private void markSpecifiedSite(Node main) {
        for (Node heading : main.children) {
            if (!rules.headings.contains(heading.term.title().toLowerCase(Locale.ROOT).trim())) {
                continue;
            }
            for (Node child : heading.children) {
                if (child.term.title().toLowerCase(Locale.ROOT).trim().equals(SPECIFIED_SITE)) {
                    heading.siteNec = child;
                }
            }
        }
    }

    /**
     * The first clause word not yet read that names an organ or structure of the Table of Neoplasms (not a region:
     * {@link #organWords}), as a token set with the words already read, or null: "a mesothelioma of the ovary" is
     * Mesothelioma, site classification, specified site NEC (C45.7), since the heading lists no ovary. Asked only
     * when no sibling subterm takes a word.
     */
    private TokenSet siteNecTaken(ClauseWords w, TokenSet used) {
        List<Token> tokens = w.tokens();
        for (int t = w.from; t < w.to && t < tokens.size(); t++) {
            if (!used.has(t) && organWords.contains(w.norm(t))) {
                return used.union(TokenSet.of(List.of(t)));
            }
        }
        return null;
    }

    /**
     * The clause word that names a kind a "specified type NEC" subterm stands for ({@link Node#typeWords}), as a
     * token set with the words already read, or null: "a plastic piece lodged in the bronchus".
     */
    private static TokenSet typeWordTaken(Node child, ClauseWords w, TokenSet used) {
        List<Token> tokens = w.tokens();
        for (int t = w.from; t < w.to && t < tokens.size(); t++) {
            if (!used.has(t) && child.typeWords.contains(tokens.get(t).text().toLowerCase(Locale.ROOT))) {
                return used.union(TokenSet.of(List.of(t)));
            }
        }
        return null;
    }

    /** The terms of these trees, counting a term reached twice twice (an upper bound of their nodes). */
    private static int termCount(List<IndexTerm> roots) {
        int n = roots.size();
        for (IndexTerm t : roots) {
            n += termCount(t.children());
        }
        return n;
    }

    /** The node of a term and of the terms below it (a term reached twice is one node). */
    private Node build(IndexTerm root) {
        return build(root, false);
    }

    /** As {@link #build(IndexTerm)}; {@code table}: a term of the Neoplasm table, whose site titles end in "NEC". */
    private Node build(IndexTerm root, boolean table) {
        Node existing = nodes.get(root);
        if (existing != null) {
            return existing;
        }
        List<String> titleForms = rules.titleForms.get(root.title());   // looked up once for both uses
        Node node = new Node(root, subtermWords(root, table, titleForms), titleForms != null);
        nodes.put(root, node);
        List<IndexTerm> kids = root.children();
        node.children = kids.isEmpty() ? NO_NODES : new Node[kids.size()];   // a leaf (most terms) shares one
        for (int i = 0; i < kids.size(); i++) {
            node.children[i] = build(kids.get(i), table);
        }
        if (kids.size() >= MANY) {
            node.childrenByKey = childKeys(node);
        }
        if (!table) {
            node.implied = implied(node, node.term.code());
            node.bySite = bySite(node);
            for (Node child : node.implied) {
                // a heading of no code of its own ("Foreign body, bronchus, causing") groups subterms that may
                // restate the code of the term it stands under ("injury NEC", T17.508): read through as well
                if (child.term.code() == null && node.term.code() != null && child.implied.length == 0) {
                    child.implied = implied(child, node.term.code());
                }
            }
        }
        return node;
    }

    /**
     * The "see X, by site" references of a term's subterms that no clause takes ({@code skip} words: "specified
     * organ NEC"), to a term of the Index (the Neoplasm table's "by site" references are read from the
     * morphology). A coder with a site the term does not list follows them: "adrenal mass" is Mass, specified
     * organ NEC, see Disease, by site: Disease, adrenal (gland), E27.9.
     */
    private static List<String> bySite(Node node) {
        List<String> out = null;
        for (Node child : node.children) {
            if (!child.words.skipped()) {
                continue;
            }
            for (String ref : child.term.see()) {
                String lower = ref.toLowerCase(Locale.ROOT);
                if (lower.contains("by site") && !lower.startsWith("neoplasm")) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(ref);
                }
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /**
     * The path a "by site" reference of the main term leads to ({@link Node#bySite}), read only with the one word
     * written right before the main term ("adrenal mass", "mediastinal mass"), or the site a word of place puts
     * right after it ("a mass in the left adrenal", "lesion of the pancreas": {@code site_after} rows, with only
     * {@code site_after_filler} words between): a site named further off is often another structure ("the
     * bladder and the uterus and mass"); the target's own references are not followed (no syndrome of a frontal
     * lobe), and the subterm taken must begin as the word does. Null if none.
     */
    private Found bySite(Node node, ClauseWords w, TokenSet used, Steps steps, boolean secondary) {
        Found best = null;
        for (int k = 0; k < node.bySite.size(); k++) {
            Found f = follow(node.bySite.get(k), w, used, steps, MAX_JUMPS, secondary);
            if (f == null || f.tokens().size() != used.size() + 1
                    || f.path().toList().size() != steps.toList().size() + 2) {
                continue;
            }
            int siteToken = f.tokens().contains(used.first() - 1) ? used.first() - 1 : placedAfter(f.tokens(), used, w);
            if (siteToken < 0) {
                continue;
            }
            // the subterm is the site as the note writes it ("ovarian": ovary), not a word an equivalent adds
            // to it ("thyroid gland" is no lymph gland)
            String site = w.norm(siteToken);
            String subterm = f.steps().get(f.steps().size() - 1).toLowerCase(Locale.ROOT);
            if (site.length() < 4 || !subterm.startsWith(site.substring(0, 4))) {
                continue;
            }
            // ... and names a site: "hemorrhagic lesion" is no Disease, hemorrhagic
            List<String> subtermWords = TermNormalizer.words(subterm);
            if (!siteWords.isEmpty() && (subtermWords.isEmpty() || !siteWords.contains(subtermWords.get(0)))) {
                continue;
            }
            best = better(best, f, w);
        }
        return best;
    }

    /**
     * The token of {@code read} past the term's words that a word of place puts the term at: "in", "of" right
     * after the term, then only filler words ("the", "left") up to it; -1 if there is none such.
     */
    private int placedAfter(Set<Integer> read, TokenSet used, ClauseWords w) {
        int last = used.last();
        int site = -1;
        for (int t : read) {
            site = used.has(t) ? site : t;
        }
        if (site <= last + 1 || site - last > 4 || !rules.siteAfter.contains(w.written(last + 1))) {
            return -1;
        }
        for (int t = last + 2; t < site; t++) {
            if (!rules.siteAfterFillers.contains(w.written(t))) {
                return -1;
            }
        }
        return site;
    }

    /**
     * The subterms of a term that restate it: a subterm printing the term's own code, with subterms of its
     * own, whose words the code's Tabular title already says. "Melanoma (malignant) C43.9" is "Malignant
     * melanoma of skin", so its subterm "skin C43.9" adds nothing a coder needs written: "melanoma of the
     * back" is Melanoma, skin, back (C43.59). Likewise "Cirrhosis, liver" and "Thrombosis, vein". A subterm
     * the title does not say ("Aneurysm, arteriosclerotic" beside "Aneurysm of unspecified site") still needs
     * its words. A walk reads through them only at the main term the note names (see {@link #walk}). So it
     * does through a {@code heading} subterm, which groups the subterms below it under a title no note writes
     * ("Lipoma, site classification, arms": a lipoma of the arm is D17.2-).
     */
    private Node[] implied(Node node, String code) {
        if (node.children.length == 0) {
            return NO_NODES;
        }
        List<Node> out = null;
        for (Node child : node.children) {
            // a heading grouping the subterms by site ("Lipoma, site classification, arms"): never written
            if (child.children.length > 0
                    && rules.headings.contains(child.term.title().toLowerCase(Locale.ROOT).trim())) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(child);
            }
        }
        if (titles == null || code == null) {
            return out == null ? NO_NODES : out.toArray(NO_NODES);
        }
        String title = null;
        for (Node child : node.children) {
            SubtermWords sw = child.words;
            if (!code.equals(child.term.code()) || child.children.length == 0 || sw.content().isEmpty()
                    || sw.eponym() || sw.skipped() || !sw.negatives().isEmpty()) {
                continue;
            }
            if (title == null) {
                String t = titles.apply(code);
                if (t == null) {
                    return NO_NODES;
                }
                title = t;
            }
            if (says(title, sw.content(), sw.anyOf())) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(child);
            }
        }
        return out == null ? NO_NODES : out.toArray(NO_NODES);
    }

    /** Whether a title has each word by its {@link #key} ({@code anyOf}: one of a subterm's forms will do). */
    static boolean says(String title, List<String> words, boolean anyOf) {
        Set<String> keys = new HashSet<>();
        for (String word : TermNormalizer.words(title)) {
            keys.add(key(word));
        }
        for (String word : words) {
            if (keys.contains(key(word)) == anyOf) {
                return anyOf;
            }
        }
        return !anyOf;
    }

    /** The node of a term, built now if the term is outside the trees walked at start-up (not kept). */
    private Node node(IndexTerm term) {
        Node n = nodes.get(term);
        return n != null ? n : new IndexWalker(term, this).nodes.get(term);
    }

    /**
     * A walker over one tree only: the nodes of a term outside the Index's own trees, built with the table's words
     * the whole walker read at start-up.
     */
    private IndexWalker(IndexTerm root, IndexWalker whole) {
        this.index = whole.index;
        this.rules = whole.rules;
        this.titles = whole.titles;
        this.neoplasmTable = null;
        this.siteWords = whole.siteWords;
        this.organWords = whole.organWords;
        this.nodes = new IdentityHashMap<>();
        build(root);
    }

    /**
     * The words of the Table of Neoplasms' site rows and their subrows ({@link #siteWords}), and of those the words of
     * the rows that name an organ or a structure ({@link #organWords}), read in one walk of the table's two levels;
     * both empty without a table.
     */
    private record TableWords(Set<String> sites, Set<String> organs) {
        static TableWords of(AlphabeticIndex index) {
            IndexTerm table = index == null ? null : index.neoplasmTable();
            if (table == null) {
                return new TableWords(Set.of(), Set.of());
            }
            Set<String> sites = new HashSet<>();
            Set<String> organs = new HashSet<>();
            Set<String> regions = new HashSet<>();
            for (IndexTerm site : table.children()) {
                add(site, sites, organs, regions);
                for (IndexTerm part : site.children()) {
                    add(part, sites, organs, regions);
                }
            }
            organs.removeAll(regions);
            return new TableWords(Set.copyOf(sites), Set.copyOf(organs));
        }

        private static void add(IndexTerm row, Set<String> sites, Set<String> organs, Set<String> regions) {
            sites.addAll(row.words());
            (illDefined(row) ? regions : organs).addAll(row.words());
        }
    }

    /** Whether a table row's primary code is an ill-defined site (C76) or none. */
    private static boolean illDefined(IndexTerm row) {
        String primary = row.cells().get(PRIMARY);
        return primary == null || primary.startsWith("C76");
    }

    /**
     * The forms of one word a subterm's title lists ("abdomen, abdominal", "myocardium, myocardial"), as the
     * Index prints a main term's forms ({@link AlphabeticIndex} reads those as one main term): single words
     * sharing their first four letters, or short words their first three, any of which the clause may write. Empty for any other title, whose
     * words are all required ("kidney, congenital" is a congenital kidney). A word of {@code ignore} ("NEC" of
     * the Neoplasm table's "spleen, splenic NEC", where it marks the site's own residual row) is no part of a
     * form; in the Index proper an entry printed NEC ("Paralysis, muscle, muscular NEC") stays one a coder
     * reaches only by its words, after the entries that name the site.
     */
    static List<String> forms(IndexTerm child, Set<String> ignore) {
        if (child.title().indexOf(',') < 0) {
            return List.of();
        }
        String[] parts = child.title().split(",");
        if (parts.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        boolean four = true;
        boolean shortWords = true;
        for (String part : parts) {
            List<String> w = new ArrayList<>(TermNormalizer.words(part));
            w.removeIf(ignore::contains);
            if (w.size() != 1 || w.get(0).length() < 3 || !out.isEmpty() && !out.get(0).regionMatches(0, w.get(0), 0, 3)) {
                return List.of();
            }
            String word = w.get(0);
            four &= word.length() >= 4 && (out.isEmpty() || out.get(0).regionMatches(0, word, 0, 4));
            shortWords &= word.length() <= SHORT_FORM;
            out.add(word);
        }
        return four || shortWords ? List.copyOf(out) : List.of();
    }

    /**
     * Short words sharing only their first three letters are still forms of one word ("vision, visual",
     * "face, facial", "tube, tubal"); longer ones sharing only three letters are two qualifiers ("concha,
     * congenital", "spelling, specific"), both required.
     */
    private static final int SHORT_FORM = 7;

    /** {@code titleForms}: the title's forms read from the data ({@code rules.titleForms}), null if none. */
    private SubtermWords subtermWords(IndexTerm child, boolean table, List<String> titleForms) {
        boolean eponym = child.title().indexOf('\'') >= 0
                || !child.title().isEmpty() && Character.isUpperCase(child.title().charAt(0)) && child.words().size() == 1;
        boolean skipped = false;
        List<String> forms = titleForms;   // the title's forms read from the data, else its own
        if (forms == null) {
            forms = forms(child, table ? rules.ignore : Set.of());
        }
        if (!forms.isEmpty()) {
            // one word in any of its forms: the content is that word, matched by any form (see match)
            return new SubtermWords(eponym, false, List.of(), forms, true, keys(forms), noCompounds(forms.size()));
        }
        List<String> words = child.words();
        List<String> printedAfterHyphen = hyphenated(child);
        List<Set<String>> negatives = null;   // made at the first negative word: few titles have one
        // sized for every word at once: most titles keep all their words
        List<String> content = new ArrayList<>(words.size() + 2);
        String[] compound = printedAfterHyphen == null ? null : new String[words.size()];
        // a whole title of skip ("organ or site NEC"): its words may each be words a note writes
        // joined once: the skip and essential-modifier keys (a one-word title is its word)
        String joined = words.size() == 1 ? words.get(0) : String.join(" ", words);
        skipped = words.size() > 1 && rules.skip.contains(joined);
        for (int i = 0; i < words.size() && !skipped; i++) {
            String word = words.get(i);
            if (rules.skip.contains(word)) {
                skipped = true;
                break;
            }
            Set<String> negative = rules.negatives.get(word);
            if (negative != null) {
                if (negatives == null) {
                    negatives = new ArrayList<>(2);
                }
                negatives.add(negative);
            } else if (!rules.connectors.contains(word) && !rules.ignore.contains(word)) {
                if (compound != null) {
                    compound[content.size()] = printedAfterHyphen.get(i);
                }
                content.add(word);
            }
        }
        List<String> essential = rules.essentialModifiers.get(joined);
        if (essential != null && !skipped && child.modifierWords().containsAll(essential)) {
            // the modifier names the structure ("cystic (bile) duct"): a clause writes its words too
            content.addAll(essential);
        }
        // one per content word: the essential modifier's words (after the title's) are never hyphenated
        String[] compoundWords = compound == null ? noCompounds(content.size())
                : Arrays.copyOf(compound, content.size());
        return new SubtermWords(eponym, skipped, negatives == null ? List.of() : List.copyOf(negatives),
                List.copyOf(content), false, keys(content), compoundWords);
    }

    /** Compiled once ({@link #hyphenated} runs for every hyphenated title of the Index at start-up). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']");

    /**
     * For each word of a term's title, the word as printed when a hyphen joins it to the word before
     * ("three-day": null, "day"), else null; null for a title with no hyphenated word (or whose words do not
     * line up with {@link IndexTerm#words}).
     */
    static List<String> hyphenated(IndexTerm term) {
        if (term.title().indexOf('-') < 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (String chunk : WHITESPACE.split(term.title())) {
            String[] parts = chunk.split("-");
            boolean joined = false;
            for (String part : parts) {
                List<String> w = TermNormalizer.words(part);
                for (String one : w) {
                    words.add(one);
                    printed.add(joined ? NOT_WORD.matcher(part).replaceAll("").toLowerCase(Locale.ROOT) : null);
                    joined = false;
                }
                joined = !w.isEmpty();
            }
        }
        return words.equals(term.words()) ? printed : null;
    }

    /**
     * Where a cross-reference of a walk leads, worked out on first use: the keys are the Index's own
     * references, a closed set, so it never outgrows the Index.
     */
    private final ConcurrentHashMap<String, Reference> references =
            new ConcurrentHashMap<>();
    /** Where a cross-reference from a table's site leads in the Neoplasm table (the table walk's own reading). */
    private final ConcurrentHashMap<String, Reference> tableReferences =
            new ConcurrentHashMap<>();

    /** What a reference is: a Neoplasm table site, a category, a term, or nothing a walk follows. */
    private enum Kind { NEOPLASM, CATEGORY, TERM, NONE }

    /**
     * A cross-reference read once: its step ("see ..."), its kind, the Neoplasm table column it names, the
     * code of a category, and the node it leads to (null: nowhere). {@code stop}: for a reference whose last
     * parts name a subterm only by one of the forms its title lists ("see Hemorrhage, retina" is the subterm
     * printed "retina, retinal"), the node that the parts printed as titles reach; null otherwise.
     */
    /**
     * A cross-reference read once. {@code afterSite}: the parts a "by site" reference names after the site, one
     * subterm each below the site the clause takes ("Absence, by site, acquired": the acquired subterm of the
     * absent organ); empty for every other reference.
     */
    private record Reference(String step, Kind kind, int column, String category, Node target, Node stop,
                             List<List<String>> afterSite) {
        Reference(String step, Kind kind, int column, String category, Node target) {
            this(step, kind, column, category, target, null, List.of());
        }

        Reference(String step, Kind kind, int column, String category, Node target, Node stop) {
            this(step, kind, column, category, target, stop, List.of());
        }
    }

    private static final int MANY = 12;
    private static final String ALWAYS = "";
    private static final int[] NONE = new int[0];

    private Map<String, int[]> childKeys(Node node) {
        Map<String, List<Integer>> keys = new HashMap<>();
        for (int i = 0; i < node.children.length; i++) {
            SubtermWords sw = node.children[i].words;
            if (sw.anyOf()) {
                for (String form : sw.content()) {   // the forms of one word (see forms)
                    keys.computeIfAbsent(key(form), k -> new ArrayList<>()).add(i);
                }
                continue;
            }
            String first = ALWAYS;
            for (String word : node.children[i].term.words()) {
                if (!rules.connectors.contains(word) && !rules.ignore.contains(word) && !rules.negatives.containsKey(word)) {
                    first = key(word);
                    break;
                }
            }
            keys.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new HashMap<>();
        keys.forEach((k, v) -> {
            int[] places = new int[v.size()];
            for (int j = 0; j < places.length; j++) {
                places[j] = v.get(j);
            }
            out.put(k, places);
        });
        return out;
    }

    /** The {@link #key} of each word, each key string shared with the other terms that have it. */
    private String[] keys(List<String> words) {
        if (words.isEmpty()) {
            return NO_STRINGS;   // shared: a title of no content word (read only)
        }
        String[] out = new String[words.size()];
        for (int i = 0; i < out.length; i++) {
            String key = key(words.get(i));
            String kept = keyStrings.putIfAbsent(key, key);
            out[i] = kept != null ? kept : key;
        }
        return out;
    }

    /** A word's lookup key: its first six letters (the stem {@link ClauseWords#sameStem} compares), or itself. */
    static String key(String word) {
        return word.length() >= 6 ? word.substring(0, 6) : word;
    }

    /**
     * The subterms that may match the clause, as indexes in printed order: null for all of them, or for a
     * large node those whose first required word the clause has.
     */
    private static int[] candidates(Node node, ClauseWords w) {
        Map<String, int[]> keys = node.childrenByKey;
        if (keys == null) {
            return null;
        }
        BitSet picked = new BitSet(node.children.length);
        for (int i : keys.getOrDefault(ALWAYS, NONE)) {
            picked.set(i);
        }
        List<String> clauseKeys = w.keys();
        for (int j = 0; j < clauseKeys.size(); j++) {   // by index: asked at every large node a walk reaches
            for (int i : keys.getOrDefault(clauseKeys.get(j), NONE)) {
                picked.set(i);
            }
        }
        int[] out = new int[picked.cardinality()];
        int n = 0;
        for (int i = picked.nextSetBit(0); i >= 0; i = picked.nextSetBit(i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /** The content words of each alternative of a main term's title qualifier, by title (a closed set). */
    private final ConcurrentHashMap<String, List<List<String>>> qualifiers =
            new ConcurrentHashMap<>();

    /**
     * Whether the clause writes the words that make a main term what its title says ({@link
     * AlphabeticIndex#qualifier}): "Neutrophilia, hereditary giant" is not read from "neutrophilia" alone. A
     * qualifier of several alternatives ("tooth, teeth"; "hip or other joint") needs one of them.
     */
    boolean qualifierRead(IndexTerm main, ClauseWords w) {
        List<List<String>> alternatives = qualifiers.computeIfAbsent(main.title(), this::qualifierWords);
        if (alternatives.isEmpty()) {
            return true;
        }
        for (List<String> words : alternatives) {
            boolean all = true;
            for (String word : words) {
                all &= writesForm(w, word);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause has the word or another form the Index prints of it ("abdominal" is also read from
     * "abdomen": "Abdomen, abdominal").
     */
    private boolean writesForm(ClauseWords w, String word) {
        if (!w.find(word).isEmpty()) {
            return true;
        }
        for (IndexTerm t : index.mainTerms(word)) {
            if (t.title().indexOf(',') > 0 && AlphabeticIndex.qualifier(t.title()).isEmpty()) {
                for (String form : t.title().split(",")) {
                    List<String> f = TermNormalizer.words(form);
                    if (f.size() == 1 && !f.get(0).equals(word) && !w.find(f.get(0)).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<List<String>> qualifierWords(String title) {
        List<List<String>> out = new ArrayList<>();
        for (String alternative : AlphabeticIndex.qualifier(title).split(",|\\bor\\b")) {
            List<String> content = new ArrayList<>();
            for (String word : TermNormalizer.words(alternative)) {
                if (!rules.connectors.contains(word) && !rules.ignore.contains(word)) {
                    content.add(word);
                }
            }
            if (!content.isEmpty()) {
                out.add(List.copyOf(content));
            }
        }
        return List.copyOf(out);
    }

    /** The best path from a main term found at {@code tokens}; {@code secondary} if the clause says metastatic. */
    Found fromMainTerm(IndexTerm main, ClauseWords w, Set<Integer> tokens, boolean secondary) {
        return walk(node(main), w, TokenSet.of(tokens), Steps.of(List.of(main.title())), 0, false, secondary);
    }

    /**
     * The best path below the last term of {@code path} (a main term and subterms of it), walked with the
     * clause's words only: the path's own titles are steps no word of the clause took.
     */
    Found fromHead(List<IndexTerm> path, ClauseWords w) {
        List<String> titles = new ArrayList<>(path.size());
        for (IndexTerm t : path) {
            titles.add(t.title());
        }
        return walk(node(path.get(path.size() - 1)), w, TokenSet.of(Set.of()), Steps.of(titles), 0, false, false);
    }

    /** The best site path in the Neoplasm table for a column, from the table's root. */
    Found neoplasm(ClauseWords w, Set<Integer> used, List<String> steps, int column) {
        return walkTable(neoplasmTable, w, TokenSet.of(used), Steps.of(steps), column, 0, false);
    }

    /**
     * Whether a subterm of a main term ({@code not_causal} rows) that names an onset or a stage ("Amenorrhea,
     * secondary": after menarche; "Osteoarthritis, secondary") takes its word where the note writes it as a link
     * to a cause ("amenorrhea secondary to pregnancy"): the link says what caused the condition, not its kind.
     */
    private boolean causalLinkRead(Node main, Node child, ClauseWords w, TokenSet taken) {
        List<String> content = child.words.content();
        if (content.size() != 1) {
            return false;
        }
        String title = main.term.title().toLowerCase(Locale.ROOT);
        int paren = title.indexOf('(');   // "Lesion(s)" is listed as "lesion"
        String link = rules.notCausal.get((paren < 0 ? title : title.substring(0, paren)).trim() + "\t" + content.get(0));
        if (link == null) {
            return false;
        }
        List<Token> tokens = w.tokens();
        for (int t : taken) {
            if (t + 1 < tokens.size() && tokens.get(t + 1).text().equalsIgnoreCase(link)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subterm's word is written as a link to a cause ({@code cause_link} rows: "secondary to") before
     * every word of the main term: the main term's condition is then the cause of another ("cardiomyopathy
     * secondary to hypertension"), not a condition of the subterm's kind (no secondary hypertension).
     */
    private boolean causeLinkBefore(ClauseWords w, TokenSet taken, TokenSet main) {
        if (main.isEmpty() || rules.causeLinks.isEmpty()) {
            return false;
        }
        List<Token> tokens = w.tokens();
        int first = Integer.MAX_VALUE;
        for (int u : main) {
            first = Math.min(first, u);
        }
        for (int t : taken) {
            // the gate first: most words a subterm takes begin no link, and need no lower-cased pair made
            if (t + 1 < first && rules.causeLinkGate.mayBe(tokens.get(t).text())
                    && rules.causeLinks.contains(tokens.get(t).text().toLowerCase(Locale.ROOT)
                    + " " + tokens.get(t + 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subterm of a main term names a site the clause places elsewhere ({@code site_elsewhere} rows):
     * "Hemorrhage, epidural" is the skull's (Injury, intracranial; I62.1), so a spinal epidural bleed is read under
     * "spinal (cord)" instead.
     */
    private boolean siteElsewhere(Node main, Node child, ClauseWords w) {
        if (child.words.content().isEmpty() || !rules.siteElsewhereSubterms.contains(child.words.content().get(0))) {
            return false;
        }
        String title = main.term.title().toLowerCase(Locale.ROOT);
        int end = title.length();
        for (char c : new char[] {',', '('}) {
            end = title.indexOf(c) >= 0 ? Math.min(end, title.indexOf(c)) : end;
        }
        Set<String> elsewhere = rules.siteElsewhere.get(title.substring(0, end).trim() + "\t" + child.words.content().get(0));
        if (elsewhere == null) {
            return false;
        }
        for (String word : elsewhere) {
            if (!w.find(word).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a walk stands at a main term: the one it started from, or one a cross-reference led to ("Bleeding,
     * see also Hemorrhage"), whose subterms are read as the main term's own.
     */
    private static boolean atMainTerm(Steps steps) {
        return steps.size() == 1 || steps.title().startsWith("see ");
    }

    /** The best path below a Table of Drugs substance for a column. */
    Found drug(IndexTerm substance, ClauseWords w, Set<Integer> used, List<String> steps, int column) {
        return walkTable(node(substance), w, TokenSet.of(used), Steps.of(steps), column, MAX_JUMPS, false);
    }

    private Found walk(Node node, ClauseWords w, TokenSet used, Steps steps, int jumps,
                       boolean afterJump, boolean secondary) {
        IndexTerm term = node.term;
        Found best = term.code() != null ? new Found(steps, term.code(), term.manif(), used) : null;
        int[] picked = candidates(node, w);
        int n = picked == null ? node.children.length : picked.length;
        Node siteNec = node.siteNec;
        boolean taken = false;
        List<DeadEnd> deadEnd = null;   // the subterms read that led to no code
        for (int k = 0; k < n; k++) {
            Node child = node.children[picked == null ? k : picked[k]];
            if (child == siteNec) {
                continue;
            }
            TokenSet m = child.typeWords == null ? match(child, w, used, afterJump) : typeWordTaken(child, w, used);
            if (m != null && (steps.size() == 1 && (causalLinkRead(node, child, w, m) || causeLinkBefore(w, m, used))
                    || atMainTerm(steps) && siteElsewhere(node, child, w))) {
                continue;
            }
            if (m != null) {
                taken = true;
                Found f = walk(child, w, used.union(m), steps.plus(child.term.title()), jumps, false, secondary);
                if (f == null && !m.isEmpty()) {
                    deadEnd = deadEnd == null ? new ArrayList<>() : deadEnd;
                    deadEnd.add(new DeadEnd(m, titleWords(child.term)));
                }
                best = better(best, f, w);
            }
        }
        if (deadEnd != null && best != null && best.path().size() > steps.size() && readByDeadEnd(deadEnd, best, used, w)) {
            // a subterm reading the clause's words more fully leads to no code ("Obstruction, coronary (artery), see
            // Occlusion, coronary", whose codes need more words): a sibling reading only words that subterm's title
            // also prints is not the condition either ("Obstruction, artery" is an arterial embolism, I74.9, no
            // obstruction of a coronary artery)
            best = term.code() != null ? new Found(steps, term.code(), term.manif(), used) : null;
        }
        TokenSet site = siteNec == null || taken ? null : siteNecTaken(w, used);
        if (site != null) {
            best = better(best, walk(siteNec, w, site, steps.plus(siteNec.term.title()), jumps, false, secondary), w);
        }
        for (int k = 0; jumps == 0 && k < node.implied.length; k++) {
            // read through only from the main term the note names (not where a cross-reference led: "Clot,
            // see also Embolism" is no arterial embolism by its site), and only where it leads to more words
            // than the printed subterms read
            Node child = node.implied[k];
            Found f = walk(child, w, used, steps.plus(child.term.title()), jumps, false, secondary);
            if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                best = f;
            }
        }
        if (jumps < MAX_JUMPS) {
            best = followAll(term, best, w, used, steps, jumps, secondary);
        }
        if (!node.bySite.isEmpty() && jumps == 0 && steps.toList().size() == 1) {
            Found f = bySite(node, w, used, steps, secondary);
            if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                best = f;
            }
        }
        return best;
    }

    /** A subterm a walk read that led to no code: the clause's words it read and its title's words. */
    private record DeadEnd(TokenSet read, Set<String> titleWords) {
    }

    /**
     * Whether a path reads, besides the words before the subterms ({@code used}), only words one subterm that led
     * to no code read or prints in its title, and fewer of them than it read plus printed: "coronary (artery)" for
     * the path of "artery" in "obstruction of the coronary artery".
     */
    private static boolean readByDeadEnd(List<DeadEnd> deadEnds, Found best, TokenSet used, ClauseWords w) {
        for (DeadEnd d : deadEnds) {
            boolean all = true;
            boolean other = false;   // a word the dead end read that the path does not
            for (int t : d.read()) {
                other |= !best.tokens().contains(t);
            }
            for (int t : best.tokens()) {
                if (!used.contains(t) && !d.read().contains(t)
                        && !d.titleWords().contains(w.tokens().get(t).norm())) {
                    all = false;
                    break;
                }
            }
            if (all && other) {
                return true;
            }
        }
        return false;
    }

    /** The normalized words of an Index title, its printed (nonessential) modifiers' too. */
    private static Set<String> titleWords(IndexTerm term) {
        Set<String> out = new HashSet<>(term.words());
        out.addAll(term.modifierWords());
        return out;
    }

    /** The best path after following a term's "see" (when it leads further) and "see also" references. */
    private Found followAll(IndexTerm term, Found best, ClauseWords w, TokenSet used, Steps steps, int jumps,
                            boolean secondary) {
        List<String> see = term.see();
        for (int k = 0; k < see.size(); k++) {
            Found f = follow(see.get(k), w, used, steps, jumps + 1, secondary);
            if (best == null || f != null && f.tokens().size() > best.tokens().size()) {
                best = better(best, f, w);
            }
        }
        List<String> seeAlso = term.seeAlso();
        for (int k = 0; k < seeAlso.size(); k++) {
            Found f = follow(seeAlso.get(k), w, used, steps, jumps + 1, secondary);
            if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                best = f;
            }
        }
        return best;
    }

    private Found follow(String ref, ClauseWords w, TokenSet used, Steps steps, int jumps, boolean secondary) {
        Reference r = references.computeIfAbsent(ref, this::reference);
        switch (r.kind()) {
            case NEOPLASM: {
                Steps seeSteps = steps.plus(r.step());
                int column = r.column();
                // "metastatic" makes a morphology secondary only where the clause names the site ("metastatic
                // adenocarcinoma", whose reference is the table's root); a morphology whose reference names its
                // site row ("Osteosarcoma, see Neoplasm, bone, malignant") is the primary, which has spread
                // (Guidelines I.C.2.d; the Index's own "metastatic" subterms, Carcinoma's, are walked as printed)
                if (column == 2 && secondary && r.target() == neoplasmTable) {
                    column = 3;
                    seeSteps = seeSteps.plus("metastatic: secondary");
                }
                ClauseWords phrase = sitePhrase(w, used);
                Found f = walkTable(r.target(), phrase, used, seeSteps, column, jumps, true);
                if (listsTissueSites(r.target())) {
                    f = siteOffTheList(f, phrase, used, seeSteps, column, jumps);
                }
                return column == 2 && r.target() == neoplasmTable ? onSkin(f, phrase, seeSteps) : f;
            }
            case CATEGORY:
                return new Found(steps.plus(r.step()), r.category(), null, used);
            case TERM: {
                if (r.target() == null) {
                    return null;
                }
                // a subterm named by one of its title's forms is taken on a first reference only: a reference
                // reached through another one is read as far as its printed titles go, so that a chain of
                // references does not drift to a graver condition ("Obstruction, artery, see also Embolism,
                // artery", then "coronary, see Infarct, myocardium")
                Node target = r.stop() == null || jumps <= 1 ? r.target() : r.stop();
                Found f = afterSite(walk(target, w, used, steps.plus(r.step()), jumps, true, secondary), r, target);
                if (target != r.stop() && r.stop() != null) {
                    // the clause's own words may lead further from where the printed titles stop: the longer reading
                    Found g = walk(r.stop(), w, used, steps.plus(r.step()), jumps, true, secondary);
                    if (g != null && (f == null || g.tokens().size() > f.tokens().size())) {
                        f = g;
                    }
                }
                return f;
            }
            default:
                return null;
        }
    }

    /**
     * A carcinoma of a morphology of the surface epithelium ({@code skin_morphology}: a squamous cell or an
     * epidermoid carcinoma) at a site the Table prints only as an ill-defined region of the body surface (a hand,
     * an arm, a leg: "hand NEC" C76.4-) is a carcinoma of the skin of that site, as a coder reads it (Neoplasm,
     * skin, limb, upper, squamous cell carcinoma: C44.62-); the row's value gives the skin code of each region.
     * Any other site (a lung, a tonsil) keeps its own row.
     */
    private Found onSkin(Found found, ClauseWords phrase, Steps steps) {
        if (found == null || found.code() == null || rules.skinMorphology.isEmpty()) {
            return found;
        }
        String region = found.code().endsWith("-") ? found.code().substring(0, found.code().length() - 1)
                : found.code();
        for (Map.Entry<String, Map<String, String>> e : rules.skinMorphology.entrySet()) {
            String skin = e.getValue().get(region);
            if (skin != null && phrase.contains(e.getKey())) {
                String step = "skin of the region (" + e.getKey() + " carcinoma of the body surface)";
                return new Found(found.path().plus(step), found.code().endsWith("-") ? skin + "-" : skin, null,
                        found.tokens());
            }
        }
        return found;
    }

    /** Whether a Neoplasm table row lists the sites of one tissue ({@code tissue_site_list} rows). */
    private boolean listsTissueSites(Node row) {
        return row != null && row != neoplasmTable
                && rules.tissueSiteLists.contains(String.join(" ", withoutNec(TermNormalizer.words(row.term.title()))));
    }

    /**
     * A tissue's walk ({@code listed}) where it reads a site of the tissue's list; else the walk from the table's
     * root, which reads a site the list lacks at the table's own row for it ("leiomyosarcoma of the uterus" is C55)
     * and otherwise reads as the reference did before it reached the list. At a site both read equally, "of the
     * thigh", the tissue's row stays (C49.2-, not the thigh NEC, C76.5-). Where the clause names no site at all,
     * the tissue's own row gives the code ("pleomorphic liposarcoma": connective tissue NEC, C49.9), not the
     * table's root (C80.1, a malignancy of no stated tissue).
     */
    private Found siteOffTheList(Found listed, ClauseWords phrase, TokenSet used, Steps steps, int column,
                                 int jumps) {
        int read = listed == null ? used.size() : listed.tokens().size();
        if (read <= used.size()) {
            Found root = walkTable(neoplasmTable, phrase, used, steps, column, jumps, true);
            boolean rootReadsSite = root != null && root.tokens().size() > used.size();
            return rootReadsSite || listed == null || listed.code() == null ? root : listed;
        }
        Found own = walkTable(neoplasmTable, phrase, used, steps.plus("site not on the tissue's list"), column,
                jumps, true);
        return own != null && own.code() != null && own.tokens().size() > read ? own : listed;
    }

    /**
     * The words of the noun phrase of the neoplasm word read so far ({@code used}), with which a reference to
     * the Neoplasm table is walked: before it back to the word opening the phrase ({@code neoplasm_site_start},
     * {@code neoplasm_site_break}, punctuation), after it only through a link ({@code neoplasm_site_link}: "a mass
     * in the left breast", "tumor of the posterior fossa") or a comma and a side ("mass, left breast"), up to the
     * next break; an "and" or "or" right after it may join another neoplasm word ({@code neoplasm_site_pair})
     * that the link then follows. A site word across a verb, an "and" joining another noun, or a study's name
     * ("the pelvic scan showed a tumor", "the fossa and a tumor") names another structure, not where the neoplasm
     * lies.
     */
    private ClauseWords sitePhrase(ClauseWords w, TokenSet used) {
        if (used.size() == 0 || rules.neoplasmSiteLinks.isEmpty()) {
            return w;
        }
        int lo = used.first();
        while (lo > w.from && !phraseStart(w.written(lo - 1))) {
            lo--;
        }
        int hi = used.last() + 1;
        if (hi + 2 < w.to && (w.written(hi).equals("and") || w.written(hi).equals("or"))
                && rules.neoplasmSitePairs.contains(w.written(hi + 1))) {
            hi += 2;   // "adenocarcinoma and metastasis from the breast": one site for both
        }
        if (hi < w.to && rules.neoplasmSiteLinks.contains(w.written(hi))) {
            hi++;
        } else if (hi + 1 < w.to && w.written(hi).equals(",") && rules.neoplasmSiteSides.contains(w.written(hi + 1))) {
            hi += 2;   // "mass, left breast": a side after the comma
        } else {
            return w.within(lo, hi);
        }
        while (hi < w.to && !phraseBreak(w.written(hi))) {
            hi++;
        }
        return w.within(lo, hi);
    }

    /** Whether a written word opens the noun phrase before a neoplasm word: it is not read as its site. */
    private boolean phraseStart(String written) {
        return phraseBreak(written) || rules.neoplasmSiteStarts.contains(written);
    }

    /** Whether a written word ends the noun phrase of a neoplasm word: a break word or punctuation. */
    private boolean phraseBreak(String written) {
        if (rules.neoplasmSiteBreaks.contains(written)) {
            return true;
        }
        for (int k = 0; k < written.length(); k++) {
            if (Character.isLetterOrDigit(written.charAt(k))) {
                return false;
            }
        }
        return !written.equals("-") && !written.equals("'");
    }

    /**
     * Whether a cross-reference leads to a site or tissue row of the Neoplasm table, not to its root: "Neoplasm,
     * nerve, benign" (Neurofibroma) and "Neoplasm, connective tissue, malignant" (Fibrosarcoma) name where the
     * morphology lies, as the Index prints it, so the morphology alone has its code; "Neoplasm, malignant, by
     * site" (Adenocarcinoma) names none.
     */
    boolean leadsToTableSite(String ref) {
        Reference r = references.computeIfAbsent(ref, this::reference);
        // a tissue's list of sites ("Neoplasm, connective tissue") names no one site: the morphology needs the clause's
        return r.kind() == Kind.NEOPLASM && r.target() != null && r.target() != neoplasmTable
                && !listsTissueSites(r.target());
    }

    /** Reads a cross-reference of a walk once (see {@link #follow}). */
    private Reference reference(String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        String step = "see " + ref;
        if (lower.startsWith("neoplasm")) {
            Node start = neoplasmTable;
            for (String part : ref.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("neoplasm") || p.contains("by site") || column(p) != 0) {
                    continue;
                }
                Node next = child(start, p);
                if (next == null) {
                    break;
                }
                start = next;
            }
            return new Reference(step, Kind.NEOPLASM, column(lower), null, start);
        }
        if (lower.startsWith("category ")) {
            return new Reference(step, Kind.CATEGORY, 0, ref.substring(9).trim(), null);
        }
        // "see condition" (an anatomical word's reference, also "see condition, limb") names no term: it tells the
        // coder to look up the condition written beside the site, and the Index's own main term "Condition"
        // (see Disease) would lead any site word to a disease
        if (lower.contains("table of drugs") || lower.split(",")[0].trim().equals("condition")) {
            return new Reference(step, Kind.NONE, 0, null, null);
        }
        List<IndexTerm> path = index.follow(ref);
        if (path.isEmpty()) {
            return new Reference(step, Kind.TERM, 0, null, null);
        }
        IndexTerm reached = path.get(path.size() - 1);
        IndexTerm byForm = byForms(reached, ref.split(","), path.size());
        if (byForm == null) {
            return new Reference(step, Kind.TERM, 0, null, node(reached), null, afterSite(ref, path.size()));
        }
        return new Reference(step, Kind.TERM, 0, null, node(byForm), node(reached));
    }

    /**
     * The parts of a reference after its "by site" part, when the parts before it are all the path reached
     * ({@code reachedParts}): "Absence, by site, acquired" gives [[acquired]]; none for any other reference.
     */
    private static List<List<String>> afterSite(String ref, int reachedParts) {
        String[] parts = ref.split(",");
        if (reachedParts >= parts.length || !parts[reachedParts].trim().equalsIgnoreCase("by site")) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (int i = reachedParts + 1; i < parts.length; i++) {
            List<String> words = TermNormalizer.words(parts[i]);
            if (words.isEmpty()) {
                return List.of();
            }
            out.add(words);
        }
        return out;
    }

    /**
     * A path that a "by site" reference with parts after the site led to, taken on below the site into the
     * subterms those parts name ("Stump, see Amputation, see Absence, by site, acquired": the rectum the clause
     * names, then its "acquired" subterm, Z90.49, not the congenital absence the site prints first). The path is
     * kept as it is when it ends before a site, passes another reference, or the site prints no such subterms.
     */
    private Found afterSite(Found f, Reference r, Node from) {
        if (f == null || r.afterSite().isEmpty() || from == null) {
            return f;
        }
        List<String> titles = f.steps();
        int at = titles.lastIndexOf(r.step());
        if (at < 0 || at + 1 >= titles.size()) {
            return f;
        }
        Node node = from;
        for (int i = at + 1; i < titles.size(); i++) {
            node = childTitled(node, titles.get(i));
            if (node == null) {
                return f;
            }
        }
        Steps path = f.path();
        for (List<String> words : r.afterSite()) {
            Node next = null;
            for (Node child : node.children) {
                if (withoutNec(TermNormalizer.words(child.term.title())).equals(words)) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return f;
            }
            node = next;
            path = path.plus(node.term.title());
        }
        return node.term.code() == null ? f : new Found(path, node.term.code(), node.term.manif(), f.tokens());
    }

    /**
     * A subterm title's words without its "NEC": a reference names the subterm "superficial" that the site prints
     * as "superficial NEC" ("Bite, by site, superficial, insect": Bite, leg, superficial NEC, insect, S80.86-).
     */
    private static List<String> withoutNec(List<String> words) {
        if (!words.contains("nec")) {
            return words;
        }
        List<String> out = new ArrayList<>(words);
        out.removeIf("nec"::equals);
        return out;
    }

    /** The subterm of a node printed with this title, or null. */
    private static Node childTitled(Node node, String title) {
        for (Node child : node.children) {
            if (child.term.title().equals(title)) {
                return child;
            }
        }
        return null;
    }

    /**
     * The subterm that a reference's parts from {@code from} on name among the forms a subterm's title lists
     * ("retina, retinal" for "retina"), walked down from {@code at}; null when the first such part names none.
     */
    private static IndexTerm byForms(IndexTerm at, String[] parts, int from) {
        IndexTerm deepest = null;
        for (int i = from; i < parts.length; i++) {
            List<String> words = TermNormalizer.words(parts[i]);
            IndexTerm next = words.isEmpty() ? null : at.childByForm(words);
            if (next == null) {
                break;
            }
            deepest = next;
            at = next;
        }
        return deepest;
    }

    /** Reads a cross-reference from a table's site once: the Neoplasm table site it names, or none. */
    private Reference tableReference(String ref) {
        if (!ref.toLowerCase(Locale.ROOT).startsWith("neoplasm")) {
            return new Reference(null, Kind.NONE, 0, null, null);
        }
        Node at = neoplasmTable;
        for (String part : ref.split(",")) {
            if (at != null && !part.trim().toLowerCase(Locale.ROOT).startsWith("neoplasm")) {
                at = printedChild(at, part.trim().toLowerCase(Locale.ROOT));
            }
        }
        return new Reference("see " + ref, at == null ? Kind.NONE : Kind.NEOPLASM, 0, null, at);
    }

    private Found walkTable(Node node, ClauseWords w, TokenSet used, Steps steps, int column,
                            int jumps, boolean afterJump) {
        String cell = node.passThrough ? null : node.cell(column);
        Found best = cell != null ? new Found(steps, cell, null, used) : null;
        int[] picked = candidates(node, w);
        int n = picked == null ? node.children.length : picked.length;
        for (int k = 0; k < n; k++) {
            Node child = node.children[picked == null ? k : picked[k]];
            TokenSet m = match(child, w, used, afterJump || child.morphologyRow());
            if (m != null) {
                best = better(best, walkTable(child, w, used.union(m), steps.plus(child.term.title()), column, jumps, false), w);
            }
        }
        if (jumps < MAX_JUMPS) {
            List<String> refs = node.term.seeAlso().isEmpty() ? node.term.see() : node.term.seeAlso();
            for (int k = 0; k < refs.size(); k++) {
                Reference r = tableReferences.computeIfAbsent(refs.get(k), this::tableReference);
                if (r.kind() == Kind.NEOPLASM && r.target() != node) {
                    Found f = walkTable(r.target(), w, used, steps.plus(r.step()), column, jumps + 1, true);
                    if (f != null && (best == null || f.tokens().size() > best.tokens().size())) {
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    /** The title words of a table row naming a morphology ({@link Node#morphologyRow}). */
    static final String MORPHOLOGY_ROW_WORDS = "/org/opencac/engine/lookup/morphology_row_words.txt";
    /** A table row naming a morphology: one of {@code morphology_row_words.txt} as a whole word of its title. */
    private static final Pattern MORPHOLOGY_ROW = Pattern.compile("(?i)\\b(?:"
            + String.join("|", DataFiles.lines(MORPHOLOGY_ROW_WORDS).stream().map(Pattern::quote).toList()) + ")\\b");

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

    /** The child node of the subterm a reference's part names, by its title or one of the forms it lists. */
    private static Node printedChild(Node node, String title) {
        IndexTerm term = node.term.childByForm(TermNormalizer.words(title));
        for (Node c : node.children) {
            if (c.term == term) {
                return c;
            }
        }
        return null;
    }

    /**
     * As {@link #printedChild}, and a tissue row by its name without the NEC the table prints: an Index
     * morphology's reference is walked from the tissue's list. A table row's own reference to it ("muscle, see also
     * Neoplasm, connective tissue") is not taken: the row's word alone ("muscle invasive") names no site on the list.
     */
    private Node child(Node node, String title) {
        Node printed = printedChild(node, title);
        if (printed != null) {
            return printed;
        }
        List<String> words = TermNormalizer.words(title);
        // a reference names the tissue row the table prints with its NEC ("Neoplasm, connective tissue, malignant":
        // the row "connective tissue NEC"); other rows so printed are walked from the table's root, as before
        for (Node c : node.children) {
            if (listsTissueSites(c) && withoutNec(TermNormalizer.words(c.term.title())).equals(words)) {
                return c;
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
        return match(node(child), w, TokenSet.of(used), afterJump);
    }

    private static TokenSet match(Node child, ClauseWords w, TokenSet used, boolean afterJump) {
        TokenSet taken = wordsTaken(child, w, used, afterJump);
        if (taken != null && readsPartAlone(w, taken, used)) {
            return null;   // "a mass at the bladder neck": the bladder's neck is no Mass, neck
        }
        if (taken != null && child.words.eponym() && !w.namesPerson(child.term.words())) {
            // An eponym ("His", "Hers'", "Good's"): only a capitalized name inside the sentence reads as one. Asked
            // last: most eponym subterms a walk tries fail at their words, which are cheaper to read.
            return null;
        }
        return taken;
    }

    /**
     * Whether a subterm's words newly read ({@code taken}, not {@code used}) hold the part of a compound anatomy
     * name ("neck" of "bladder neck", "neck of the femur") without the organ it belongs to, read before or with it
     * ({@link org.opencac.engine.mention.NotSitePhrases#partReadAlone}).
     */
    private static boolean readsPartAlone(ClauseWords w, TokenSet taken, TokenSet used) {
        if (!w.mayReadCompoundPart()) {
            return false;   // asked once a sentence, not for every word of every subterm tried
        }
        for (int t : taken) {
            if (!used.has(t) && NotSitePhrases.partReadAlone(w.tokens(), t,
                    x -> used.has(x) || taken.has(x))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #match} but for the eponym's capitals. */
    private static TokenSet wordsTaken(Node child, ClauseWords w, TokenSet used, boolean afterJump) {
        SubtermWords sw = child.words;
        if (sw.skipped()) {
            return null;
        }
        int[] buckets = sw.buckets();
        if (!sw.anyOf()) {
            // every content word must be read: a word whose key no word of the sentence shares fails the subterm
            // before any look-up (most subterms tried fail so)
            for (int k = 0; k < buckets.length; k++) {
                if (!w.mayRead(buckets[k])) {
                    return null;
                }
            }
        }
        List<Set<String>> negatives = sw.negatives();
        for (int k = 0; k < negatives.size(); k++) {
            if (!containsAny(w, negatives.get(k))) {
                return null;
            }
        }
        List<String> content = sw.content();
        if (content.isEmpty()) {
            return child.term.words().isEmpty() ? null : TokenSet.EMPTY;
        }
        if (sw.anyOf()) {
            for (int k = 0; k < content.size(); k++) {
                ClauseWords.Word one = w.mayRead(buckets[k]) ? w.take(content.get(k), sw.contentKeys()[k], used) : null;
                if (one != null && (afterJump || used.lacksAnyOf(one.firstToken(), one.endToken()))) {
                    return TokenSet.range(one.firstToken(), one.endToken());
                }
            }
            return null;
        }
        TokenSet.Builder taken = null;   // made at the first word taken: most children fail at their first word
        boolean progress = afterJump;
        ClauseWords.Word before = null;
        for (int k = 0; k < content.size(); k++) {
            ClauseWords.Word one = w.take(content.get(k), sw.contentKeys()[k], used);
            if (one == null || sw.compound()[k] != null && !w.compound(before, one, sw.compound()[k])) {
                // a hyphenated Index word ("three-day") is read only from the same compound, never from a
                // phrase that shares its parts ("for three days")
                return null;
            }
            // a word of a phrase's equivalent read on tokens taken before is still a step ("nodal" is lymph node:
            // Neoplasm, lymph takes it, and its node subterm, then the axilla below, are read from it too)
            progress |= used.lacksAnyOf(one.firstToken(), one.endToken()) || one.part() && before == null;
            before = one;
            if (taken == null) {
                taken = new TokenSet.Builder();
            }
            taken.addRange(one.firstToken(), one.endToken());
        }
        return progress ? taken.build() : null;
    }

    private static boolean containsAny(ClauseWords w, Set<String> words) {
        for (String word : words) {
            if (w.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Found better(Found a, Found b, ClauseWords w) {
        if (b == null) {
            return a;
        }
        if (a == null || b.tokens().size() > a.tokens().size()) {
            return b;
        }
        if (b.tokens().size() == a.tokens().size()) {
            // the same words read: the path that does not loop back to its own main term through a
            // cross-reference, as a coder goes straight to "Hernia, inguinal, bilateral, with obstruction,
            // recurrent"; then the deeper path
            int detours = Integer.compare(b.path().loops(), a.path().loops());
            if (detours != 0) {
                return detours < 0 ? b : a;
            }
            if (sameMainTerm(a, b) && stackedSites(b.tokens(), a.tokens(), w)) {
                // two site words stacked right before the term, each a subterm of it: the site next to the term
                // is where the condition lies, the farther one places that structure ("frontal subdural
                // empyema" is a subdural empyema over the frontal lobe, no frontal sinusitis)
                return b;
            }
            if (sameMainTerm(a, b) && stackedSites(a.tokens(), b.tokens(), w)) {
                return a;
            }
            if (sameMainTerm(a, b) && nearerBefore(b.tokens(), a.tokens(), w)) {
                // two readings of one main term, each with a word before it: the word nearer the term modifies
                // it, the farther one, apart from it, qualifies something else ("abdominal ultrasound showed a
                // renal mass" is a mass of the kidney, "abdominal" naming the study); words joined by "and" or a
                // comma are a list of sites sharing the term ("back and joint pain"), each read
                return b;
            }
            if (b.path().size() > a.path().size()) {
                return b;
            }
            if (b.path().size() == a.path().size() && sameMainTerm(a, b) && detachedBefore(a.tokens(), b.tokens())) {
                // two subterms of one main term, as deep and reading as many words: one reads a word before
                // the words both read but apart from them (other words of the note between), the other a word
                // after them; the word apart qualifies something else ("cerebral angiography showed occlusion
                // of the carotid artery" is an occluded carotid, "cerebral" naming the study), while a word
                // right before ("petechial hemorrhages on the conjunctiva") stays a reading as before
                return b;
            }
        }
        return a;
    }

    /**
     * True if {@code near} and {@code far} each read one word the other does not, both site words of the
     * Neoplasm table, written side by side in that order ({@code far}'s first) right before the first word
     * both read.
     */
    private boolean stackedSites(Set<Integer> near, Set<Integer> far, ClauseWords w) {
        int nearOnly = onlyToken(near, far);
        int farOnly = onlyToken(far, near);
        if (nearOnly < 0 || farOnly < 0 || farOnly + 1 != nearOnly || !near.contains(nearOnly + 1)
                || !far.contains(nearOnly + 1)) {
            return false;
        }
        return siteWords.contains(w.norm(nearOnly)) && siteWords.contains(w.norm(farOnly));
    }

    /** The one token of {@code x} not in {@code y}, or -1 if there is none or more than one. */
    private static int onlyToken(Set<Integer> x, Set<Integer> y) {
        int only = -1;
        for (int t : x) {
            if (!y.contains(t)) {
                if (only >= 0) {
                    return -1;
                }
                only = t;
            }
        }
        return only;
    }

    private static boolean sameMainTerm(Found a, Found b) {
        List<String> x = a.steps();
        List<String> y = b.steps();
        return !x.isEmpty() && !y.isEmpty() && x.get(0).equals(y.get(0));
    }

    /** Whether the tokens of {@code x} not in {@code y} all lie before the anchor (TRUE) or all after (FALSE). */
    private static Boolean side(Set<Integer> x, Set<Integer> y, int anchor) {
        boolean before = false;
        boolean after = false;
        for (int t : x) {
            if (!y.contains(t)) {
                before |= t < anchor;
                after |= t > anchor;
            }
        }
        return before == after ? null : before;
    }

    /**
     * True if the words only {@code near} reads and those only {@code far} reads all lie before the first word
     * both read, the former after the latter, with at least two tokens neither reads between them (a study
     * and its verb: "abdominal CT showed a renal mass") and no word joining them into a list ("and", "or", a
     * comma) or a connection ("to").
     */
    private static boolean nearerBefore(Set<Integer> near, Set<Integer> far, ClauseWords w) {
        int anchor = Integer.MAX_VALUE;
        for (int t : near) {
            if (far.contains(t)) {
                anchor = Math.min(anchor, t);
            }
        }
        int farLast = Integer.MIN_VALUE;
        for (int t : far) {
            if (!near.contains(t)) {
                farLast = Math.max(farLast, t);
            }
        }
        int nearFirst = Integer.MAX_VALUE;
        int nearLast = Integer.MIN_VALUE;
        for (int t : near) {
            if (!far.contains(t)) {
                nearFirst = Math.min(nearFirst, t);
                nearLast = Math.max(nearLast, t);
            }
        }
        if (anchor == Integer.MAX_VALUE || farLast == Integer.MIN_VALUE || nearFirst == Integer.MAX_VALUE
                || nearLast >= anchor || farLast >= nearFirst) {
            return false;
        }
        int apart = 0;
        for (int t = farLast + 1; t < nearFirst; t++) {
            if (LIST_JOINS.contains(w.written(t))) {
                return false;
            }
            if (!near.contains(t) && !far.contains(t)) {
                apart++;
            }
        }
        return apart >= 2;
    }

    /**
     * Words that join site words into a list sharing one condition word ("back and joint pain"), or into the
     * two ends of a connection ("coronary artery to pulmonary artery fistula").
     */
    private static final Set<String> LIST_JOINS = Set.of("and", "or", "&", ",", "/", "plus", "nor", "as", "to");

    /**
     * True if the words only {@code a} reads lie wholly before the first word both read, with a token neither
     * reads between them and it, and the words only {@code b} reads lie wholly after that word.
     */
    private static boolean detachedBefore(Set<Integer> a, Set<Integer> b) {
        int anchor = Integer.MAX_VALUE;
        for (int t : a) {
            if (b.contains(t)) {
                anchor = Math.min(anchor, t);
            }
        }
        if (anchor == Integer.MAX_VALUE || !Boolean.TRUE.equals(side(a, b, anchor))
                || !Boolean.FALSE.equals(side(b, a, anchor))) {
            return false;
        }
        int last = Integer.MIN_VALUE;
        for (int t : a) {
            if (!b.contains(t)) {
                last = Math.max(last, t);
            }
        }
        for (int t = last + 1; t < anchor; t++) {
            if (!a.contains(t) && !b.contains(t)) {
                return true;
            }
        }
        return false;
    }

}
