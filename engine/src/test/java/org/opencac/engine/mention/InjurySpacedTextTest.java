package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A clause or title lower-cased with its non-word characters spaced, as the pattern it replaces read it. */
class InjurySpacedTextTest {

    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^a-z0-9 ]");

    private static String byPattern(String text) {
        return " " + NOT_WORD_OR_SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    }

    @Test
    void punctuationAndCapitalsReadAsThePatternReadThem() {
        assertEquals(" closed fracture  left  5th metatarsal  ",
                InjuryFinder.spaced("Closed fracture (left) 5th metatarsal."));
        assertEquals(byPattern("Contusion of right knee, initial-encounter"),
                InjuryFinder.spaced("Contusion of right knee, initial-encounter"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneSpaceAsWithThePattern() {
        String text = "tear \uD83D\uDE00 of \u0130liac wall \uD800 alone";
        assertEquals(byPattern(text), InjuryFinder.spaced(text));
    }

    @Test
    void generatedTextsReadAsThePatternReadThem() {
        Random random = new Random(42);
        String alphabet = "abcXYZ09 ,.-()/\u00e9\u0130\u00df\uD83D\uDE00\uD800\t";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(byPattern(text), InjuryFinder.spaced(text), text);
        }
    }
}
