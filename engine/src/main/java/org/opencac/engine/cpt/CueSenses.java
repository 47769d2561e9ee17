package org.opencac.engine.cpt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an MDM cue is written in another sense ({@code mdm_cues.tsv}, element "other_sense"): the word right before
 * it makes it another word ("Axis IV", "stage IV" and "grade IV" are the numeral of a scale, not the intravenous route).
 */
record CueSenses(Map<String, Set<String>> wordsBefore) {
    /** The element of the cue file's other-sense rows: cue literal in the kind column, the word before it in the cue's. */
    static final String ELEMENT = "other_sense";
    static final CueSenses STANDARD = load();

    CueSenses {
        Map<String, Set<String>> copy = new HashMap<>();
        wordsBefore.forEach((cue, words) -> copy.put(cue, Set.copyOf(words)));
        wordsBefore = Map.copyOf(copy);
    }

    static CueSenses load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] c : MdmCueFile.ROWS) {
            if (c[0].equals(ELEMENT)) {
                String word = c[2].toLowerCase(Locale.ROOT);
                if (word.isEmpty() || !word.chars().allMatch(WholeWord::isWordChar)) {
                    throw new IllegalArgumentException("mdm_cues.tsv: an other_sense word before a cue is one word: '" + word + "'");
                }
                out.computeIfAbsent(c[1].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(word);
            }
        }
        return new CueSenses(out);
    }

    /** Whether the cue {@code literal} written at {@code at} in {@code lower} follows a word that gives it another sense. */
    boolean otherSense(String lower, String literal, int at) {
        Set<String> words = wordsBefore.get(literal);
        if (words == null) {
            return false;
        }
        int end = at;
        while (end > 0 && (lower.charAt(end - 1) == ' ' || lower.charAt(end - 1) == '-')) {
            end--;
        }
        int start = WholeWord.wordStart(lower, end, 0);
        return start < end && words.contains(lower.substring(start, end));
    }
}
