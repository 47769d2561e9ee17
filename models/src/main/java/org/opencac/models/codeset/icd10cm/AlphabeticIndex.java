package org.opencac.models.codeset.icd10cm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencac.models.lexicon.KeyFilter;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * The ICD-10-CM indexes a coder navigates: the Alphabetic Index to Diseases and Injuries (main terms with
 * nested subterms), the Table of Neoplasms and the Table of Drugs and Chemicals, with every printed code
 * carried to the current code set by a {@link CodeCarrier}. Main terms are found by the normalized words
 * of each comma-separated form of their title ("Abdomen, abdominal" by "abdomen" and by "abdominal").
 */
public final class AlphabeticIndex {
    private final String version;
    private final List<IndexTerm> mainTerms;
    private final IndexTerm neoplasms;
    private final List<IndexTerm> drugs;
    private final Map<String, IndexTerm> drugsByKey;
    private final Map<String, CodeCarrier.Carried> carried;
    private final int maxKeyWords;
    private final Report report;
    /**
     * Every key a search may meet (main-term keys, aliases such as "X syndrome" of "X disease or syndrome" and
     * eponyms without their head, first words of longer keys), with what the Index holds for it, read in one look-up.
     */
    private final Map<String, KeyLookup> lookups;
    /**
     * Answers "no key" for most of a note's words without touching {@link #lookups} (a large map whose every
     * probe misses the processor's cache): the navigator looks up each word of every clause.
     */
    private final KeyFilter lookupFilter;

    /**
     * What the Index holds for a key, in one look-up: its main terms ({@link #mainTerms(String)}), whether it
     * is an eponym written without its head noun ({@link #isEponymAlias}), and whether a longer key begins
     * with it ({@link #extendsToLongerKey}).
     */
    public record KeyLookup(List<IndexTerm> mainTerms, boolean eponymAlias, boolean extendsToLongerKey) {
    }

    /**
     * Counts of the loaded index, for the {@code index} command and the tests.
     *
     * @param mainTerms    main terms of the Alphabetic Index
     * @param subterms     subterms (levels 1-7)
     * @param codedEntries main terms and subterms that print a code
     * @param codes        distinct printed codes (Alphabetic Index, Neoplasm and Drug tables)
     * @param billable     of those, billable in the current code set (kept)
     * @param headers      of those, headers now: resolved through the Tabular with the note's words
     * @param replaced     of those, deleted since: carried to their successor(s) by the conversion table
     * @param unknown      of those, neither in the code set nor in the conversion table (never suggested)
     */
    public record Report(int mainTerms, int subterms, int codedEntries, int codes, int billable, int headers,
                         int replaced, int unknown) {
    }

