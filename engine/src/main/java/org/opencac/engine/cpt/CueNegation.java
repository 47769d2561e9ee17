package org.opencac.engine.cpt;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Whether a cue phrase of the MDM reading is negated where it is written: a negation word ({@code mdm_cues.tsv},
 * element "negation") among the few words before it in its clause ("no prescription drug management", "denies any
 * worsening", "without side effects"). A comma, semicolon, colon, period, parenthesis or line break ends the clause
 * back ("no fever, start amoxicillin" starts a drug).
 */
final class CueNegation {
    /** The element of the cue file's negation rows. */
    static final String ELEMENT = "negation";
    /** How many words may stand between a negation word and the cue it negates ("no evidence of progression": 2). */
    static final int WORDS_BETWEEN = 3;
    /** The negation words of the MDM cue file, read by the MDM cues and by the words that choose a service's variant. */
    static final CueNegation STANDARD = new CueNegation(MdmCueFile.ROWS.stream()
            .filter(c -> c[0].equals(ELEMENT)).map(c -> c[2].toLowerCase(Locale.ROOT)).toList());

    private final Set<String> words;

    CueNegation(List<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(WholeWord::isWordChar)) {
                throw new IllegalArgumentException("a negation cue is one word: '" + w + "'");
            }
        }
        this.words = Set.copyOf(words);
    }

    /**
     * Whether {@code literal} is written in {@code lower} as a whole word at least once where no negation word shortly
     * before it negates it ("no prescription drug management", "without fluoroscopy" are none).
     */
    boolean affirmedIn(String lower, String literal) {
        return affirmedIn(lower, literal, at -> false);
    }

    /** As {@link #affirmedIn(String, String)}, not counting the places {@code otherSense} reads in another sense. */
    boolean affirmedIn(String lower, String literal, IntPredicate otherSense) {
        for (int at = WholeWord.indexIn(lower, literal); at >= 0; at = WholeWord.indexIn(lower, literal, at + 1)) {
            if (!otherSense.test(at) && !negates(lower, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a negation word stands in the clause before {@code at}, with at most {@link #WORDS_BETWEEN} words between. */
    boolean negates(String lower, int at) {
        int i = at;
        for (int seen = 0; seen <= WORDS_BETWEEN; seen++) {
            int end = WholeWord.lastWordEnd(lower, i, 0);
            if (endsClause(lower, end, i)) {
                return false;
            }
            i = WholeWord.wordStart(lower, end, 0);
            if (i == end) {
                return false;
            }
            if (words.contains(lower.substring(i, end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mark that ends the clause back (a comma, a line break ...) stands in {@code lower[from, to)}. */
    private static boolean endsClause(String lower, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = lower.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
