package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

class TriggerVocabularyTest {

    @Test
    void theLoadedIndexTablesGiveTheSameVocabularyAsParsingTheirFiles() {
        ModelBundle models = TestModels.models();
        TriggerVocabulary parsed = TriggerVocabulary.standard(models.codeSet());
        TriggerVocabulary loaded = TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex());
        assertFalse(parsed.anatomy().isEmpty());
        assertFalse(parsed.substances().isEmpty());
        assertEquals(parsed, loaded);
    }

    @Test
    void acronymsNeedTwoCapitalsAndAreNotFoundInAllCapitalTitles() {
        Set<String> out = new HashSet<>();
        TriggerVocabulary.addAcronyms("Human immunodeficiency virus [HIV] disease", out);
        TriggerVocabulary.addAcronyms("Prostatic intraepithelial neoplasia", out);
        TriggerVocabulary.addAcronyms("Type A", out);
        TriggerVocabulary.addAcronyms("ALL IN CAPITALS PIN", out);
        assertTrue(out.contains("hiv"));
        assertEquals(Set.of("hiv"), out);
    }

    @Test
    void theStructureWordsAreTheStructureRowsOfTheAnatomyFileReadWithTheOtherRows() {
        TriggerVocabulary v = TriggerVocabulary.standard(TestModels.models().codeSet());
        assertTrue(v.structureWords().containsAll(Set.of("artery", "bone")), v.structureWords().toString());
        assertFalse(v.structureWords().contains("left"));
        assertTrue(v.anatomy().containsAll(v.structureWords()));
    }
}
