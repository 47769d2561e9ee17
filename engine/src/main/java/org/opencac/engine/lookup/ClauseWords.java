package org.opencac.engine.lookup;

import java.util.ArrayList;
import java.util.List;
import org.opencac.engine.text.Token;

/**
 * The words of one clause a coder may use to walk the Index: each token's normalized word, plus the
 * Index words its phrase stands for ({@link NavigationRules} equivalents: "renal" also reads "kidney").
 * Each word keeps the tokens it came from, so a path knows which part of the note it used.
 */
final class ClauseWords {
    /** One usable word and the tokens (indexes into the document's tokens) it covers. */
    record Word(String word, int firstToken, int endToken) {
    }

    private final List<Word> words = new ArrayList<>();
    private final java.util.Set<String> names = new java.util.HashSet<>();
    private final java.util.Map<String, List<Word>> exact = new java.util.HashMap<>();
    private final java.util.Map<String, List<Word>> byStem = new java.util.HashMap<>();
    private static final int STEM = 6;
    private final java.util.Set<String> keys = new java.util.HashSet<>();
    final int from;
    final int to;

    /** The words of tokens [from, to) alone, without readings or adjectival forms. */
    ClauseWords(List<Token> tokens, int sentenceStart, int from, int to, NavigationRules rules) {
        this(new SentenceWords(tokens, sentenceStart, from, to, rules, org.opencac.engine.mention.WordForms.none()),
                from, to, List.of());
    }

    /**
     * The clause's words plus readings found earlier for some of its tokens (an abbreviated organism, "P.
     * aeruginosa", read as the organism its infectious-agent code names; readings outside [from, to) are
     * left out), and adjectival forms read as their noun ("ascitic": ascites). The words of tokens
     * [from, to) come from {@code sentence}, worked out once for all the clauses and windows of a sentence.
     */
    ClauseWords(SentenceWords sentence, int from, int to, List<Word> readings) {
        this.from = from;
        this.to = to;
        List<Token> tokens = sentence.tokens;
        addNames(tokens, sentence.sentenceStart);
        for (int i = from; i < to; i++) {
            words.addAll(sentence.ofToken(i));
        }
        for (int i = from; i < to; i++) {
            for (Word e : sentence.equivalentsFrom(i)) {
                if (e.endToken() <= to) {
                    words.add(e);
                }
            }
        }
        for (Word r : readings) {
            if (r.firstToken() >= from && r.endToken() <= to) {
                words.add(r);
                String text = tokens.get(r.firstToken()).text();
                if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) {
                    names.add(r.word());   // "K." stands for the name Klebsiella
                }
            }
        }
        indexWords();
    }

    /**
     * The words of a sentence's tokens, by token, and the equivalents its phrases stand for, in the order a
     * clause lists them: a clause or window takes those inside its bounds.
     */
    static final class SentenceWords {
        final List<Token> tokens;
        final int sentenceStart;
        /** The tokens [first, end) read. */
        private final int first;
        final int end;
        private final List<List<Word>> byToken = new ArrayList<>();
        /** By first token, shortest first: {@link NavigationRules} equivalents of the sentence's phrases. */
        private final List<List<Word>> equivalentsByToken = new ArrayList<>();

        SentenceWords(List<Token> tokens, int sentenceStart, int first, int end, NavigationRules rules,
                      org.opencac.engine.mention.WordForms forms) {
            this.tokens = tokens;
            this.sentenceStart = sentenceStart;
            this.first = first;
            this.end = end;
            List<Integer> content = new ArrayList<>();
            for (int i = first; i < end; i++) {
                String n = tokens.get(i).norm();
                if (n.isEmpty()) {
                    byToken.add(List.of());
                    continue;
                }
                List<Word> own = new ArrayList<>(2);
                own.add(new Word(n, i, i + 1));
                String american = n.indexOf("ae") < 0 && n.indexOf("oe") < 0 ? n
                        : n.replace("ae", "e").replace("oe", "e");
                if (!american.equals(n)) {
                    // British spellings the Index prints the American way: haemophilus, oesophagus, anaemia
                    own.add(new Word(american, i, i + 1));
                }
                String base = forms.base(n);
                if (base != null) {
                    // an adjectival form also reads as its noun: "ascitic fluid" has the Index's "ascites"
                    for (String b : base.split(" ")) {
                        own.add(new Word(b, i, i + 1));
                    }
                }
                byToken.add(own);
                content.add(i);
            }
            for (int i = first; i < end; i++) {
                equivalentsByToken.add(new ArrayList<>(0));
            }
            for (int a = 0; a < content.size(); a++) {
                StringBuilder key = new StringBuilder();
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
                    List<Word> fromA = equivalentsByToken.get(content.get(a) - first);
                    List<String> implied = rules.implied.get(phrase);
                    if (implied != null) {
                        // read on the phrase's last word (its head), so its other words stay free for a subterm below
                        for (String m : implied) {
                            fromA.add(new Word(m, content.get(b), content.get(b) + 1));
                        }
                    }
                    List<String> means = rules.equivalents.get(phrase);
                    if (means != null) {
                        for (String m : means) {
                            fromA.add(new Word(m, content.get(a), content.get(b) + 1));
                        }
                    }
                }
            }
        }

        List<Word> ofToken(int i) {
            return byToken.get(i - first);
        }

        List<Word> equivalentsFrom(int i) {
            return equivalentsByToken.get(i - first);
        }
    }

    /** The normalized words written capitalized inside the sentence (not its first word). */
    private void addNames(List<Token> tokens, int sentenceStart) {
        for (int i = Math.max(from, sentenceStart + 1); i < to; i++) {
            String text = tokens.get(i).text();
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !tokens.get(i).norm().isEmpty()) {
                names.add(tokens.get(i).norm());
            }
        }
    }

    /** The clause words that read as this Index word: the same word, or the same stem ("infected", "infection"). */
    List<Word> find(String indexWord) {
        List<Word> same = exact.get(indexWord);
        List<Word> stem = indexWord.length() >= STEM ? byStem.get(indexWord.substring(0, STEM)) : null;
        if (stem == null) {
            return same == null ? List.of() : same;
        }
        List<Word> out = same == null ? new ArrayList<>() : new ArrayList<>(same);
        for (Word w : stem) {
            if (!w.word().equals(indexWord) && sameStem(w.word(), indexWord)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Indexes the words by value and by their first {@link #STEM} letters, so lookups do not scan the clause. */
    private void indexWords() {
        for (Word w : words) {
            String key = IndexWalker.key(w.word());   // the first STEM letters, or the word itself
            keys.add(key);
            exact.computeIfAbsent(w.word(), k -> new ArrayList<>(2)).add(w);
            if (w.word().length() >= STEM) {
                byStem.computeIfAbsent(key, k -> new ArrayList<>(2)).add(w);
            }
        }
    }

    /** Whether every word is written capitalized inside the sentence (as a person's name is). */
    boolean namesPerson(List<String> eponym) {
        return !eponym.isEmpty() && names.containsAll(eponym.subList(0, 1));
    }

    /** The lookup keys ({@link IndexWalker#key}) of the clause's words. */
    java.util.Set<String> keys() {
        return keys;
    }

    boolean contains(String word) {
        return exact.containsKey(word);
    }

    List<Word> all() {
        return words;
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
