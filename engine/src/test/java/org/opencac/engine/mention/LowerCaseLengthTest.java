package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The injury finder passes over a token whose length no injury word has without lower-casing it: that holds as
 * lower-casing keeps the length of every character but the capital I with a dot above, which it asks about.
 */
class LowerCaseLengthTest {
    @Test
    void lowerCasingKeepsTheLengthOfEveryCharacterButTheDottedCapitalI() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == '\u0130' || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            assertEquals(s.length(), s.toLowerCase(Locale.ROOT).length(), Integer.toHexString(cp));
            assertEquals(s.length() + 2, ("a" + s + "b").toLowerCase(Locale.ROOT).length(), Integer.toHexString(cp));
        }
        assertEquals(2, "\u0130".toLowerCase(Locale.ROOT).length());
    }
}
