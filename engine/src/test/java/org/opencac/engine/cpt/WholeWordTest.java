package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A literal is found only where it stands as a whole word, as the look-around regex finds it. */
class WholeWordTest {

    @Test
    void aLiteralInsideALongerWordIsNotFound() {
        assertEquals(-1, WholeWord.indexIn("reviewedx and prereviewed", "reviewed"));
        assertEquals(5, WholeWord.indexIn("labs reviewed today", "reviewed"));
        assertEquals(12, WholeWord.indexIn("ct2 ctx xct ct", "ct"));
    }

    @Test
    void lettersAndNumbersOfAnyScriptBoundAWord() {
        assertEquals(-1, WholeWord.indexIn("\u00e9ct", "ct"));
        assertEquals(-1, WholeWord.indexIn("ct\u00b2", "ct"));
        assertEquals(-1, WholeWord.indexIn("ct\ud835\udc00", "ct"));   // a mathematical letter, outside the BMP
        assertEquals(1, WholeWord.indexIn("\u2014ct\u2014", "ct"));
    }

    @Test
    void aWordStartsAfterTheLastCharacterThatIsNoLetterOrNumber() {
        assertEquals(4, WholeWord.wordStart("the ms. smith", 6, 0));
        assertEquals(5, WholeWord.wordStart("the ms. smith", 6, 5));     // not past the bound
        assertEquals(7, WholeWord.wordStart("the ms. smith", 7, 0));     // no word ends there
        assertEquals(0, WholeWord.wordStart("\u00e9t\u00e92 x", 4, 0));
    }

    @Test
    void theLastWordBeforeAPlaceEndsBeforeTheMarksAndSpacesBetween() {
        assertEquals(4, WholeWord.lastWordEnd("here, in the er", 6, 0));
        assertEquals(4, WholeWord.lastWordEnd("here, in the er", 4, 0));   // a word ends right there
        assertEquals(2, WholeWord.lastWordEnd(" , x", 2, 2));              // not past the bound
        assertEquals(0, WholeWord.lastWordEnd(" , x", 3, 0));
    }

    @Test
    void answersAsTheLookAroundRegexOnRandomTexts() {
        String alphabet = "ab .-2\u00e9\u00b2\ud835\udc00\udc00\ud835";
        SplittableRandom random = new SplittableRandom(7);
        for (String literal : List.of("a", "ab", "b a", "a-b", "2b")) {
            Pattern regex = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(literal) + "(?![\\p{L}\\p{N}])");
            for (int n = 0; n < 20_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                Matcher m = regex.matcher(text);
                assertEquals(m.find() ? m.start() : -1, WholeWord.indexIn(text.toString(), literal), literal + " in " + text);
            }
        }
    }
}
