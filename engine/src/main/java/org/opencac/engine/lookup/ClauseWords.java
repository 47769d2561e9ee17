package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.mention.NotSitePhrases;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.Token;

/**
 * The words of one clause a coder may use to walk the Index: each token's normalized word, plus the
 * Index words its phrase stands for ({@link NavigationRules} equivalents: "renal" also reads "kidney").
 * Each word keeps the tokens it came from, so a path knows which part of the note it used.
 *
 * <p>A clause is a range [from, to) of its sentence's tokens: its words are those of the sentence's words
 * ({@link SentenceWords}, indexed once per sentence) that lie inside the range, so making a clause or a
 * window around a main term copies nothing.
 */
final class ClauseWords {
    /**
     * One usable word and the tokens (indexes into the document's tokens) it covers; {@code part} when it is one of
     * the two or more Index words an equivalent reads on the same tokens ("nodal": lymph node), which a walk may
     * take one after the other, each a step of its own, though the first took the tokens already.
     */
    record Word(String word, int firstToken, int endToken, boolean part) {
        Word(String word, int firstToken, int endToken) {
            this(word, firstToken, endToken, false);
        }
    }

    private static final int STEM = 6;
    /** From this many capitalized tokens a sentence finds an eponym's word among them by word, not by a scan. */
    static final int CAPITALIZED_BY_WORD = 8;
    private final SentenceWords sentence;
    final int from;
    final int to;
    /** The lookup keys of the words inside the range, worked out on first use. */
    private List<String> keys;

    /** The document's tokens (the clause's are [from, to)). */
    List<Token> tokens() {
        return sentence.tokens;
    }

    /**
     * False when no token a word of the clause's sentence is read on is the part of a compound anatomy name
     * ("neck" of "bladder neck"), told once a sentence.
     */
    boolean mayReadCompoundPart() {
        return sentence.holdsCompoundPart();
    }

    /** The words of tokens [from, to) alone, without readings or adjectival forms. */
    ClauseWords(List<Token> tokens, int sentenceStart, int from, int to, NavigationRules rules) {
        this(new SentenceWords(tokens, sentenceStart, from, to, rules, WordForms.none(),
                List.of()), from, to);
    }

    /**
     * The clause's words: those of tokens [from, to) of {@code sentence}, worked out once for all the
     * clauses and windows of a sentence, including its readings and adjectival forms that lie inside.
     */
    ClauseWords(SentenceWords sentence, int from, int to) {
        this.sentence = sentence;
        this.from = from;
        this.to = to;
    }

    /**
     * A word of the sentence with the range of tokens a clause must hold to have it: the word's own tokens,
     * or for an equivalent read on its phrase's head, the whole phrase; its kind (a token's own word, an
     * equivalent, a reading) and its lookup key, made when first asked: a sentence no clause asks about (about
     * two in five) never needs the keys of its words.
     */
    private static final class Entry {
        private final Word word;
        private final int first;
        private final int end;
        private final int kind;
        private String key;

        Entry(Word word, int first, int end, int kind) {
            this.word = word;
            this.first = first;
            this.end = end;
            this.kind = kind;
        }

        Word word() {
            return word;
        }

        int first() {
            return first;
        }

        int end() {
            return end;
        }

        int kind() {
            return kind;
        }

        /** {@link IndexWalker#key} of the word. */
        String key() {
            if (key == null) {
                key = IndexWalker.key(word.word());
            }
            return key;
        }
    }

    private static final int OWN = 0;
    private static final int EQUIVALENT = 1;
    private static final int READING = 2;

    /**
     * The entries of one word (or one lookup key) in the order a clause lists them: tokens' own words by
     * token, then equivalents by first token, then readings; {@code ownEnd} and {@code equivalentEnd} end the
     * first two runs, each sorted by first token, so a clause finds its own by binary search.
     */
    private static final class Entries {
        /** The entries in [0, size): an array of its own, not a list, as a sentence makes one per word and key. */
        private Entry[] items = new Entry[2];
        private int size;
        int ownEnd;
        int equivalentEnd;

        void add(Entry e) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = e;
            if (e.kind() == OWN) {
                ownEnd = size;
            }
            if (e.kind() <= EQUIVALENT) {
                equivalentEnd = size;
            }
        }

