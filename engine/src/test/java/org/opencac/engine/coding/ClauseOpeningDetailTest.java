package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

/**
 * A clause after a comma opens with a detail when its first word is a detail word or its first two words read as
 * title words holding one; the words are read as the index reads them, however often a note asks.
 */
class ClauseOpeningDetailTest {

    private static CodeResolver resolver() {
        ModelBundle models = TestModels.models();
        return CodeResolver.standard(models.codeSet(), models.index());
    }

    @Test
    void aPairReadAsAStageOpensADetailEachTimeItIsAsked() {
        CodeResolver resolver = resolver();
        for (int i = 0; i < 3; i++) {
            assertTrue(resolver.opensDetail("full", "thickness"));
            assertTrue(resolver.opensDetail("Full", "Thickness"));
        }
    }

    @Test
    void wordsOfNoDetailOpenNone() {
        CodeResolver resolver = resolver();
        assertFalse(resolver.opensDetail("full", "recovery"));
        assertFalse(resolver.opensDetail("seen", "today"));
        assertFalse(resolver.opensDetail("seen", null));
        assertFalse(resolver.opensDetail("the", "thickness"));
    }
}
