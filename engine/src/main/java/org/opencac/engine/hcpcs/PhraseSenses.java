package org.opencac.engine.hcpcs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencac.engine.DataFiles;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Senses in which a vocabulary phrase names no item or service given (data: {@code phrase_senses.tsv}): the
 * phrase with one of a sense's words right before or right after it ("wheelchair-bound": the patient's
 * mobility). Words are compared in their normalized form, as the vocabulary finds the phrase; a sense's words
 * before the phrase are also compared with the words written before it with possessives kept ("her walker": the
 * normalizer drops "her" from the words the vocabulary reads, {@link TermNormalizer#word(String)} keeps it).
 */
final class PhraseSenses {
    static final String FILE = HcpcsModule.DIR + "phrase_senses.tsv";

    /** One row: the normalized words that, right before or right after the phrase, give the other sense. */
    record Sense(List<List<String>> before, List<List<String>> after, String meaning) {
    }

    private final Map<List<String>, Sense> byPhrase;

    private PhraseSenses(Map<List<String>, Sense> byPhrase) {
        this.byPhrase = Map.copyOf(byPhrase);
    }

    static PhraseSenses load() {
        Map<List<String>, Sense> map = new HashMap<>();
        DataFiles.rows(FILE, "phrase\tbefore\tafter\tsense", (c, lineNo) -> {
            List<String> phrase = c.length == 4 ? TermNormalizer.words(c[0]) : List.of();
            if (phrase.isEmpty() || c[3].isBlank() || (c[1].trim().equals("-") && c[2].trim().equals("-"))) {
                throw new IllegalStateException(FILE + " line " + lineNo
                        + ": expected phrase<TAB>before<TAB>after<TAB>sense with some words");
            }
            if (map.put(phrase, new Sense(words(c[1]), words(c[2]), c[3].trim())) != null) {
                throw new IllegalStateException(FILE + ": phrase listed twice: " + c[0]);
            }
        });
        return new PhraseSenses(map);
    }

    /**
     * The column's comma-separated phrases as word lists, each word read by {@link TermNormalizer#word(String)}:
     * articles and "of" are dropped as the vocabulary drops them, a possessive ("her", "his") is kept.
     */
    private static List<List<String>> words(String column) {
        List<List<String>> out = new ArrayList<>();
        if (!column.trim().equals("-")) {
            for (String p : column.split(",")) {
                List<String> w = new ArrayList<>();
                for (String raw : p.trim().split("\\s+")) {
                    String n = TermNormalizer.word(raw);
                    if (!n.isEmpty()) {
                        w.add(n);
                    }
                }
                if (!w.isEmpty()) {
                    out.add(List.copyOf(w));
                }
            }
        }
        return out;
    }

    /**
     * The other sense the phrase {@code p}, whose first word is the note's token {@code firstToken}, is found in,
     * or null when it names the item or service.
     */
    Sense otherSense(HcpcsPhrase p, List<Token> tokens, int firstToken) {
        List<String> words = p.words();
        Sense s = byPhrase.get(words.subList(p.first(), p.last()));
        if (s == null) {
            return null;
        }
        for (List<String> b : s.before()) {
            if (p.first() >= b.size() && words.subList(p.first() - b.size(), p.first()).equals(b)
                    || writtenBefore(b, tokens, p.sentence().firstToken(), firstToken)) {
                return s;
            }
        }
        for (List<String> a : s.after()) {
            if (p.last() + a.size() <= words.size() && words.subList(p.last(), p.last() + a.size()).equals(a)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether the words {@code b} are written right before the token {@code firstToken} within the sentence that
     * starts at token {@code sentenceStart}, each token read by {@link TermNormalizer#word(String)} (possessives
     * kept) and the tokens it drops (articles, punctuation) passed over, as the vocabulary passes them over.
     */
    private static boolean writtenBefore(List<String> b, List<Token> tokens, int sentenceStart, int firstToken) {
        int k = firstToken - 1;
        for (int i = b.size() - 1; i >= 0; i--) {
            String w = "";
            while (k >= sentenceStart && (w = TermNormalizer.word(tokens.get(k).text())).isEmpty()) {
                k--;
            }
            if (k < sentenceStart || !w.equals(b.get(i))) {
                return false;
            }
            k--;
        }
        return true;
    }
}
