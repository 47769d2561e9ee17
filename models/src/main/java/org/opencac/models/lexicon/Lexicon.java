package org.opencac.models.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The term dictionary: every surface form the engine recognizes, keyed by its normalized words
 * (see {@link TermNormalizer}) so a note's word sequence can be looked up directly.
 */
public final class Lexicon {
    /** Terms longer than this are never matched in notes (nobody writes a 13-word title verbatim). */
    public static final int MAX_MATCH_WORDS = 12;

    /** The keys and their terms; null in a lexicon read packed ({@link #packed}), which makes it on first ask. */
    private volatile Map<String, List<Term>> byKey;
    private volatile Map<String, List<Term>> byCode;
    private volatile Set<String> prefixes;
    private volatile Set<String> commaJoined;
    /** A lexicon as a cache keeps it ({@link Packed}), or null for one held in maps. */
    private final Packed packed;
    /** In a packed lexicon: each key's terms, made on first look-up and kept (by key index). */
    private final Object[] termLists;
    /** In a packed lexicon: each code's string, made on first use and kept (by code index). */
    private final String[] codeStrings;
    /** Settles most lookups and prefix questions without a map (most word runs of a note are neither). */
    private final KeyFilter filter;
    private final int maxWords;
    private final int size;

    /**
     * Builds the lexicon, normalizing each term's text into its key; duplicates are dropped. The commas are read
     * from every term as written, a dropped duplicate's too ("hand, foot, and mouth disease" beside "hand, foot
     * and mouth disease": both spellings continue past their commas).
     */
    public Lexicon(List<Term> terms) {
        this(keyed(terms), null, commaJoins(terms));
    }

    private static Set<String> commaJoins(List<Term> terms) {
        Set<String> commas = new HashSet<>();
        for (Term t : terms) {
            addCommaJoins(t.text(), commas);
        }
        return commas;
    }

    private Lexicon(Map<String, List<Term>> keys) {
        this(keys, null, null);
    }

