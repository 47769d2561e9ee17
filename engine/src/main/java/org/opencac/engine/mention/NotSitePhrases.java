package org.opencac.engine.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.opencac.engine.DataFiles;
import org.opencac.engine.text.Token;
import org.opencac.models.lexicon.TermNormalizer;

/**
 * Phrases in which a body-part word names no site ({@code not_site_phrases.tsv}): a morphology named after a cell
 * ("small cell carcinoma") and a part of an organ named by two body-part words ("bladder neck", "neck of the
 * femur"). The site check does not read such a word as a condition's site, and an Index walk does not read the
 * part of a compound as the lone body part ("Mass, neck" for a mass at the bladder neck).
 */
public final class NotSitePhrases {
    static final String FILE = "/org/opencac/engine/mention/not_site_phrases.tsv";
    private static final Map<String, List<Phrase>> BY_WORD = read();
    /** The words that are the part of some compound anatomy name ("neck" of "bladder neck"). */
    private static final Set<String> COMPOUND_PARTS = compoundParts();

    private NotSitePhrases() {
    }

    /** A phrase's normalized words, the index of the one that is no site, and whether it is a compound's part. */
    private record Phrase(List<String> words, int word, boolean compound) {
    }

    private static Map<String, List<Phrase>> read() {
        Map<String, List<Phrase>> out = new HashMap<>();
        DataFiles.rows(FILE, "phrase\tword\tkind\treason", (f, lineNo) -> {
            if (f.length < 4 || !Set.of("morphology", "compound").contains(f[2])) {
                throw new IllegalStateException(FILE + " line " + lineNo + ": phrase, word, kind and reason expected");
            }
            List<String> words = TermNormalizer.words(f[0]);
            int at = words.indexOf(TermNormalizer.key(f[1]));
            if (at < 0 || words.size() < 2) {
                throw new IllegalStateException(FILE + ": " + f[1] + " is not a word of a phrase " + f[0]);
            }
            out.computeIfAbsent(words.get(at), k -> new ArrayList<>())
                    .add(new Phrase(List.copyOf(words), at, f[2].equals("compound")));
        });
        Map<String, List<Phrase>> copy = new HashMap<>();
        out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    private static Set<String> compoundParts() {
        Set<String> out = new java.util.HashSet<>();
        BY_WORD.forEach((word, phrases) -> {
            for (Phrase p : phrases) {
                if (p.compound()) {
                    out.add(word);
                }
            }
        });
        return Set.copyOf(out);
    }

    /**
     * Whether a normalized word is the part of some compound anatomy name: {@link #partReadAlone} is false for a
     * token of any other word, so a reader of many tokens can ask this once for all of them.
     */
    public static boolean isCompoundPart(String norm) {
        return COMPOUND_PARTS.contains(norm);
    }

    /**
     * Whether the word of token {@code at} is read within one of the phrases that make it no site ("small cell",
     * "bladder neck"), its words matched over the words of the token's sentence (words dropped from lexicon keys,
     * "of" and "the", passed over).
     */
    public static boolean inPhrase(List<Token> tokens, int at) {
        List<Phrase> phrases = BY_WORD.get(tokens.get(at).norm());
        if (phrases == null) {
            return false;
        }
        for (Phrase p : phrases) {
            if (others(tokens, at, p) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code at} is the part of a compound anatomy name ("neck" of "bladder neck") whose other
     * words are not all {@code read}: the word would be read as the lone body part.
     */
    public static boolean partReadAlone(List<Token> tokens, int at, IntPredicate read) {
        List<Phrase> phrases = BY_WORD.get(tokens.get(at).norm());
        if (phrases == null) {
            return false;
        }
        for (Phrase p : phrases) {
            int[] others = p.compound() ? others(tokens, at, p) : null;
            if (others == null) {
                continue;
            }
            for (int t : others) {
                if (!read.test(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The other words of the compound anatomy name that token {@code at} is the part of, as the sentence writes them
     * ("femoral" for the "neck" of "femoral neck", "flexure" for the "splenic" of "splenic flexure"); empty when the
     * token is no compound's part.
     */
    public static List<String> compoundWholeOf(List<Token> tokens, int at) {
        List<Phrase> phrases = BY_WORD.get(tokens.get(at).norm());
        if (phrases == null) {
            return List.of();
        }
        for (Phrase p : phrases) {
            if (p.compound() && others(tokens, at, p) != null) {
                List<String> out = new ArrayList<>(p.words());
                out.remove(p.word());
                return List.copyOf(out);
            }
        }
        return List.of();
    }

    /** The tokens of the phrase's other words around {@code at}, or null where the sentence does not write it. */
    private static int[] others(List<Token> tokens, int at, Phrase p) {
        int sentence = tokens.get(at).sentenceIndex();
        int[] out = new int[p.words().size() - 1];
        int n = 0;
        int t = at;
        for (int k = p.word() - 1; k >= 0; k--) {   // the phrase's words before the one at {@code at}
            do {
                t--;
            } while (t >= 0 && tokens.get(t).sentenceIndex() == sentence && tokens.get(t).norm().isEmpty()
                    && !tokens.get(t).text().equals(","));
            if (t < 0 || tokens.get(t).sentenceIndex() != sentence || !tokens.get(t).norm().equals(p.words().get(k))) {
                return null;
            }
            out[n++] = t;
        }
        t = at;
        for (int k = p.word() + 1; k < p.words().size(); k++) {   // and after it
            do {
                t++;
            } while (t < tokens.size() && tokens.get(t).sentenceIndex() == sentence && tokens.get(t).norm().isEmpty()
                    && !tokens.get(t).text().equals(","));
            if (t >= tokens.size() || tokens.get(t).sentenceIndex() != sentence
                    || !tokens.get(t).norm().equals(p.words().get(k))) {
                return null;
            }
            out[n++] = t;
        }
        return out;
    }
}