        Entry get(int k) {
            return items[k];
        }

        int size() {
            return size;
        }
    }

    /**
     * The words of a sentence's tokens, by token, the equivalents its phrases stand for, and the readings
     * found earlier for some of its tokens (an abbreviated organism, "P. aeruginosa", read as the organism its
     * infectious-agent code names), in the order a clause lists them; indexed by word, by lookup key and by
     * token, so a clause or window takes those inside its bounds without copying them, at a cost that
     * grows with the clause, not the sentence.
     */
    static final class SentenceWords {
        final List<Token> tokens;
        final int sentenceStart;
        /** The tokens [first, end) read. */
        private final int first;
        final int end;
        /**
         * All the words, in the order a clause lists them: tokens' own words, equivalents, readings. Read from the
         * tokens when first asked for ({@link #build}): in about two sentences of five no clause reaches an Index
         * main term, and then only whether the sentence names drug harm is asked, which {@link #namesHarm} tells
         * from the tokens most often without them.
         */
        private final ArrayList<Entry> entries = new ArrayList<>();
        /** By token from {@code first}: where its own words, and the equivalents starting at it, begin in entries. */
        private int[] ownFrom;
        private int[] equivalentFrom;
        private boolean built;
        private final WordForms forms;
        /** The readings given, added to the entries when they are built. */
        private final List<Word> givenReadings;
        /**
         * The entries by word, and those of words of at least six letters by {@link IndexWalker#key} (their first
         * six letters); made when a clause first asks for a word ({@link #index}): in about two sentences of five
         * no clause does (no Index main term is read there).
         */
        private Map<String, Entries> exact;
        private Map<String, Entries> byKey;
        private final List<Entry> readings = new ArrayList<>();
        private final NavigationRules rules;
        /** Whether a word of the sentence is a word of drug harm: -1 until first asked. */
        private int harm = -1;
        /** Whether a token of the sentence's words is the part of a compound anatomy name: -1 until first asked. */
        private int compoundPart = -1;
        /**
         * The tokens of [first, end) after the sentence's first that are written capitalized and have a word, in
         * order: the only ones an eponym can be read on ({@link ClauseWords#namesPerson}); most sentences have few.
         */
        private int[] capitalized;
        /**
         * The capitalized tokens by their word, each list in order, made when an eponym is first asked about a
         * sentence of many capitalized tokens (a header or a title written in capitals); null until then.
         */
        private Map<String, int[]> capitalizedByWord;
        /** Whether the sentence is in the diagnostic statement ({@code implies_in_statement} rows read there). */
        private final boolean statement;

        /** Whether the sentence is in the diagnostic statement. */
        boolean inStatement() {
            return statement;
        }

        SentenceWords(List<Token> tokens, int sentenceStart, int first, int end, NavigationRules rules,
                      WordForms forms, List<Word> readings) {
            this(tokens, sentenceStart, first, end, rules, forms, readings, false);
        }

        /**
         * @param statement whether the sentence is in the diagnostic statement, where {@code implies_in_statement}
         *                  phrases are also read
         */
        SentenceWords(List<Token> tokens, int sentenceStart, int first, int end, NavigationRules rules,
                      WordForms forms, List<Word> readings, boolean statement) {
            this.statement = statement;
            this.tokens = tokens;
            this.rules = rules;
            this.sentenceStart = sentenceStart;
            this.first = first;
            this.end = end;
            this.forms = forms;
            this.givenReadings = readings;
        }

        /** Reads the sentence's words, equivalents and readings into the entries, on the first call. */
        void build() {
            if (built) {
                return;
            }
            built = true;
            // about one entry a token (its own word; an equivalent or a reading now and then): one array, not
            // the list's default grown and copied as the words go in
            entries.ensureCapacity(Math.max(0, end - first) + givenReadings.size());
            this.ownFrom = new int[Math.max(0, end - first) + 1];
            this.equivalentFrom = new int[Math.max(0, end - first) + 1];
            int[] content = new int[Math.max(0, end - first)];   // the tokens with a word, in order
            int contentCount = 0;
            int[] capitals = new int[Math.max(0, end - first)];
            int capitalCount = 0;
            for (int i = first; i < end; i++) {
                ownFrom[i - first] = entries.size();
                String n = tokens.get(i).norm();
                if (i > sentenceStart && capitalizedWord(tokens.get(i))) {
                    capitals[capitalCount++] = i;
                }
                if (n.isEmpty() || adverb(tokens, i, sentenceStart, rules)) {
                    continue;
                }
                add(new Word(n, i, i + 1), i, i + 1, OWN);
                String american = american(n);
                if (!american.equals(n)) {
                    // British spellings the Index prints the American way: haemophilus, oesophagus, anaemia
                    add(new Word(american, i, i + 1), i, i + 1, OWN);
                }
                String base = forms.base(n);
                if (base != null) {
                    // an adjectival form also reads as its noun: "ascitic fluid" has the Index's "ascites"
                    for (String b : base.split(" ")) {
                        add(new Word(b, i, i + 1), i, i + 1, OWN);
                    }
                }
                content[contentCount++] = i;
            }
            ownFrom[ownFrom.length - 1] = entries.size();
            this.capitalized = Arrays.copyOf(capitals, capitalCount);
            addEquivalents(rules, content, contentCount);
            for (int k = 0; k < givenReadings.size(); k++) {
                Word r = givenReadings.get(k);
                this.readings.add(add(r, r.firstToken(), r.endToken(), READING));
            }
        }

        /**
         * The word with each "ae" and then each "oe" made "e" (the Index's American spelling of a British word),
         * or the word itself when it has neither: one scan of its letters, as most words have neither.
         */
        static String american(String n) {
            for (int k = 1; k < n.length(); k++) {
                if (n.charAt(k) == 'e' && (n.charAt(k - 1) == 'a' || n.charAt(k - 1) == 'o')) {
                    return n.replace("ae", "e").replace("oe", "e");
                }
            }
            return n;
        }

        /**
         * Whether the token is an adverb here, not the Index word it spells: "back" after a word of time or
         * motion ("two years back", "brought back to the midline"; {@code adverb_after} rows).
         */
        private static boolean adverb(List<Token> tokens, int i, int sentenceStart, NavigationRules rules) {
            if (drugClass(tokens, i, rules) || operativeVerb(tokens, i, rules)
                    || spreadSite(tokens, i, sentenceStart, rules)) {
                return true;
            }
            if (i <= sentenceStart || !rules.adverbAfterGate.mayBe(tokens.get(i).text())) {
                return false;   // no lowercase copy of every word: few words have the length and first letter of one
            }
            Set<String> after = rules.adverbAfter.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            return after != null && after.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
        }

        /** The most words a spread verb's link may stand before the site it leads to ("to the left lower back"). */
        private static final int SPREAD_REACH = 4;

        /**
         * Whether the token is the site a complaint spreads to ({@code spread_verb} rows): "the pain radiates to the
         * back" or "radiating into her left arm" tell where a pain reaches, no condition of that site, as a coder
         * codes the pain where it is. The reach stops at punctuation and at a word joining another phrase
         * ({@code spread_break} rows).
         */
        private static boolean spreadSite(List<Token> tokens, int i, int sentenceStart, NavigationRules rules) {
            if (rules.spreadVerbs.isEmpty()) {
                return false;
            }
            // every token of a sentence is asked: a word is lower-cased only where the gates of the break and verb
            // words let it through (most words have the length and first letter of none)
            for (int j = i - 1; j > sentenceStart && j >= i - SPREAD_REACH; j--) {
                String text = tokens.get(j).text();
                if (text.isEmpty()) {
                    return false;
                }
                String w = null;   // the word lower-cased, made when needed
                char c = text.charAt(0);
                if (c < 128) {
                    if (!Character.isLetter(c)) {   // an ASCII character lower-cases to a letter only if it is one
                        return false;
                    }
                } else {
                    w = text.toLowerCase(Locale.ROOT);
                    if (!Character.isLetter(w.charAt(0))) {
                        return false;
                    }
                }
                if (rules.spreadBreakGate.mayBe(text)) {
                    w = w == null ? text.toLowerCase(Locale.ROOT) : w;
                    if (rules.spreadBreaks.contains(w)) {
                        return false;
                    }
                }
                String verb = tokens.get(j - 1).text();
                if (rules.spreadVerbGate.mayBe(verb)) {
                    Set<String> links = rules.spreadVerbs.get(verb.toLowerCase(Locale.ROOT));
                    if (links != null && links.contains(w == null ? text.toLowerCase(Locale.ROOT) : w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the token names a drug class by its effect here, not the condition it spells: "hypoglycemic"
         * before "agents" ({@code drug_class_before} rows), so diabetes "treated with oral hypoglycemic agents"
         * is no diabetes with hypoglycemia and its walk keeps the type the note gives.
         */
        private static boolean drugClass(List<Token> tokens, int i, NavigationRules rules) {
            if (!rules.drugClassGate.mayBe(tokens.get(i).text())) {
                return false;   // no lowercase copy of every word: few words have the length and first letter of one
            }
            Set<String> before = rules.drugClassBefore.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            if (before == null) {
                return false;
            }
            if (before.contains("*")) {
                return true;
            }
            return i + 1 < tokens.size() && before.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
        }

        /**
         * Whether the token is the verb of an operation here, not the condition it spells: "enlarged" or "dilated"
         * right before the determiner of its object ({@code verb_before} rows: "we enlarged the hiatus").
         */
        static boolean operativeVerb(List<Token> tokens, int i, NavigationRules rules) {
            if (i + 1 >= tokens.size() || !rules.verbGate.mayBe(tokens.get(i).text())) {
                return false;   // no lowercase copy of every word: few words have the length and first letter of one
            }
            Set<String> before = rules.verbBefore.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            return before != null && before.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
        }

        /** The equivalents of the sentence's phrases, by first token, shortest first. */
        private void addEquivalents(NavigationRules rules, int[] content, int contentCount) {
            int filled = 0;   // equivalentFrom is set for tokens before first + filled
            for (int a = 0; a < contentCount; a++) {
                StringBuilder key = null;   // made only for a phrase of two words or more: most words begin none
                int anchor = content[a];
                while (filled <= anchor - first) {
                    equivalentFrom[filled++] = entries.size();
                }
                int fillers = 0;   // reads_as_filler words read over inside a reads_as phrase
                for (int b = a; b < contentCount && b - a - fillers < rules.maxEquivalentWords; b++) {
                    String norm = tokens.get(content[b]).norm();
                    String phrase;
                    if (b == a) {
                        phrase = norm;
                    } else {
                        if (key == null) {
                            key = new StringBuilder(tokens.get(anchor).norm());
                        }
                        phrase = key + " " + norm;
                    }
                    if (!rules.equivalentStarts.contains(phrase)) {
                        if (b > a && rules.readsOverFiller(norm, fillers)
                                && rules.readsAsStarts.contains(key.toString())) {
                            fillers++;   // a side or a limb inside a reads_as phrase: read over
                            continue;
                        }
                        break;   // no equivalent is, or begins with, these words
                    }
                    if (key != null) {
                        key.append(' ').append(norm);
                    }
                    int head = content[b];
                    List<String> implied = rules.implied.get(phrase);
                    if (implied == null && statement) {
                        implied = rules.impliedInStatement.get(phrase);
                    }
                    if (implied != null && namePartAfter(rules.impliedUnlessAfter.get(phrase), anchor)) {
                        implied = null;   // the phrase ends another name ("E. coli" is no colon)
                    }
                    if (implied != null) {
                        // read on the phrase's last word (its head), so its other words stay free for a subterm below
                        for (String m : implied) {
                            add(new Word(m, head, head + 1), anchor, head + 1, EQUIVALENT);
                        }
                        if (head == anchor) {
                            // a phrase of one word is also still itself, a step of its own below what it implies
                            // ("ankle" is the lower limb, and then its "ankle" subterm: Ulcer, lower limb, ankle)
                            add(new Word(norm, head, head + 1, true), anchor, head + 1, EQUIVALENT);
                        }
                    }
                    List<String> means = rules.equivalents.get(phrase);
                    if (means != null) {
                        for (String m : means) {
                            add(new Word(m, anchor, head + 1, means.size() > 1), anchor, head + 1, EQUIVALENT);
                        }
                    }
                }
            }
            while (filled < equivalentFrom.length) {
                equivalentFrom[filled++] = entries.size();
            }
        }

        /** Whether the word written before token {@code at} (punctuation passed over unless it is listed) is one of {@code before}. */
        private boolean namePartAfter(Set<String> before, int at) {
            if (before == null) {
                return false;
            }
            for (int i = at - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.sentenceIndex() != tokens.get(at).sentenceIndex()) {
                    return false;
                }
                String text = t.text().toLowerCase(Locale.ROOT);
                if (Character.isLetterOrDigit(text.charAt(0))) {
                    return before.contains(text);
                }
                if (before.contains(text)) {
                    return true;   // a listed sign right before it ("+ve" is positive, only "-ve" negative)
                }
            }
            return false;
        }

        private Entry add(Word w, int first, int end, int kind) {
            Entry e = new Entry(w, first, end, kind);
            entries.add(e);
            return e;
        }

        /** Indexes the entries by word and by stem key, in their order, on the first call. */
        private void index() {
            if (exact != null) {
                return;
            }
            build();
            // sized for every entry at once (a key never has more): no table grown and rehashed as the words go in
            int capacity = (int) (entries.size() / 0.75f) + 1;
            exact = new HashMap<>(capacity);
            byKey = new HashMap<>(capacity);
            for (int k = 0; k < entries.size(); k++) {
                Entry e = entries.get(k);
                String word = e.word().word();
                exact.computeIfAbsent(word, x -> new Entries()).add(e);
                if (word.length() >= STEM && !rules.wholeWords.contains(word)) {
                    // a shorter word is its own key: its readings are those of the word
                    byKey.computeIfAbsent(e.key(), x -> new Entries()).add(e);
                }
            }
        }

        /**
         * Which of 256 buckets ({@link #keyBucket}) the lookup keys of the entries fall in, one bit a bucket, read
         * from the entries when first asked: an Index word whose key's bucket is empty has no reading in the
         * sentence, told without the two map look-ups ({@link #ofWord}, {@link #ofStemKey}) of most subterms tried.
         */
        private long[] keyBuckets;

        private long[] keyBuckets() {
            if (keyBuckets == null) {
                build();
                long[] b = new long[4];
                for (int k = 0; k < entries.size(); k++) {
                    int bucket = keyBucket(keyHash(entries.get(k).word().word()));
                    b[bucket >>> 6] |= 1L << bucket;
                }
                keyBuckets = b;
            }
            return keyBuckets;
        }

        /** The entries of one word, or null. */
        private Entries ofWord(String word) {
            index();
            return exact.get(word);
        }

        /** The entries of words of at least six letters with this {@link IndexWalker#key}, or null. */
        private Entries ofStemKey(String key) {
            index();
            return byKey.get(key);
        }

        /**
         * Whether some word of the sentence (a token's own word, an equivalent or a reading) is a word of drug
         * harm ({@link NavigationRules#drugEffects}), worked out on first use: most sentences have none, and
         * then none of their clauses need be read for a substance.
         */
        boolean namesHarm() {
            if (harm < 0) {
                harm = 0;
                if (!mayNameHarm()) {
                    return false;
                }
                build();
                for (Entry e : entries) {
                    if (rules.drugEffects.containsKey(e.word().word())) {
                        harm = 1;
                        break;
                    }
                }
            }
            return harm == 1;
        }

        /**
         * Whether some token a word of the sentence is read on (its own tokens and its readings') is the part of a
         * compound anatomy name ({@link org.opencac.engine.mention.NotSitePhrases#isCompoundPart}), worked out on
         * first use: most sentences have none, and then no walk of theirs reads a part without its organ.
         */
        boolean holdsCompoundPart() {
            if (compoundPart < 0) {
                compoundPart = anyCompoundPart(first, end) ? 1 : 0;
                for (int k = 0; compoundPart == 0 && k < givenReadings.size(); k++) {
                    Word r = givenReadings.get(k);
                    compoundPart = anyCompoundPart(r.firstToken(), r.endToken()) ? 1 : 0;
                }
            }
            return compoundPart == 1;
        }

        private boolean anyCompoundPart(int from, int to) {
            for (int i = from; i < to; i++) {
                if (NotSitePhrases.isCompoundPart(tokens.get(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * False when no entry of the sentence can be a word of drug harm, told from its tokens without building
         * the entries: no token's word is in {@link NavigationRules#harmGate} nor spelled the British way of a
         * word of harm, and no reading is one.
         */
        private boolean mayNameHarm() {
            Set<String> gate = rules.harmGate(forms);
            for (int i = first; i < end; i++) {
                String n = tokens.get(i).norm();
                if (n.isEmpty()) {
                    continue;
                }
                // the gate holds every word of harm, so the British spelling is asked only where it differs
                String american = american(n);
                if (gate.contains(n) || american != n && rules.drugEffects.containsKey(american)) {
                    return true;
                }
            }
            for (int k = 0; k < givenReadings.size(); k++) {   // by index: no iterator made for every sentence
                if (rules.drugEffects.containsKey(givenReadings.get(k).word())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one of the sentence's capitalized tokens in [from, to) has this word. */
        boolean capitalizedIn(String word, int from, int to) {
            build();
            if (capitalized.length < CAPITALIZED_BY_WORD) {
                for (int i : capitalized) {
                    if (i >= to) {
                        break;
                    }
                    if (i >= from && tokens.get(i).norm().equals(word)) {
                        return true;
                    }
                }
                return false;
            }
            if (capitalizedByWord == null) {
                Map<String, List<Integer>> byWord = new HashMap<>();
                for (int i : capitalized) {
                    byWord.computeIfAbsent(tokens.get(i).norm(), k -> new ArrayList<>(1)).add(i);
                }
                capitalizedByWord = new HashMap<>();
                byWord.forEach((k, v) -> capitalizedByWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            }
            int[] at = capitalizedByWord.get(word);
            if (at != null) {
                for (int i : at) {
                    if (i >= to) {
                        break;
                    }
                    if (i >= from) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Where token t's (clamped to the sentence) entries of one run begin. */
        private int at(int[] from, int t) {
            return from[Math.max(0, Math.min(t - first, from.length - 1))];
        }
    }

    private boolean inside(Entry e) {
        return e.first() >= from && e.end() <= to;
    }

    /**
     * Adds the entries of {@code es} inside the clause to {@code out}, in order; with {@code out} null, only tells
     * whether there is one (no list made). True when one was found.
     */
    private boolean inside(Entries es, List<Entry> out) {
        boolean found = false;
        for (int k = firstAtOrAfter(es, 0, es.ownEnd); k < es.ownEnd && es.get(k).first() < to; k++) {
            found |= addIfInside(es.get(k), out);
            if (found && out == null) {
                return true;
            }
        }
        for (int k = firstAtOrAfter(es, es.ownEnd, es.equivalentEnd); k < es.equivalentEnd && es.get(k).first() < to; k++) {
            found |= addIfInside(es.get(k), out);
            if (found && out == null) {
                return true;
            }
        }
        for (int k = es.equivalentEnd; k < es.size(); k++) {
            found |= addIfInside(es.get(k), out);
            if (found && out == null) {
                return true;
            }
        }
        return found;
    }

    /** Whether the entry is inside the clause, added to {@code out} (if not null) when it is. */
    private boolean addIfInside(Entry e, List<Entry> out) {
        if (!inside(e)) {
            return false;
        }
        if (out != null) {
            out.add(e);
        }
        return true;
    }

    /** The first index of [lo, hi), sorted by first token, whose first token is at or after the clause's start. */
    private int firstAtOrAfter(Entries l, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (l.get(mid).first() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The entries of the clause, in order: tokens' own words, equivalents by first token, readings. */
    private List<Entry> entries() {
        sentence.build();
        List<Entry> out = new ArrayList<>();
        List<Entry> all = sentence.entries;
        for (int k = sentence.at(sentence.ownFrom, from), e = sentence.at(sentence.ownFrom, to); k < e; k++) {
            if (inside(all.get(k))) {
                out.add(all.get(k));
            }
        }
        for (int k = sentence.at(sentence.equivalentFrom, from), e = sentence.at(sentence.equivalentFrom, to); k < e; k++) {
            if (inside(all.get(k))) {
                out.add(all.get(k));
            }
        }
        for (int k = 0; k < sentence.readings.size(); k++) {
            if (inside(sentence.readings.get(k))) {
                out.add(sentence.readings.get(k));
            }
        }
        return out;
    }

    /** A token written capitalized that has a word (a name may be read on it). */
    private static boolean capitalizedWord(Token t) {
        String text = t.text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !t.norm().isEmpty();
    }

    /** Whether the clause has a capitalized word (not the sentence's first) or reading of this normalized word. */
    private boolean names(String word) {
        sentence.build();
        List<Token> tokens = sentence.tokens;
        if (from >= sentence.first && to <= sentence.end) {
            // only the sentence's capitalized words need be read
            if (sentence.capitalizedIn(word, from, to)) {
                return true;
            }
        } else {
            for (int i = Math.max(from, sentence.sentenceStart + 1); i < to; i++) {
                if (capitalizedWord(tokens.get(i)) && tokens.get(i).norm().equals(word)) {
                    return true;
                }
            }
        }
        for (int k = 0; k < sentence.readings.size(); k++) {
            Entry r = sentence.readings.get(k);
            if (inside(r) && r.word().word().equals(word)) {
                String text = tokens.get(r.word().firstToken()).text();
                if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
                    return true;   // "K." stands for the name Klebsiella
                }
            }
        }
        return false;
    }

    /**
     * The clause's readings of an Index word, in order: the same word, then words of the same stem. Read only;
     * no list is made when the sentence has neither (most Index words a walk asks for).
     */
    private List<Entry> readingsOf(String indexWord, String stemKey) {
        Entries same = sentence.ofWord(indexWord);
        Entries stem = indexWord.length() >= STEM ? sentence.ofStemKey(stemKey) : null;
        if (same == null && stem == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(4);
        if (same != null) {
            inside(same, out);
        }
        if (stem != null) {
            int n = out.size();
            inside(stem, out);
            // of the same stem: another word ("infected", "infection"), never an organism's species name
            // ("pneumonia" is no "pneumoniae"), nor a practitioner's name ("physician" is no "physical")
            NavigationRules rules = sentence.rules;
            boolean epithet = rules.epithets.contains(indexWord);
            for (int k = out.size() - 1; k >= n; k--) {
                String w = out.get(k).word().word();
                if (w.equals(indexWord) || !sameStem(w, indexWord) || epithet || rules.epithets.contains(w)
                        || !rules.sameKindOfWord(w, indexWord)) {
                    out.remove(k);
                }
            }
        }
        return out;
    }

    /** The clause words that read as this Index word: the same word, or the same stem ("infected", "infection"). */
    List<Word> find(String indexWord) {
        List<Word> out = new ArrayList<>();
        for (Entry e : readingsOf(indexWord, IndexWalker.key(indexWord))) {
            out.add(e.word());
        }
        return out;
    }

    /**
     * The first of {@link #find}'s words whose first token is not {@code used}, else its first word; null
     * when the clause has no word reading as this Index word. {@code stemKey} is the word's
     * {@link IndexWalker#key}.
     */
    Word take(String indexWord, String stemKey, TokenSet used) {
        List<Entry> found = readingsOf(indexWord, stemKey);
        for (int k = 0; k < found.size(); k++) {
            if (!used.has(found.get(k).word().firstToken())) {
                return found.get(k).word();
            }
        }
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).word().part()) {
                return found.get(k).word();   // a word of a phrase's equivalent, a step even on taken tokens
            }
        }
        return found.isEmpty() ? null : found.get(0).word();
    }

    /**
     * Whether two words of the clause are written as the compound an Index word prints with a hyphen
     * ("three-day"): the second right after the first, joined by a hyphen, or after a space and written as
     * printed ({@code printed}, "day": "three days" is a duration, not the compound).
     */
    boolean compound(Word first, Word second, String printed) {
        if (first != null && second.firstToken() == first.firstToken() && second.endToken() == first.endToken()) {
            return true;   // both read on one abbreviation or phrase ("EBV" for "Epstein-Barr")
        }
        if (first == null || second.firstToken() < first.endToken()) {
            return false;
        }
        return joinedAsCompound(sentence.tokens, first.endToken(), second.firstToken(), second.endToken(), printed);
    }

    /**
     * Whether a word ending before token {@code firstEnd} and one on tokens [{@code second}, {@code secondEnd}) are
     * written as the compound an Index word prints with a hyphen: joined by a hyphen, or next to each other with
     * the second one token written as printed ("three day", not "three days"). Shared by subterm words
     * ({@link #compound}) and main terms (IndexNavigator).
     */
    static boolean joinedAsCompound(List<Token> tokens, int firstEnd, int second, int secondEnd, String printed) {
        if (second == firstEnd + 1) {
            return tokens.get(firstEnd).text().equals("-");
        }
        return second == firstEnd && secondEnd == second + 1
                && tokens.get(second).text().toLowerCase(Locale.ROOT).equals(printed);
    }

    /** Whether every word is written capitalized inside the sentence (as a person's name is). */
    boolean namesPerson(List<String> eponym) {
        return !eponym.isEmpty() && names(eponym.get(0));
    }

    /**
     * The lookup keys ({@link IndexWalker#key}) of the clause's words, one per word in {@link #all}'s order: a key
     * two words share comes twice. Its reader (a large node's subterms by key) marks the same subterms again for
     * a repeated key, which is cheaper than a set made to drop it for every clause and window.
     */
    List<String> keys() {
        if (keys == null) {
            List<Entry> entries = entries();
            String[] out = new String[entries.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = entries.get(k).key();
            }
            keys = Arrays.asList(out);
        }
        return keys;
    }

    /**
     * The hash of a word's {@link IndexWalker#key} (its first six letters, or itself), without the key made: the
     * same number as the key's {@code hashCode}.
     */
    static int keyHash(String word) {
        if (word.length() <= STEM) {
            return word.hashCode();
        }
        int h = 0;
        for (int k = 0; k < STEM; k++) {
            h = 31 * h + word.charAt(k);
        }
        return h;
    }

    /** The bucket (0 to 255) of a key's hash that {@link #mayRead} reads. */
    static int keyBucket(int keyHash) {
        return (keyHash * 0x9E3779B9) >>> 24;
    }

    /**
     * False when no word of the clause's sentence has a lookup key in this bucket ({@link #keyBucket} of an Index
     * word's key): then {@link #take} finds no reading of the word. True may still find none.
     */
    boolean mayRead(int bucket) {
        long[] b = sentence.keyBuckets();
        return (b[bucket >>> 6] & 1L << bucket) != 0;
    }

    boolean contains(String word) {
        Entries same = sentence.ofWord(word);
        return same != null && inside(same, null);
    }

    /** False when no word of the clause's sentence is a word of drug harm (then neither has the clause). */
    boolean mayNameHarm() {
        return sentence.namesHarm();
    }

    /** The words of tokens [lo, hi) of this clause (its own range where it is narrower), sharing the sentence's. */
    ClauseWords within(int lo, int hi) {
        int a = Math.max(from, lo);
        int b = Math.min(to, hi);
        return a == from && b == to ? this : new ClauseWords(sentence, a, Math.max(a, b));
    }

    /** The normalized word of a token of the sentence (an index into the document's tokens). */
    String norm(int token) {
        return sentence.tokens.get(token).norm();
    }

    /** The token as the note writes it, lowercase (a function word's normalized form is empty). */
    String written(int token) {
        return sentence.tokens.get(token).text().toLowerCase(Locale.ROOT);
    }

    /** The clause's words in order: tokens' own words, then equivalents by first token, then readings. */
    List<Word> all() {
        List<Word> out = new ArrayList<>();
        for (Entry e : entries()) {
            out.add(e.word());
        }
        return out;
    }

    /**
     * Two words of at least six letters that differ only in their last three letters or fewer, and are not
     * a past and a present participle ("relapsed" is something that happened, "relapsing" a kind of fever)
     * nor a word and its -ary adjective ("second", "secondary").
     */
    static boolean sameStem(String a, String b) {
        int min = Math.min(a.length(), b.length());
        if (min < 6 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        if (a.endsWith("ed") && b.endsWith("ing") || a.endsWith("ing") && b.endsWith("ed")) {
            return false;
        }
        if (a.equals(b + "ary") || b.equals(a + "ary")) {
            return false;   // an -ary adjective is another word: a "second" opinion is not "secondary"
        }
        int common = 0;
        while (common < min && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 6 && common >= Math.max(a.length(), b.length()) - 3;
    }
}