    /**
     * With {@code knownPrefixes} null, the prefixes are computed from the keys; with {@code knownCommas} null,
     * the comma-joined keys from the terms' texts.
     */
    private Lexicon(Map<String, List<Term>> keys, Set<String> knownPrefixes, Set<String> knownCommas) {
        Set<String> pre = knownPrefixes != null ? knownPrefixes : new HashSet<>(keys.size() * 2);
        Set<String> commas = new HashSet<>();
        int longest = 1;
        int count = 0;
        for (Map.Entry<String, List<Term>> e : keys.entrySet()) {
            String key = e.getKey();
            int words = 1;
            for (int sp = key.indexOf(' '); sp > 0 && words < MAX_MATCH_WORDS; sp = key.indexOf(' ', sp + 1)) {
                if (knownPrefixes == null) {
                    pre.add(key.substring(0, sp));
                }
                words++;
            }
            longest = Math.max(longest, words);
            count += e.getValue().size();
            if (knownCommas == null) {
                for (Term t : e.getValue()) {
                    addCommaJoins(t.text(), commas);
                }
            }
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.prefixes = Collections.unmodifiableSet(pre);
        this.commaJoined = Set.copyOf(knownCommas != null ? knownCommas : commas);
        this.filter = new KeyFilter(keys.keySet(), pre);
        this.maxWords = longest;
        this.size = count;
        this.packed = null;
        this.termLists = null;
        this.codeStrings = null;
    }

    /** Rebuilds a lexicon from keys computed earlier (see {@link #entries()}), without normalizing again. */
    public static Lexicon fromKeyed(Map<String, List<Term>> entries) {
        return new Lexicon(new HashMap<>(entries));
    }

    /**
     * Rebuilds a lexicon from keys computed earlier, taking {@code entries} as it is (no copy): the caller
     * hands it over and must not change it afterwards (a cache reader that built it for this).
     */
    public static Lexicon adopt(HashMap<String, List<Term>> entries) {
        return new Lexicon(entries);
    }

    /**
     * As {@link #adopt(HashMap)}, with the prefixes and comma-joined keys computed earlier ({@link #prefixes()}
     * and {@link #commaJoined()} of the lexicon these entries came from), also handed over.
     */
    public static Lexicon adopt(HashMap<String, List<Term>> entries, HashSet<String> prefixes,
                                Set<String> commaJoined) {
        return new Lexicon(entries, prefixes, commaJoined);
    }

    /**
     * A lexicon as a cache keeps it: the entries, prefixes and comma-joined keys of {@link #adopt(HashMap, HashSet,
     * Set)}, with what the constructor works out from them read back too ({@link #filterSlots()},
     * {@link #maxWords()}, {@link #size()}), so nothing is computed again. All are handed over, not copied.
     *
     * @throws IllegalArgumentException when the filter's slot count is not the one these keys and prefixes get
     */
    public static Lexicon adopt(HashMap<String, List<Term>> entries, HashSet<String> prefixes,
                                HashSet<String> commaJoined, byte[] filterSlots, int maxWords, int size) {
        return new Lexicon(entries, prefixes, commaJoined, filterSlots, maxWords, size);
    }

    private Lexicon(HashMap<String, List<Term>> keys, HashSet<String> prefixes, HashSet<String> commaJoined,
                    byte[] filterSlots, int maxWords, int size) {
        if (filterSlots.length != KeyFilter.slotCount(keys.size(), prefixes.size())) {
            throw new IllegalArgumentException("key filter of " + filterSlots.length + " slots for " + keys.size()
                    + " keys and " + prefixes.size() + " prefixes");
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.prefixes = Collections.unmodifiableSet(prefixes);
        this.commaJoined = Collections.unmodifiableSet(commaJoined);
        this.filter = KeyFilter.ofSlots(filterSlots);
        this.maxWords = maxWords;
        this.size = size;
        this.packed = null;
        this.termLists = null;
        this.codeStrings = null;
    }

    private Lexicon(Packed p) {
        this.packed = p;
        this.filter = KeyFilter.ofSlots(p.filterSlots());
        this.maxWords = p.maxWords();
        this.size = p.size();
        this.termLists = new Object[p.keys().size()];
        this.codeStrings = new String[p.codes().size()];
    }

    /**
     * A lexicon as a cache keeps it: every key, prefix, comma-joined key and code as a range of one array of bytes
     * ({@link PackedStrings}), and each key's terms as three arrays: where the key's terms begin in the other two
     * ({@code termStart}, one more than the keys: the last is the term count), each term's code (an index of
     * {@code codes}) and its source ({@link TermSource} ordinal). Read at a start, it is a few dozen arrays where
     * the maps were a million and a half small objects; a key's terms are made on its first look-up (a term's
     * text is its key, as a cache has always given it). The other fields are those {@link #adopt(HashMap,
     * HashSet, HashSet, byte[], int, int)} takes.
     *
     * @param keys        the keys
     * @param termStart   by key, the index of its first term
     * @param termCode    by term, its code's index in {@code codes}
     * @param termSource  by term, its source's ordinal
     * @param codes       the distinct codes
     * @param prefixes    the prefixes ({@link #prefixes()})
     * @param commaJoined the comma-joined keys ({@link #commaJoined()})
     * @param filterSlots the key filter's slots
     * @param maxWords    the longest key's word count
     * @param size        the term count
     */
    public record Packed(PackedStrings keys, int[] termStart, int[] termCode, byte[] termSource, PackedStrings codes,
                         PackedStrings prefixes, PackedStrings commaJoined, byte[] filterSlots, int maxWords, int size) {
    }

    /**
     * The lexicon whose {@link #packed()} arrays these are, taken as they are (a cache reader's).
     *
     * @throws IllegalArgumentException when the arrays do not hold together
     */
    public static Lexicon adopt(Packed p) {
        int keys = p.keys().size();
        int[] ts = p.termStart();
        if (ts.length != keys + 1 || ts[0] != 0 || ts[keys] != p.termCode().length
                || p.termSource().length != p.termCode().length || p.size() != p.termCode().length) {
            throw new IllegalArgumentException("term arrays do not fit " + keys + " keys");
        }
        for (int k = 0; k < keys; k++) {
            if (ts[k + 1] <= ts[k]) {
                throw new IllegalArgumentException("key " + k + " has no terms");
            }
        }
        int codes = p.codes().size();
        for (int c : p.termCode()) {
            if (c < 0 || c >= codes) {
                throw new IllegalArgumentException("term code " + c + " of " + codes);
            }
        }
        int sources = TermSource.values().length;
        for (byte b : p.termSource()) {
            if (b < 0 || b >= sources) {
                throw new IllegalArgumentException("term source " + b);
            }
        }
        if (p.filterSlots().length != KeyFilter.slotCount(keys, p.prefixes().size())) {
            throw new IllegalArgumentException("key filter of " + p.filterSlots().length + " slots for " + keys
                    + " keys and " + p.prefixes().size() + " prefixes");
        }
        return new Lexicon(p);
    }

    /**
     * This lexicon as a cache keeps it ({@link Packed}): the keys in {@link #entries()}' order, each prefix and
     * comma-joined key that is a key's first bytes (most are) as that range, the others and the codes with bytes
     * of their own.
     */
    public Packed packed() {
        if (packed != null) {
            return packed;
        }
        Map<String, List<Term>> entries = entries();
        PackedStrings.Bytes bytes = new PackedStrings.Bytes();
        PackedStrings.Table keys = new PackedStrings.Table(bytes);
        PackedStrings.Table codes = new PackedStrings.Table(bytes);
        Map<String, Integer> codeIndex = new HashMap<>();
        int[] termStart = new int[entries.size() + 1];
        int[] termCode = new int[size];
        byte[] termSource = new byte[size];
        Set<String> pre = prefixes();
        PackedStrings.Table prefixTable = new PackedStrings.Table(bytes);
        Map<String, Integer> placed = new HashMap<>(pre.size() * 2);
        int k = 0;
        int t = 0;
        for (Map.Entry<String, List<Term>> e : entries.entrySet()) {
            String key = e.getKey();
            int at = keys.start(keys.add(key));
            for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
                String prefix = key.substring(0, sp);
                if (pre.contains(prefix) && !placed.containsKey(prefix)) {
                    placed.put(prefix, prefixTable.addRange(prefix, at,
                            prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
                }
            }
            for (Term term : e.getValue()) {
                Integer code = codeIndex.get(term.code());
                if (code == null) {
                    code = codes.add(term.code());
                    codeIndex.put(term.code(), code);
                }
                termCode[t] = code;
                termSource[t] = (byte) term.source().ordinal();
                t++;
            }
            termStart[++k] = t;
        }
        // the sets are written in sorted order: a set's own order (Set.copyOf's changes from one JVM to the next)
        // would make two builds of the same lexicon differ byte for byte
        for (String prefix : new java.util.TreeSet<>(pre)) {
            if (!placed.containsKey(prefix)) {
                placed.put(prefix, prefixTable.add(prefix));
            }
        }
        PackedStrings.Table joined = new PackedStrings.Table(bytes);
        Map<String, Integer> keyIndex = new HashMap<>(entries.size() * 2);
        int i = 0;
        for (String key : entries.keySet()) {
            keyIndex.put(key, i++);
        }
        for (String c : new java.util.TreeSet<>(commaJoined())) {
            Integer key = keyIndex.get(c);
            Integer prefix = key == null ? placed.get(c) : null;
            if (key != null || prefix != null) {
                int start = key != null ? keys.start(key) : prefixTable.start(prefix);
                joined.addRange(c, start, c.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            } else {
                joined.add(c);
            }
        }
        byte[] shared = bytes.toArray();
        return new Packed(keys.build(shared), termStart, termCode, termSource, codes.build(shared),
                prefixTable.build(shared), joined.build(shared), filter.slots(), maxWords, size);
    }

    /** The key filter's slots ({@link KeyFilter#slots()}), for a cache to keep. */
    public byte[] filterSlots() {
        return filter.slots();
    }

    /** The keys after which a term as written goes on past a comma ({@link #continuesAfterComma}). */
    public Set<String> commaJoined() {
        Set<String> out = commaJoined;
        if (out == null) {
            out = Collections.unmodifiableSet(strings(packed.commaJoined()));
            commaJoined = out;
        }
        return out;
    }

    /**
     * Registers the words before each comma inside a term as written ("alcohol use disorder, mild"): a note
     * that writes the same comma continues the term there, where a comma elsewhere ends a match.
     */
    private static void addCommaJoins(String text, Set<String> commas) {
        for (int c = text.indexOf(','); c > 0 && c < text.length() - 1; c = text.indexOf(',', c + 1)) {
            String before = TermNormalizer.key(text.substring(0, c));
            if (!before.isEmpty()) {
                commas.add(before);
            }
        }
    }

    /**
     * True if a term written with a comma after these words goes on after it, so a matcher that meets a comma
     * after them keeps extending ("alcohol use disorder" of "alcohol use disorder, mild").
     */
    public boolean continuesAfterComma(String key) {
        return packed != null ? packed.commaJoined().indexOf(key) >= 0 : commaJoined.contains(key);
    }

    /** Every run of a key's first words (up to {@link #MAX_MATCH_WORDS} - 1 words) that is followed by more. */
    public Set<String> prefixes() {
        Set<String> out = prefixes;
        if (out == null) {
            out = Collections.unmodifiableSet(strings(packed.prefixes()));
            prefixes = out;
        }
        return out;
    }

    private static HashSet<String> strings(PackedStrings packed) {
        HashSet<String> out = new HashSet<>(packed.size() * 4 / 3 + 1);
        for (int i = 0; i < packed.size(); i++) {
            out.add(packed.get(i));
        }
        return out;
    }

    private static Map<String, List<Term>> keyed(List<Term> terms) {
        Map<String, List<Term>> keys = new LinkedHashMap<>(terms.size() * 2);
        for (Term t : terms) {
            String key = TermNormalizer.key(t.text());
            if (key.isEmpty()) {
                continue;
            }
            List<Term> list = keys.computeIfAbsent(key, k -> new ArrayList<>(2));
            if (list.stream().noneMatch(x -> x.code().equals(t.code()) && x.source() == t.source())) {
                list.add(t);
            }
        }
        keys.replaceAll((k, v) -> List.copyOf(v));
        return keys;
    }

    /** The terms whose normalized words equal the given key (words joined by single spaces). */
    public List<Term> lookup(String key) {
        if ((filter.flags(key) & KeyFilter.KEY) == 0) {
            return List.of();
        }
        return terms(key);
    }

    private List<Term> terms(String key) {
        if (packed == null) {
            return byKey.getOrDefault(key, List.of());
        }
        int k = packed.keys().indexOf(key);
        return k < 0 ? List.of() : packedTerms(k, key);
    }

    /**
     * The terms of the packed key {@code k}, made on first ask: threads that ask at once each make equal lists
     * and one is kept (immutable, so any is safe to share).
     */
    @SuppressWarnings("unchecked")
    private List<Term> packedTerms(int k, String key) {
        Object known = termLists[k];
        if (known != null) {
            return (List<Term>) known;
        }
        int from = packed.termStart()[k];
        int to = packed.termStart()[k + 1];
        TermSource[] sources = TermSource.values();
        Term[] terms = new Term[to - from];
        for (int t = from; t < to; t++) {
            int c = packed.termCode()[t];
            String code = codeStrings[c];
            if (code == null) {
                code = packed.codes().get(c);
                codeStrings[c] = code;
            }
            terms[t - from] = new Term(key, code, sources[packed.termSource()[t]]);
        }
        List<Term> list = List.of(terms);
        termLists[k] = list;
        return list;
    }

    /**
     * What the key filter knows of the words whose {@link String#hashCode} is {@code hash}, asked before their
     * string is made: 0 when they are neither a key nor the first words of one; else {@link KeyFilter#KEY} and
     * {@link KeyFilter#PREFIX} for what they may be, to pass to {@link #lookup(String, int)} and
     * {@link #mayBePrefix}. A matcher that extends a run word by word works the hash out from that of the run
     * one word shorter ({@link #extendedHash}) and makes the string only when it may be a key: most runs are not.
     */
    public int filterFlags(int hash) {
        return filter.flags(hash);
    }

    /**
     * The {@link String#hashCode} of {@code key + " " + word} from {@code key}'s hash: the hash is a polynomial
     * over the characters, so the joined string's is the first part's times 31 to the second's length, plus the
     * second's.
     */
    public static int extendedHash(int keyHash, String word) {
        int h = 31 * keyHash + ' ';
        for (int i = word.length(); i > 0; i--) {
            h *= 31;
        }
        return h + word.hashCode();
    }

    /** As {@link #lookup(String)}, with the key's {@link #filterFlags} already known. */
    public List<Term> lookup(String key, int flags) {
        if ((flags & KeyFilter.KEY) == 0) {
            return List.of();
        }
        return terms(key);
    }

    /** Whether the words whose {@link #filterFlags} these are may be a key ({@link #lookup(String, int)} answers). */
    public static boolean mayBeKey(int flags) {
        return (flags & KeyFilter.KEY) != 0;
    }

    /**
     * Whether some longer term may start with the words whose {@link #filterFlags} these are, without asking the
     * prefix set: false is exact; true is wrong for a few runs that begin no term (those sharing the filter's
     * six hash bits with a prefix on its probe path). A matcher that only stops extending on false may use it in
     * place of {@link #isPrefix}: a wrong true lets it try one more word, whose key lookup is exact and finds
     * nothing, since every run of a key's first words (up to {@link #MAX_MATCH_WORDS} - 1) is a prefix.
     */
    public static boolean mayBePrefix(int flags) {
        return (flags & KeyFilter.PREFIX) != 0;
    }

    /** Every key with its terms (of a packed lexicon: made on first ask, in the keys' order). */
    public Map<String, List<Term>> entries() {
        Map<String, List<Term>> out = byKey;
        if (out == null) {
            synchronized (this) {
                if (byKey == null) {
                    HashMap<String, List<Term>> made = new HashMap<>(packed.keys().size() * 2);
                    for (int k = 0; k < packed.keys().size(); k++) {
                        String key = packed.keys().get(k);
                        made.put(key, packedTerms(k, key));
                    }
                    byKey = Collections.unmodifiableMap(made);
                }
                out = byKey;
            }
        }
        return out;
    }

    /** True if some longer term starts with these words (so a matcher should keep extending). */
    public boolean isPrefix(String key) {
        if ((filter.flags(key) & KeyFilter.PREFIX) == 0) {
            return false;
        }
        return packed != null ? packed.prefixes().indexOf(key) >= 0 : prefixes.contains(key);
    }

    /** All terms pointing at a code (the reverse map is built on first use: only index building needs it). */
    public List<Term> termsFor(String code) {
        Map<String, List<Term>> map = byCode;
        if (map == null) {
            synchronized (this) {
                if (byCode == null) {
                    Map<String, List<Term>> codes = new HashMap<>();
                    for (List<Term> terms : entries().values()) {
                        for (Term t : terms) {
                            codes.computeIfAbsent(t.code(), k -> new ArrayList<>(4)).add(t);
                        }
                    }
                    byCode = Collections.unmodifiableMap(codes);
                }
                map = byCode;
            }
        }
        return map.getOrDefault(code, List.of());
    }

    /** The longest term a note can match, in normalized words (at most {@link #MAX_MATCH_WORDS}). */
    public int maxWords() {
        return maxWords;
    }

    /** Number of distinct (key, code, source) entries. */
    public int size() {
        return size;
    }

    /** Number of distinct keys. */
    public int keyCount() {
        return packed != null ? packed.keys().size() : byKey.size();
    }
}
