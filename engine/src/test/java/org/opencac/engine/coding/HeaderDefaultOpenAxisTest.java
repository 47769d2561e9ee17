package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.Code;

/**
 * A header's default child is the code that adds least to the header's title, and what a title leaves open
 * adds nothing: "unspecified as to length of time between rupture and onset of labor" and "unspecified whether
 * descended or undescended" name an axis the note did not document, as "unspecified type" does, so the code
 * saying so is the default, not a sibling that documents a preterm onset within a day; nor does a phrase saying a
 * detail is not documented ("not having achieved remission", "unspecified weeks of gestation").
 */
class HeaderDefaultOpenAxisTest {

    private static Code defaultOf(String header) {
        ModelBundle models = TestModels.models();
        CodeResolver resolver = CodeResolver.standard(models.codeSet(), models.index());
        return resolver.workedOutDefaultChild(models.codeSet().get(header).orElseThrow());
    }

    @Test
    void anUnspecifiedAsToPhraseIsAnOpenAxisOfTheDefault() {
        assertEquals("O42.90", defaultOf("O42").code());
    }

    @Test
    void anUnspecifiedWhetherPhraseIsAnOpenAxisOfTheDefault() {
        assertEquals("C62.90", defaultOf("C62").code());
    }

    @Test
    void aLeukemiaNotSaidToBeInRemissionDefaultsToNotHavingAchievedIt() {
        assertEquals("C91.90", defaultOf("C91.9").code());
    }
}
