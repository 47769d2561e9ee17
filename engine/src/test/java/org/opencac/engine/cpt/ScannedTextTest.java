package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A lower-cased text read in one pass is the text {@code toLowerCase(Locale.ROOT)} gives, ASCII or not. */
class ScannedTextTest {
    @Test
    void lowerCasedInOnePassEqualsTheStringsOwnLowerCase() {
        for (String t : List.of("", "already lower", "New Patient VISIT 99213", "@[]`{}~ AZaz 09",
                "Caf\u00c9 ANO", "\u0130stanbul GROUP", "\u03a3\u039f\u03a3 end", "\ud83d\ude00 X")) {
            ScannedText s = ScannedText.lowerCased(t);
            assertEquals(t.toLowerCase(Locale.ROOT), s.text(), t);
            assertArrayEquals(t.toLowerCase(Locale.ROOT).toCharArray(), s.chars(), t);
        }
    }
}
