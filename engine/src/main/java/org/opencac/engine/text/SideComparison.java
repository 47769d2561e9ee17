package org.opencac.engine.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opencac.engine.DataFiles;

/**
 * A comparison of the two sides ("right worse than left", "left greater than right", "R>L"): both sides are named,
 * the one as the worse, so each side word in it says "both sides" (Guidelines I.B.13), never the condition's one
 * side. The comparing words are data ({@code side_comparison_words.txt}).
 */
public final class SideComparison {
    private static final Set<String> COMPARING =
            Set.copyOf(DataFiles.lines("/org/opencac/engine/text/side_comparison_words.txt"));

    private SideComparison() {
    }

    /** True if token i is a side word ("right", "left", "R", "L") that compares with the other side. */
    public static boolean compared(List<Token> tokens, int i) {
        String side = side(tokens.get(i));
        if (side == null) {
            return false;
        }
        return other(tokens, i, side, 1) || other(tokens, i, side, -1);
    }

    /** Whether, from side word i in direction dir, a comparing word and ("than" and) the other side follow. */
    private static boolean other(List<Token> tokens, int i, String side, int dir) {
        int k = i + dir;
        if (!inSentence(tokens, i, k) || !COMPARING.contains(word(tokens.get(k)))) {
            if (dir > 0 || !inSentence(tokens, i, k) || !word(tokens.get(k)).equals("than")) {
                return false;
            }
            // reading back from the second side: "... worse than [left]"
            k += dir;
            if (!inSentence(tokens, i, k) || !COMPARING.contains(word(tokens.get(k)))) {
                return false;
            }
        } else if (dir > 0 && inSentence(tokens, i, k + 1) && word(tokens.get(k + 1)).equals("than")) {
            k++;
        }
        k += dir;
        if (!inSentence(tokens, i, k)) {
            return false;
        }
        String second = side(tokens.get(k));
        return second != null && !second.equals(side);
    }

    private static boolean inSentence(List<Token> tokens, int i, int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).sentenceIndex() == tokens.get(i).sentenceIndex();
    }

    private static String word(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static String side(Token t) {
        String w = word(t);
        if (w.equals("right") || w.equals("r")) {
            return "right";
        }
        if (w.equals("left") || w.equals("l")) {
            return "left";
        }
        return null;
    }
}
