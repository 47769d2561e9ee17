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

    private final Map<String, List<Term>> byKey;
    private volatile Map<String, List<Term>> byCode;
    private final Set<String> prefixes;
    private final Set<String> commaJoined;
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
    }

    /** The key filter's slots ({@link KeyFilter#slots()}), for a cache to keep. */
    public byte[] filterSlots() {
        return filter.slots();
    }

    /** The keys after which a term as written goes on past a comma ({@link #continuesAfterComma}). */
    public Set<String> commaJoined() {
        return commaJoined;
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
        return commaJoined.contains(key);
    }

    /** Every run of a key's first words (up to {@link #MAX_MATCH_WORDS} - 1 words) that is followed by more. */
    public Set<String> prefixes() {
        return prefixes;
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
        return byKey.getOrDefault(key, List.of());
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
        return byKey.getOrDefault(key, List.of());
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

    /** Every key with its terms. */
    public Map<String, List<Term>> entries() {
        return byKey;
    }

    /** True if some longer term starts with these words (so a matcher should keep extending). */
    public boolean isPrefix(String key) {
        return (filter.flags(key) & KeyFilter.PREFIX) != 0 && prefixes.contains(key);
    }

    /** All terms pointing at a code (the reverse map is built on first use: only index building needs it). */
    public List<Term> termsFor(String code) {
        Map<String, List<Term>> map = byCode;
        if (map == null) {
            synchronized (this) {
                if (byCode == null) {
                    Map<String, List<Term>> codes = new HashMap<>();
                    for (List<Term> terms : byKey.values()) {
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
        return byKey.size();
    }
}