    public AlphabeticIndex(String version, List<IndexTerm> mainTerms, IndexTerm neoplasms, List<IndexTerm> drugs,
                           CodeCarrier carrier) {
        this.version = version;
        this.mainTerms = List.copyOf(mainTerms);
        this.neoplasms = neoplasms;
        this.drugs = List.copyOf(drugs);
        Map<String, List<IndexTerm>> byKey = new HashMap<>();
        Map<String, List<IndexTerm>> byAlias = new HashMap<>();
        Set<String> eponyms = new HashSet<>();
        Set<String> keyStarts = new HashSet<>();   // first words of every key of two words or more ("diabetes")
        int max = 1;
        for (IndexTerm t : mainTerms) {
            for (String key : keys(t.title())) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                    keyStarts.add(key.substring(0, sp));
                }
                max = Math.max(max, key.split(" ").length);
            }
        }
        for (IndexTerm t : mainTerms) {
            for (String alias : aliases(t.title(), eponyms)) {
                if (!byKey.containsKey(alias)) {
                    List<IndexTerm> terms = byAlias.computeIfAbsent(alias, k -> new ArrayList<>());
                    if (!terms.contains(t)) {
                        terms.add(t);
                    }
                    for (int sp = alias.indexOf(' '); sp > 0; sp = alias.indexOf(' ', sp + 1)) {
                        keyStarts.add(alias.substring(0, sp));
                    }
                    max = Math.max(max, alias.split(" ").length);
                }
            }
        }
        eponyms.retainAll(byAlias.keySet());
        this.drugsByKey = new HashMap<>();
        for (IndexTerm d : drugs) {
            drugsByKey.putIfAbsent(String.join(" ", d.words()), d);
        }
        this.maxKeyWords = max;
        Set<String> known = new HashSet<>(byKey.keySet());
        known.addAll(byAlias.keySet());
        known.addAll(keyStarts);
        known.addAll(eponyms);
        this.lookups = new HashMap<>();
        for (String key : known) {
            List<IndexTerm> terms = byKey.get(key);
            lookups.put(key, new KeyLookup(terms != null ? terms : byAlias.getOrDefault(key, List.of()),
                    eponyms.contains(key), keyStarts.contains(key)));
        }
        this.lookupFilter = new KeyFilter(lookups.keySet(), List.of());
        int[] counts = new int[3];
        Set<String> printed = new HashSet<>();
        for (IndexTerm t : mainTerms) {
            count(t, 0, counts, printed);
        }
        collectCells(neoplasms, printed);
        drugs.forEach(d -> collectCells(d, printed));
        int[] status = new int[CodeCarrier.Status.values().length];
        this.carried = new HashMap<>();
        for (String p : printed) {
            CodeCarrier.Carried c = carrier.carry(p);
            carried.put(p, c);
            status[c.status().ordinal()]++;
        }
        this.report = new Report(counts[0], counts[1], counts[2], printed.size(),
                status[CodeCarrier.Status.BILLABLE.ordinal()], status[CodeCarrier.Status.HEADER.ordinal()],
                status[CodeCarrier.Status.REPLACED.ordinal()], status[CodeCarrier.Status.UNKNOWN.ordinal()]);
    }

    /**
     * What the constructor above works out from the trees, the code set and the conversion table, as flat
     * arrays a cache keeps ({@link #tables()}), so that a start reads them instead of normalizing every main-term
     * title and carrying every printed code again. Terms are numbers: a key's main terms by their place in {@link
     * #mainTerms()}, a drug key's substance by its place in {@link #drugs()}. Keys are in the order the look-up
     * map gives them, so that the map read back is laid out and iterated as the one built.
     *
     * @param keys         every key {@link #lookup} answers, in {@link #keys()}'s order
     * @param keyTerms     for each key, its main terms' places (empty for a first word that is no key itself)
     * @param keyFlags     for each key, {@link #EPONYM_ALIAS} and {@link #EXTENDS} bits
     * @param maxKeyWords  {@link #maxKeyWords()}
     * @param filterSlots  the look-up filter's slots ({@link KeyFilter#slots()})
     * @param drugKeys     the keys {@link #drug} answers, in its map's order
     * @param drugTerms    for each drug key, its substance's place
     * @param printed      every code the trees print
     * @param carried      for each printed code, its {@link CodeCarrier.Status} ordinal
     * @param carriedTo    for each printed code, the code it is carried to (null if none)
     * @param report       {@link #report()}
     */
    public record Tables(String[] keys, int[][] keyTerms, byte[] keyFlags, int maxKeyWords, byte[] filterSlots,
                         String[] drugKeys, int[] drugTerms, String[] printed, byte[] carried, String[] carriedTo,
                         Report report) {
    }

    /** A {@link Tables#keyFlags} bit: the key is an eponym written without its head noun. */
    public static final int EPONYM_ALIAS = 1;
    /** A {@link Tables#keyFlags} bit: a longer key begins with this one. */
    public static final int EXTENDS = 2;

    /**
     * The index over these trees whose key tables were worked out before ({@link #tables()} of an index built
     * from the same trees, code set and conversion table).
     *
     * @throws IllegalArgumentException when the tables do not fit the trees (a term number out of range, a
     *                                  filter of another size)
     */
    public AlphabeticIndex(String version, List<IndexTerm> mainTerms, IndexTerm neoplasms, List<IndexTerm> drugs,
                           Tables tables) {
        this.version = version;
        this.mainTerms = List.copyOf(mainTerms);
        this.neoplasms = neoplasms;
        this.drugs = List.copyOf(drugs);
        int n = tables.keys().length;
        if (tables.keyTerms().length != n || tables.keyFlags().length != n
                || tables.filterSlots().length != KeyFilter.slotCount(n, 0)
                || tables.drugTerms().length != tables.drugKeys().length
                || tables.carried().length != tables.printed().length || tables.carriedTo().length != tables.printed().length) {
            throw new IllegalArgumentException("key tables of mismatched sizes");
        }
        this.lookups = new HashMap<>();   // filled in the built map's order: the same layout and iteration order
        for (int k = 0; k < n; k++) {
            int[] places = tables.keyTerms()[k];
            List<IndexTerm> terms = List.of();
            if (places.length > 0) {
                terms = new ArrayList<>(places.length);
                for (int place : places) {
                    terms.add(this.mainTerms.get(place));
                }
            }
            int flags = tables.keyFlags()[k];
            lookups.put(tables.keys()[k], new KeyLookup(terms, (flags & EPONYM_ALIAS) != 0, (flags & EXTENDS) != 0));
        }
        this.lookupFilter = KeyFilter.ofSlots(tables.filterSlots());
        this.maxKeyWords = tables.maxKeyWords();
        this.drugsByKey = new HashMap<>();
        for (int d = 0; d < tables.drugKeys().length; d++) {
            drugsByKey.put(tables.drugKeys()[d], this.drugs.get(tables.drugTerms()[d]));
        }
        CodeCarrier.Status[] statuses = CodeCarrier.Status.values();
        this.carried = new HashMap<>();
        for (int p = 0; p < tables.printed().length; p++) {
            String code = tables.printed()[p];
            carried.put(code, new CodeCarrier.Carried(code, statuses[tables.carried()[p]], tables.carriedTo()[p]));
        }
        this.report = tables.report();
    }

    /** This index's key tables, for a cache to keep ({@link #AlphabeticIndex(String, List, IndexTerm, List, Tables)}). */
    public Tables tables() {
        IdentityHashMap<IndexTerm, Integer> mainPlace = new IdentityHashMap<>();
        for (int i = 0; i < mainTerms.size(); i++) {
            mainPlace.putIfAbsent(mainTerms.get(i), i);
        }
        IdentityHashMap<IndexTerm, Integer> drugPlace = new IdentityHashMap<>();
        for (int i = 0; i < drugs.size(); i++) {
            drugPlace.putIfAbsent(drugs.get(i), i);
        }
        int n = lookups.size();
        String[] keys = new String[n];
        int[][] keyTerms = new int[n][];
        byte[] keyFlags = new byte[n];
        int k = 0;
        for (Map.Entry<String, KeyLookup> e : lookups.entrySet()) {
            keys[k] = e.getKey();
            List<IndexTerm> terms = e.getValue().mainTerms();
            keyTerms[k] = new int[terms.size()];
            for (int t = 0; t < terms.size(); t++) {
                keyTerms[k][t] = mainPlace.get(terms.get(t));
            }
            keyFlags[k] = (byte) ((e.getValue().eponymAlias() ? EPONYM_ALIAS : 0) | (e.getValue().extendsToLongerKey() ? EXTENDS : 0));
            k++;
        }
        String[] drugKeys = new String[drugsByKey.size()];
        int[] drugTerms = new int[drugKeys.length];
        int d = 0;
        for (Map.Entry<String, IndexTerm> e : drugsByKey.entrySet()) {
            drugKeys[d] = e.getKey();
            drugTerms[d++] = drugPlace.get(e.getValue());
        }
        String[] printed = new String[carried.size()];
        byte[] status = new byte[printed.length];
        String[] carriedTo = new String[printed.length];
        int p = 0;
        for (CodeCarrier.Carried c : carried.values()) {
            printed[p] = c.printed();
            status[p] = (byte) c.status().ordinal();
            carriedTo[p++] = c.code();
        }
        return new Tables(keys, keyTerms, keyFlags, maxKeyWords, lookupFilter.slots(), drugKeys, drugTerms, printed,
                status, carriedTo, report);
    }

    private static void count(IndexTerm t, int level, int[] counts, Set<String> printed) {
        counts[level == 0 ? 0 : 1]++;
        if (t.code() != null) {
            counts[2]++;
            printed.add(t.code());
        }
        if (t.manif() != null) {
            printed.add(t.manif());
        }
        for (IndexTerm c : t.children()) {
            count(c, level + 1, counts, printed);
        }
    }

    private static void collectCells(IndexTerm t, Set<String> printed) {
        printed.addAll(t.cells().values());
        t.children().forEach(c -> collectCells(c, printed));
    }

    private static final Pattern PRINTED_NEC = Pattern.compile("\\s+NEC\\b");

    /**
     * A main-term title without the "NEC" (not elsewhere classified) the Index prints after some terms
     * ("Cholestasis NEC", "Pneumopathy NEC", "Overuse, muscle NEC"): a coding note, never a word a note writes,
     * so it is no part of the keys or the qualifier a note is matched by.
     */
    public static String termText(String title) {
        return title.contains("NEC") ? PRINTED_NEC.matcher(title).replaceAll("") : title;
    }

    /** The lookup keys of a main-term title: each comma-separated form when all are forms of one word, else the first. */
    static List<String> keys(String title) {
        String[] parts = termText(title).split(",");
        if (parts.length == 1) {   // most titles: one key, normalized once
            String key = TermNormalizer.key(parts[0]);
            return key.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(key));
        }
        List<String> out = new ArrayList<>();
        for (String p : formsOfOneWord(parts) ? parts : new String[] {parts[0]}) {
            String key = TermNormalizer.key(p);
            if (!key.isEmpty() && !out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Whether the comma-separated parts of a title are forms of one word sharing its stem ("Abdomen,
     * abdominal"); "Endothelioma, bone" is a term and a site.
     */
    private static boolean formsOfOneWord(String[] parts) {
        if (parts.length < 2) {
            return false;
        }
        String first = TermNormalizer.key(parts[0]);
        if (first.length() < 4) {
            return false;
        }
        for (String p : parts) {   // the first part that is not a form of the word settles it
            String k = TermNormalizer.key(p);
            if (k.length() < 4 || !k.regionMatches(0, first, 0, 4) || TermNormalizer.words(p).size() != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a main-term title writes after its word when that is not another form of the word: the words
     * that make the term ("Neutrophilia, hereditary giant": "hereditary giant"; "Cavities, dental":
     * "dental"), written before the word in a note; empty when the title is one word or its forms.
     */
    public static String qualifier(String printedTitle) {
        String title = termText(printedTitle);
        String[] parts = title.split(",");
        if (parts.length < 2 || formsOfOneWord(parts)) {
            return "";
        }
        return title.substring(title.indexOf(',') + 1).trim();
    }

    /** The "or" between two words of a main-term title ("disease or syndrome"), compiled once. */
    private static final Pattern OR = Pattern.compile("\\s+or\\s+");
    private static final Pattern HEADED = Pattern.compile(
            "(.+?)\\s+(disease|syndrome|malformation)(\\s+or\\s+.*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            ".*'.*|\\p{Lu}\\p{L}+[- ]\\p{Lu}.*");

    /**
     * The other keys a main term is written by in notes: "Creutzfeldt-Jakob disease or syndrome" is also
     * "Creutzfeldt-Jakob syndrome" ("Fournier disease or gangrene": "Fournier gangrene"), and an eponym
     * whose name is a possessive or a pair of capitalized names is also written without its head noun
     * ("Crohn's" for "Crohn's disease", "Arnold-Chiari" for "Arnold-Chiari disease"). Short eponym keys
     * are added to {@code eponyms}.
     */
    static List<String> aliases(String title, Set<String> eponyms) {
        String first = termText(title).split(",")[0].trim();
        List<String> out = new ArrayList<>();
        String[] or = first.contains("or") ? OR.split(first) : new String[] {first};
        if (or.length == 2) {
            List<String> left = TermNormalizer.words(or[0]);
            List<String> right = TermNormalizer.words(or[1]);
            if (left.size() >= 2 && right.size() == 1) {
                out.add(TermNormalizer.key(or[0]));
                out.add(String.join(" ", left.subList(0, left.size() - 1)) + " " + right.get(0));
            }
        }
        Matcher m = HEADED.matcher(first);
        if (m.matches() && NAME.matcher(m.group(1)).matches()) {
            String name = TermNormalizer.key(m.group(1));
            if (name.length() >= 4) {
                out.add(name);
                eponyms.add(name);
            }
        }
        return out;
    }

    /** Whether the key is an eponym written without its head noun ("crohn"): a note writes it capitalized. */
    public boolean isEponymAlias(String key) {
        KeyLookup known = lookups.get(key);
        return known != null && known.eponymAlias();
    }

    public String version() {
        return version;
    }

    public List<IndexTerm> mainTerms() {
        return mainTerms;
    }

    /** Main terms whose title (one of its forms) has this normalized key, e.g. "pneumonia". */
    public List<IndexTerm> mainTerms(String key) {
        KeyLookup known = lookups.get(key);
        return known != null ? known.mainTerms() : List.of();
    }

    /** What the Index holds for a key ({@link KeyLookup}); null when it holds nothing for it. */
    public KeyLookup lookup(String key) {
        return (lookupFilter.flags(key) & KeyFilter.KEY) == 0 ? null : lookups.get(key);
    }

    /**
     * Whether {@link #lookup} may answer for the words whose {@link String#hashCode} is {@code hash}, asked before
     * their string is made: false is exact (then {@link #lookup} answers null); true only says the string is
     * worth making and looking up. A reader that extends a key word by word works the hash out from the shorter
     * key's ({@link org.opencac.models.lexicon.Lexicon#extendedHash}); most runs of words begin no key.
     */
    public boolean mayBeKey(int hash) {
        return (lookupFilter.flags(hash) & KeyFilter.KEY) != 0;
    }

    /** Every key {@link #lookup} answers (main-term keys, aliases, first words of longer keys). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(lookups.keySet());
    }

    /**
     * Whether some main-term key begins with the words of {@code key} followed by more words: when not,
     * no longer run of words starting with these is a main term, so a search may stop extending it.
     */
    public boolean extendsToLongerKey(String key) {
        KeyLookup known = lookups.get(key);
        return known != null && known.extendsToLongerKey();
    }

    /** The most words in any main-term key. */
    public int maxKeyWords() {
        return maxKeyWords;
    }

    /** The root of the Table of Neoplasms ("Neoplasm, neoplastic"), its cells the columns' defaults. */
    public IndexTerm neoplasmTable() {
        return neoplasms;
    }

    /** The Table of Drugs and Chemicals substances (main terms). */
    public List<IndexTerm> drugs() {
        return drugs;
    }

    /** A substance of the Table of Drugs by its normalized key, or null. */
    public IndexTerm drug(String key) {
        return drugsByKey.get(key);
    }

    /** A printed code carried to the current code set (UNKNOWN for a code the index never printed). */
    public CodeCarrier.Carried carried(String printed) {
        CodeCarrier.Carried c = carried.get(printed);
        return c != null ? c : new CodeCarrier.Carried(printed, CodeCarrier.Status.UNKNOWN, null);
    }

    public Report report() {
        return report;
    }

    /**
     * Follows a cross-reference such as "Pain, abdominal" or "Influenza, with, pneumonia": the main term,
     * then each further part as a subterm. Returns the path of terms reached (as far as the parts match),
     * or an empty list when the main term is unknown. Parts that describe rather than name ("by site",
     * "condition") end the path. Two parts the subterm prints as one phrase are read as that subterm: the
     * reference "Diverticulosis, intestine, large" names the subterm "large intestine". A first part of several
     * words that is no main term is read as a main term and its subterm when its first words are a main term
     * whose subterm is the rest: "see also Otitis media" (under "Infection, ear") is Otitis, media.
     */
    public List<IndexTerm> follow(String reference) {
        String[] parts = reference.split(",");
        List<IndexTerm> path = new ArrayList<>();
        List<IndexTerm> mains = mainTerms(TermNormalizer.key(parts[0]));
        if (mains.isEmpty()) {
            String split = splitPhrase(parts[0]);
            return split == null ? path : follow(split + reference.substring(parts[0].length()));
        }
        IndexTerm at = mains.get(0);
        path.add(at);
        for (int i = 1; i < parts.length; i++) {
            IndexTerm next = at.child(TermNormalizer.words(parts[i]));
            if (next == null) {
                next = at.child(otherResidualForm(TermNormalizer.words(parts[i])));
            }
            if (next == null) {
                next = at.child(withNec(TermNormalizer.words(parts[i])));
            }
            if (next == null && i + 1 < parts.length) {
                next = phraseChild(at, TermNormalizer.words(parts[i]), TermNormalizer.words(parts[i + 1]));
                if (next != null) {
                    i++;
                }
            }
            if (next == null) {
                break;
            }
            path.add(next);
            at = next;
        }
        return path;
    }

    /**
     * The Index prints its residual subterm in two forms and refers to it in either ("Erosion, bone, see Disorder, bone,
     * density and structure, specified NEC" for the subterm printed "specified type NEC"): the other form of a
     * reference's part that is one of them, else the part itself.
     */
    private static List<String> otherResidualForm(List<String> words) {
        if (words.equals(SPECIFIED_NEC)) {
            return SPECIFIED_TYPE_NEC;
        }
        return words.equals(SPECIFIED_TYPE_NEC) ? SPECIFIED_NEC : words;
    }

    /**
     * A reference names a subterm without the "NEC" its title ends in ("Paresthesia, see also Disturbance, sensation"
     * for the subterm printed "sensation NEC"): the part's words with that residual mark added.
     */
    private static List<String> withNec(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.addAll(NEC);
        return out;
    }

    private static final List<String> NEC = TermNormalizer.words("NEC");
    private static final List<String> SPECIFIED_NEC = TermNormalizer.words("specified NEC");
    private static final List<String> SPECIFIED_TYPE_NEC = TermNormalizer.words("specified type NEC");

    /**
     * A reference's first part written as one phrase ("Otitis media") as a main term and its subterm ("Otitis,
     * media"): the longest first words that are a main term whose subterm is the remaining words; null when none.
     */
    private String splitPhrase(String first) {
        String[] words = first.trim().split("\\s+");
        for (int k = words.length - 1; k >= 1; k--) {
            String head = String.join(" ", Arrays.asList(words).subList(0, k));
            String rest = String.join(" ", Arrays.asList(words).subList(k, words.length));
            List<IndexTerm> mains = mainTerms(TermNormalizer.key(head));
            if (!mains.isEmpty() && mains.get(0).child(TermNormalizer.words(rest)) != null) {
                return head + ", " + rest;
            }
        }
        return null;
    }

    /** The subterm whose title is the words of two reference parts, in either order ("large intestine"), or null. */
    private static IndexTerm phraseChild(IndexTerm at, List<String> first, List<String> second) {
        List<String> ahead = new ArrayList<>(first);
        ahead.addAll(second);
        List<String> behind = new ArrayList<>(second);
        behind.addAll(first);
        IndexTerm found = at.child(ahead);
        return found != null ? found : at.child(behind);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
