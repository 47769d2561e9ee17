package org.opencac.engine.convention;

import java.util.List;
import org.opencac.engine.coding.CodeCandidate;

/**
 * The heads of codes, their first two characters when these are a letter and a digit ("E1" of E11.9), as a set of
 * 260 bits: a quick "no" for code patterns. A pattern covers a code only if the code's head lies between the heads
 * of the pattern's first and last codes (a code under "J12-J18" starts "J1"), so a rule condition whose patterns'
 * heads meet none of a note's candidates' heads matches none of them, and the candidates need not be read one by one.
 */
final class CodeHeads {
    private static final int WORDS = (26 * 10 + 63) / 64;

    private CodeHeads() {
    }

    /** The head's bit, or -1 when the code does not start with a letter and a digit. */
    static int of(String code) {
        if (code.length() < 2) {
            return -1;
        }
        char letter = code.charAt(0);
        char digit = code.charAt(1);
        return letter >= 'A' && letter <= 'Z' && digit >= '0' && digit <= '9' ? (letter - 'A') * 10 + (digit - '0') : -1;
    }

    /**
     * The heads a code of any of the patterns may have: those from the head of its first code to the head of its
     * last, in the order of the bits (a letter, then a digit: the order of the heads as strings).
     */
    static long[] covered(List<CodePattern> patterns) {
        long[] out = new long[WORDS];
        for (CodePattern p : patterns) {
            int from = of(p.ref().first());
            int to = of(p.ref().last());
            if (from < 0 || to < 0) {
                from = 0;   // a pattern starts with a letter and a digit; were it not so, any head would do
                to = 259;
            }
            for (int bit = from; bit <= to; bit++) {
                out[bit >>> 6] |= 1L << bit;
            }
        }
        return out;
    }

    /** The heads of the candidates' codes; null when some code has no head (then any pattern may cover it). */
    static long[] present(List<CodeCandidate> candidates) {
        long[] out = new long[WORDS];
        for (CodeCandidate c : candidates) {
            int bit = of(c.code());
            if (bit < 0) {
                return null;
            }
            out[bit >>> 6] |= 1L << bit;
        }
        return out;
    }

    /** Whether a code (dotted or not) may be one of the {@code covered}: its head is among them, or it has none. */
    static boolean mayCover(long[] covered, String code) {
        int bit = of(code);
        return bit < 0 || (covered[bit >>> 6] & 1L << bit) != 0;
    }

    /** Whether a code with one of the {@code present} heads (null: any head) may be one of the {@code covered}. */
    static boolean meet(long[] covered, long[] present) {
        if (present == null) {
            return true;
        }
        for (int i = 0; i < WORDS; i++) {
            if ((covered[i] & present[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
