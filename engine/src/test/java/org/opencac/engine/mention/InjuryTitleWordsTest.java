package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The injury chapter's title words are split without a regular expression, into the words the expression gives. */
class InjuryTitleWordsTest {
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    @Test
    void letterRunsAreTheWordsTheNonLetterSplitGives() {
        Random random = new Random(14);
        String alphabet = "abcz -,.()'0A\u00e9/";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameWords(text.toString());
        }
        for (String edge : List.of("", "-", "--", "a", "-a", "a-", "-a-", "ab, cd (ef)", "  ", "0", "a0b")) {
            assertSameWords(edge);
        }
    }

    private static void assertSameWords(String text) {
        Set<String> expected = new HashSet<>(List.of(NOT_LETTERS.split(text)));
        Set<String> actual = new HashSet<>();
        InjuryFinder.addLetterRuns(text, actual);
        assertEquals(expected, actual, () -> "split of \"" + text + "\"");
    }
}
