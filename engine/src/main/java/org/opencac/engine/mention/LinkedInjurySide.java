package org.opencac.engine.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.opencac.engine.text.Token;

/**
 * The side of an injury told as the companion of another one ("right wrist laceration with a tendon laceration"):
 * the injury after the link word is of the same limb as the head injury before it, so where its own words write no
 * side it takes the one the head's phrase writes (Guidelines I.B.13: laterality is taken from the documentation,
 * and the linked phrase documents one injury of one site). Read only when the link joins the two directly: a list
 * separator, a clause break or a third injury word between them, or a head phrase writing two sides or none, gives no
 * side.
 */
final class LinkedInjurySide {
    private final Set<String> links;
    private final Set<String> clauseBreaks;
    private final Predicate<String> injuryWord;
    private final List<String> sides;

    /**
     * @param links        the lower-case link words ("with")
     * @param clauseBreaks the lower-case words that end a clause ("without", "no")
     * @param injuryWord   whether a lower-case word is an injury word of any type
     * @param sides        the laterality words an injury search requires ("left", "right", "bilateral")
     */
    LinkedInjurySide(Set<String> links, Set<String> clauseBreaks, Predicate<String> injuryWord, List<String> sides) {
        this.links = Set.copyOf(links);
        this.clauseBreaks = Set.copyOf(clauseBreaks);
        this.injuryWord = injuryWord;
        this.sides = List.copyOf(sides);
    }

    /**
     * The side ("left", "right" or "bilateral") of the head injury the injury word at {@code injury} is linked to,
     * reading the sentence's tokens from {@code sentenceStart}; null when it is not so linked or the head's phrase
     * writes no single side.
     */
    String of(List<Token> tokens, int sentenceStart, int injury) {
        int link = -1;
        for (int k = injury - 1; k >= sentenceStart; k--) {
            String w = lower(tokens.get(k));
            if (links.contains(w)) {
                link = k;
                break;
            }
            if (separates(tokens.get(k), w) || injuryWord.test(w)) {
                return null;
            }
        }
        if (link <= sentenceStart || !injuryWord.test(lower(tokens.get(link - 1)))) {
            return null;
        }
        String side = null;
        for (int k = link - 2; k >= sentenceStart; k--) {
            String w = lower(tokens.get(k));
            if (separates(tokens.get(k), w) || injuryWord.test(w)) {
                break;
            }
            if (sides.contains(w)) {
                if (side != null && !side.equals(w)) {
                    return null;
                }
                side = w;
            }
        }
        return side;
    }

    private boolean separates(Token t, String lower) {
        return t.isPunctuation() || lower.equals("and") || lower.equals("or") || clauseBreaks.contains(lower);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
