package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A list number ending a sentence is read backwards from its end exactly where its pattern finds it. */
class ListMarkAtEndTest {
    @Test
    void aNumberAfterTheLastWordEndsTheSentenceAsAListMark() {
        assertTrue(AssertionDetector.endsWithListMark("limited to: 1.", 0, 14));
        assertTrue(AssertionDetector.endsWithListMark("Infection. 12) , ", 0, 17));
        assertFalse(AssertionDetector.endsWithListMark("Dose 123.", 0, 9));
        assertFalse(AssertionDetector.endsWithListMark("Seen on day2.", 0, 13));
    }

    @Test
    void readsEveryRegionAsThePattern() {
        Random random = new Random(14);
        String alphabet = "0129.),: \t\n\rax\u2028\u0085\u00a0";
        for (int k = 0; k < 100_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(9), i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertEquals(AssertionDetector.LIST_MARK_AT_END.matcher(text).region(start, end).find(),
                    AssertionDetector.endsWithListMark(text, start, end), "[" + text + "] " + start + "-" + end);
        }
    }
}
