package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The note's first documented age is the one a search of the age pattern from the start finds. */
class FirstAgeTest {

    @Test
    void findsTheFirstAgeInAnyOfItsWordings() {
        assertEquals("67", NoteFacts.firstAge("Seen today. A 67-year-old man, retired.").group(1));
        assertEquals("45", NoteFacts.firstAge("pt is 45 y/o, not 46 years old").group(2));
        assertEquals("3", NoteFacts.firstAge("Child, AGE: 3 today").group(3));
        assertNull(NoteFacts.firstAge("stage 3 lesion, page 12, a123 years old"));
    }

    @Test
    void answersAsASearchOfThePatternOnRandomTexts() {
        List<String> pieces = List.of("1", "23", "456", " ", "-", "year", "years", "yr", "old", "y", "/", "o", "age", "Aged",
                "AGE:", "a", "g", "e", "x", "\u00e9", "s", "d");
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            Matcher expected = NoteFacts.AGE.matcher(text);
            Matcher got = NoteFacts.firstAge(text.toString());
            if (expected.find()) {
                assertEquals(expected.start() + ":" + expected.group(), got.start() + ":" + got.group(), text.toString());
                for (int g = 1; g <= 3; g++) {
                    assertEquals(expected.group(g), got.group(g), text.toString());
                }
            } else {
                assertNull(got, text.toString());
            }
        }
    }
}
