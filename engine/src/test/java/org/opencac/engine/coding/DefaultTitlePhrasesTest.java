package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DefaultTitlePhrasesTest {
    private final DefaultTitlePhrases phrases = DefaultTitlePhrases.bundled();

    @Test
    void everyUnspecifiedCountsOnce() {
        assertEquals(2, phrases.marks("Otitis media, unspecified, unspecified ear"));
        assertEquals(1, phrases.marks("Otitis media, unspecified, right ear"));
    }

    @Test
    void withoutComplicationsCountsOnlyAtTheTitlesEnd() {
        assertEquals(1, phrases.marks("Type 2 diabetes mellitus without complications"));
        assertEquals(0, phrases.marks("Acute mastoiditis without complications, right ear"));
    }

    @Test
    void notSpecifiedAsAndStatusUnknownCountAnywhere() {
        assertEquals(1, phrases.marks("Unilateral inguinal hernia, without obstruction or gangrene, not specified as "
                + "recurrent"));
        assertEquals(1, phrases.marks("Concussion with loss of consciousness status unknown, initial encounter"));
    }

    @Test
    void uncomplicatedIsAPhraseButNoMark() {
        assertEquals(0, phrases.marks("Alcohol abuse, uncomplicated"));
        assertTrue(phrases.anyPhrase().matcher("Alcohol abuse, Uncomplicated").find());
    }

    @Test
    void notHavingAchievedRemissionIsAPhraseButNoMark() {
        assertEquals(0, phrases.marks("Acute lymphoblastic leukemia not having achieved remission"));
        assertTrue(phrases.writesPhrase("Acute lymphoblastic leukemia not having achieved remission"));
        assertFalse(phrases.writesPhrase("Acute lymphoblastic leukemia, in remission"));
    }

    @Test
    void theCodeResolverCountsTheSameMarks() {
        for (String title : new String[] {"Otitis media, unspecified, unspecified ear",
                "Type 2 diabetes mellitus without complications", "Alcohol abuse, uncomplicated"}) {
            assertEquals(phrases.marks(title), CodeResolver.defaultMarks(title), title);
        }
    }

    @Test
    void saysUnspecifiedInAnyCase() {
        assertTrue(phrases.saysUnspecified("Unspecified fracture of upper end of humerus"));
        assertFalse(phrases.saysUnspecified("Type 2 diabetes mellitus without complications"));
    }

    @Test
    void everyPhraseIsLeftOutOfATitle() {
        assertEquals("Type 2 diabetes mellitus in remission", phrases.anyPhrase()
                .matcher("Type 2 diabetes mellitus without complications in remission").replaceAll(" ")
                .replaceAll(" +", " "));
    }
}
