package org.opencac.engine.lookup;

import java.util.List;
import java.util.Set;
import org.opencac.engine.mention.WordForms;
import org.opencac.engine.text.Clauses;
import org.opencac.engine.text.Token;
import org.opencac.models.codeset.icd10cm.AlphabeticIndex;
import org.opencac.models.lexicon.Lexicon;

/**
 * The Alphabetic Index keys that begin at one token, read word by word as a coder reads a main term ("Crohn's",
 * then "Crohn's disease"): the one key walk of the navigation's main terms ({@link IndexNavigator}) and of the
 * condition and finding words ({@link ConditionTerms}). Empty tokens are passed over; the walk ends at its limit,
 * after the Index's longest key's number of words, at a taken token, and, where the reader asks, at punctuation.
 *
 * <p>A key of two words or more is hashed from the shorter key's words ({@link Lexicon#extendedHash}) and asked of
 * the Index's key filter ({@link AlphabeticIndex#mayBeKey}) before its string is made: most runs of words begin no
 * key, and the filter's "no" is exact. A one-word key is the token's own string.
 *
 * <p>Reused by its reader (a clause, a note) through {@link #from}; one per thread.
 */
final class IndexKeyWalk {
    private final AlphabeticIndex index;
    private final WordForms forms;
    private final Set<String> baseStop;
    private final boolean baseOnlyAsMainTerm;
    private final boolean punctuationEnds;

    private List<Token> tokens;
    private boolean[] taken;
    private int first;
    private int limit;
    private int next;      // the next token to read
    private int words;     // the words read
    private int end;       // one past the last word's token
    private String norm;   // the last word read
    private int hash;      // the hash of the words read, as their key's string would have it
    private String key;    // the key looked up: the words read, or a one-word key's base form

    /**
     * @param baseStop           base forms never read in place of a one-word key
     * @param baseOnlyAsMainTerm whether a one-word key's base form replaces it only where the base is a main term
     *                           (else it replaces it whatever the Index holds for the base, nothing included)
     * @param punctuationEnds    whether a punctuation token ends the key (else it is passed over, as other
     *                           empty tokens are)
     */
    IndexKeyWalk(AlphabeticIndex index, WordForms forms, Set<String> baseStop, boolean baseOnlyAsMainTerm,
                 boolean punctuationEnds) {
        this.index = index;
        this.forms = forms;
        this.baseStop = baseStop;
        this.baseOnlyAsMainTerm = baseOnlyAsMainTerm;
        this.punctuationEnds = punctuationEnds;
    }

    /** Starts a walk at token {@code first}, reading tokens before {@code limit} and none {@code taken} (may be null). */
    IndexKeyWalk from(List<Token> tokens, int first, int limit, boolean[] taken) {
        this.tokens = tokens;
        this.first = first;
        this.limit = limit;
        this.taken = taken;
        this.next = first;
        this.words = 0;
        this.end = first;
        this.norm = null;
        this.key = null;
        return this;
    }

    /** Reads the next word of the key; false when the walk is over. */
    boolean nextWord() {
        while (next < limit && words < index.maxKeyWords() && (taken == null || !taken[next])) {
            Token t = tokens.get(next++);
            String w = t.norm();
            if (w.isEmpty()) {
                if (punctuationEnds && t.isPunctuation()) {
                    next = limit;
                    return false;
                }
                continue;
            }
            words++;
            end = next;
            norm = w;
            hash = words == 1 ? w.hashCode() : Lexicon.extendedHash(hash, w);
            key = null;
            return true;
        }
        return false;
    }

    /**
     * What the Index holds for the words read ({@link AlphabeticIndex#lookup}), or null when no key is, or begins
     * with, them. A one-word key the Index lacks as a main term is read by its base form (one word: "infected"
     * is Infection, as a coder looks up the noun); {@link #key} then names the base.
     */
    AlphabeticIndex.KeyLookup lookUp() {
        if (words > 1) {
            if (!index.mayBeKey(hash)) {
                key = null;
                return null;
            }
            key = written();
            return index.lookup(key);
        }
        key = norm;
        AlphabeticIndex.KeyLookup known = index.lookup(norm);
        if (known == null || known.mainTerms().isEmpty()) {
            String base = forms.base(norm);
            if (base != null && base.indexOf(' ') < 0 && !baseStop.contains(base)) {
                AlphabeticIndex.KeyLookup ofBase = index.lookup(base);
                if (!baseOnlyAsMainTerm || ofBase != null && !ofBase.mainTerms().isEmpty()) {
                    key = base;
                    return ofBase;
                }
            }
        }
        return known;
    }

    /** The key {@link #lookUp} read; null before it, or when the filter answered for it. */
    String key() {
        return key;
    }

    /** The last word read. */
    String norm() {
        return norm;
    }

    /** The number of words read. */
    int words() {
        return words;
    }

    /** One past the token of the last word read. */
    int end() {
        return end;
    }

    /** The words read, joined by single spaces. */
    private String written() {
        return Clauses.norms(tokens, first, end);
    }
}
