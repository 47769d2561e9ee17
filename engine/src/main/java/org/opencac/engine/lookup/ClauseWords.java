package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** One usable word and the tokens (indexes into the document's tokens) it covers. */
    record Word(String word, int firstToken, int endToken) {
    }

    private static final int STEM = 6;
    private final SentenceWords sentence;
    final int from;
    final int to;
    /** The lookup keys of the words inside the range, worked out on first use. */
    private List<String> keys;

    /** The words of tokens [from, to) alone, without readings or adjectival forms. */
    ClauseWords(List<Token> tokens, int sentenceStart, int from, int to, NavigationRules rules) {
        this(new SentenceWords(tokens, sentenceStart, from, to, rules, org.opencac.engine.mention.WordForms.none(),
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
     * or for an equivalent read on its phrase's head, the whole phrase.
     */
    private record Entry(Word word, int first, int end) {
    }

    /**
     * The words of a sentence's tokens, by token, the equivalents its phrases stand for, and the readings
     * found earlier for some of its tokens (an abbreviated organism, "P. aeruginosa", read as the organism its
     * infectious-agent code names), in the order a clause lists them; indexed by word and by lookup key, so a
     * clause or window takes those inside its bounds without copying them.
     */
    static final class SentenceWords {
        final List<Token> tokens;
        final int sentenceStart;
        /** The tokens [first, end) read. */
        private final int first;
        final int end;
        /** All the words, in the order a clause lists them: tokens' own words, equivalents, readings. */
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, List<Entry>> exact = new HashMap<>();
        /** Words of at least six letters by {@link IndexWalker#key}, their first six letters. */
        private final Map<String, List<Entry>> byKey = new HashMap<>();
        private final List<Entry> readings = new ArrayList<>();

        SentenceWords(List<Token> tokens, int sentenceStart, int first, int end, NavigationRules rules,
                      org.opencac.engine.mention.WordForms forms, List<Word> readings) {
            this.tokens = tokens;
            this.sentenceStart = sentenceStart;
            this.first = first;
            this.end = end;
            List<Integer> content = new ArrayList<>();
            for (int i = first; i < end; i++) {
                String n = tokens.get(i).norm();
                if (n.isEmpty()) {
                    continue;
                }
                add(new Word(n, i, i + 1), i, i + 1);
                String american = n.indexOf("ae") < 0 && n.indexOf("oe") < 0 ? n
                        : n.replace("ae", "e").replace("oe", "e");
                if (!american.equals(n)) {
                    // British spellings the Index prints the American way: haemophilus, oesophagus, anaemia
                    add(new Word(american, i, i + 1), i, i + 1);
                }
                String base = forms.base(n);
                if (base != null) {
                    // an adjectival form also reads as its noun: "ascitic fluid" has the Index's "ascites"
                    for (String b : base.split(" ")) {
                        add(new Word(b, i, i + 1), i, i + 1);
                    }
                }
                content.add(i);
            }
            addEquivalents(rules, content);
            for (Word r : readings) {
                Entry e = add(r, r.firstToken(), r.endToken());
                this.readings.add(e);
            }
        }

        /** The equivalents of the sentence's phrases, by first token, shortest first. */
        private void addEquivalents(NavigationRules rules, List<Integer> content) {
            for (int a = 0; a < content.size(); a++) {
                StringBuilder key = new StringBuilder();
                int anchor = content.get(a);
                for (int b = a; b < content.size() && b - a < rules.maxEquivalentWords; b++) {
                    if (b > a) {
                        key.append(' ');
                    }
                    String norm = tokens.get(content.get(b)).norm();
                    key.append(norm);
                    String phrase = b == a ? norm : key.toString();
                    if (!rules.equivalentStarts.contains(phrase)) {
                        break;   // no equivalent is, or begins with, these words
                    }
                    int head = content.get(b);
                    List<String> implied = rules.implied.get(phrase);
                    if (implied != null) {
                        // read on the phrase's last word (its head), so its other words stay free for a subterm below
                        for (String m : implied) {
                            add(new Word(m, head, head + 1), anchor, head + 1);
                        }
                    }
                    List<String> means = rules.equivalents.get(phrase);
                    if (means != null) {
                        for (String m : means) {
                            add(new Word(m, anchor, head + 1), anchor, head + 1);
                        }
                    }
                }
            }
        }

        private Entry add(Word w, int first, int end) {
            Entry e = new Entry(w, first, end);
            entries.add(e);
            exact.computeIfAbsent(w.word(), k -> new ArrayList<>(2)).add(e);
            if (w.word().length() >= STEM) {
                // a shorter word is its own key: its readings are those of the word
                byKey.computeIfAbsent(IndexWalker.key(w.word()), k -> new ArrayList<>(2)).add(e);
            }
            return e;
        }
    }

    private boolean inside(Entry e) {
        return e.first() >= from && e.end() <= to;
    }

    /** Whether the clause has a capitalized word (not the sentence's first) or reading of this normalized word. */
    private boolean names(String word) {
        List<Token> tokens = sentence.tokens;
        for (int i = Math.max(from, sentence.sentenceStart + 1); i < to; i++) {
            String text = tokens.get(i).text();
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !tokens.get(i).norm().isEmpty()
                    && tokens.get(i).norm().equals(word)) {
                return true;
            }
        }
        for (Entry r : sentence.readings) {
            if (inside(r) && r.word().word().equals(word)) {
                String text = tokens.get(r.word().firstToken()).text();
                if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
                    return true;   // "K." stands for the name Klebsiella
                }
            }
        }
        return false;
    }

    /** The clause words that read as this Index word: the same word, or the same stem ("infected", "infection"). */
    List<Word> find(String indexWord) {
        List<Word> out = new ArrayList<>();
        List<Entry> same = sentence.exact.get(indexWord);
        if (same != null) {
            for (Entry e : same) {
                if (inside(e)) {
                    out.add(e.word());
                }
            }
        }
        if (indexWord.length() >= STEM) {
            List<Entry> stem = sentence.byKey.get(indexWord.substring(0, STEM));
            if (stem != null) {
                for (Entry e : stem) {
                    if (inside(e) && !e.word().word().equals(indexWord) && sameStem(e.word().word(), indexWord)) {
                        out.add(e.word());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The first of {@link #find}'s words whose first token is not {@code used}, else its first word; null
     * when the clause has no word reading as this Index word. {@code stemKey} is the word's
     * {@link IndexWalker#key}.
     */
    Word take(String indexWord, String stemKey, TokenSet used) {
        Word any = null;
        List<Entry> same = sentence.exact.get(indexWord);
        if (same != null) {
            for (int k = 0; k < same.size(); k++) {
                Entry e = same.get(k);
                if (inside(e)) {
                    if (!used.has(e.word().firstToken())) {
                        return e.word();
                    }
                    if (any == null) {
                        any = e.word();
                    }
                }
            }
        }
        if (indexWord.length() >= STEM) {
            List<Entry> stem = sentence.byKey.get(stemKey);
            if (stem != null) {
                for (int k = 0; k < stem.size(); k++) {
                    Entry e = stem.get(k);
                    if (inside(e) && !e.word().word().equals(indexWord) && sameStem(e.word().word(), indexWord)) {
                        if (!used.has(e.word().firstToken())) {
                            return e.word();
                        }
                        if (any == null) {
                            any = e.word();
                        }
                    }
                }
            }
        }
        return any;
    }

    /** Whether every word is written capitalized inside the sentence (as a person's name is). */
    boolean namesPerson(List<String> eponym) {
        return !eponym.isEmpty() && names(eponym.get(0));
    }

    /** The lookup keys ({@link IndexWalker#key}) of the clause's words, each once. */
    List<String> keys() {
        if (keys == null) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, List<Entry>> k : sentence.exact.entrySet()) {
                if (k.getKey().length() < STEM && anyInside(k.getValue())) {
                    out.add(k.getKey());
                }
            }
            for (Map.Entry<String, List<Entry>> k : sentence.byKey.entrySet()) {
                for (Entry e : k.getValue()) {
                    if (inside(e)) {
                        out.add(k.getKey());
                        break;
                    }
                }
            }
            keys = out;
        }
        return keys;
    }

    boolean contains(String word) {
        List<Entry> same = sentence.exact.get(word);
        return same != null && anyInside(same);
    }

    private boolean anyInside(List<Entry> entries) {
        for (int k = 0; k < entries.size(); k++) {
            if (inside(entries.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The clause's words in order: tokens' own words, then equivalents by first token, then readings. */
    List<Word> all() {
        List<Word> out = new ArrayList<>();
        for (Entry e : sentence.entries) {
            if (inside(e)) {
                out.add(e.word());
            }
        }
        return out;
    }

    /** Two words of at least six letters that differ only in their last three letters or fewer. */
    static boolean sameStem(String a, String b) {
        int min = Math.min(a.length(), b.length());
        if (min < 6 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        int common = 0;
        while (common < min && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 6 && common >= Math.max(a.length(), b.length()) - 3;
    }
}
