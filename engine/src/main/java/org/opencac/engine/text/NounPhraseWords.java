package org.opencac.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * A chunk rule read from {@code noun_phrase_words.tsv}: whether a word qualifies a noun written right after it,
 * the head of its noun phrase lying beyond it ("marked renal parenchyma": "renal" qualifies the parenchyma). The
 * word qualifies when it reads as an adjective by its ending, or is a modifier row (a side, "sore"), and the next
 * word of its sentence may go on a noun phrase: a word that is no boundary (a preposition, a determiner, an
 * auxiliary), has no verb ending, and is not a site noun the adjective names its own site with ("abdominal
 * region"). Any word qualifies a compound head written after it, a noun that nouns before it qualify ("urine
 * analysis", "blood culture").
 */
public final class NounPhraseWords {
    static final String FILE = "/org/opencac/engine/text/noun_phrase_words.tsv";

    private final Set<String> boundaries;
    private final Set<String> verbEndings;
    private final Set<String> siteNouns;
    private final Set<String> modifiers;
    private final Set<String> compoundHeads;

    private NounPhraseWords(Map<String, Set<String>> kinds) {
        this.boundaries = kinds.get("boundary");
        this.verbEndings = kinds.get("verb_ending");
        this.siteNouns = kinds.get("site_noun");
        this.modifiers = kinds.get("modifier");
        this.compoundHeads = kinds.get("compound_head");
    }

    /** The rule of the bundled file; a row of an unknown kind fails at start-up. */
    public static NounPhraseWords load() {
        return new NounPhraseWords(DataFiles.kindSets(FILE, "boundary", "verb_ending", "site_noun", "modifier",
                "compound_head"));
    }

    /** Whether the word reads as a modifier of a noun: an adjective by its ending, or a modifier row ("sore"). */
    public boolean modifier(Token word) {
        return Clauses.adjective(word) || modifiers.contains(word.text().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code t} qualifies the word right after it, which goes on its noun phrase. */
    public boolean qualifiesNextWord(List<Token> tokens, int t) {
        if (t < 0 || t + 1 >= tokens.size()) {
            return false;
        }
        Token word = tokens.get(t);
        Token next = tokens.get(t + 1);
        if (next.sentenceIndex() != word.sentenceIndex() || next.text().isEmpty()
                || !Character.isLetter(next.text().charAt(0))) {
            return false;
        }
        String n = next.text().toLowerCase(Locale.ROOT);
        if (compoundHeads.contains(n) || compoundHeads.contains(next.norm())) {
            return true;   // "blood and urine analysis": a noun before the head of a compound qualifies it
        }
        if (!modifier(word)) {
            return false;
        }
        if (boundaries.contains(n) || siteNouns.contains(next.norm())) {
            return false;
        }
        for (String ending : verbEndings) {
            if (n.endsWith(ending)) {
                return false;
            }
        }
        return true;
    }
}
