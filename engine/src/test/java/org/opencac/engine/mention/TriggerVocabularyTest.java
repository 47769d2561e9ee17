package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void theCodeSetWordsKeptInTheCacheAreThoseReadFromTheCodeSet(@TempDir Path dir) throws IOException {
        ModelBundle models = TestModels.models();
        TriggerVocabulary.CodeSetWords read = TriggerVocabulary.CodeSetWords.of(models.codeSet());
        assertTrue(read.acronyms().contains("hiv"));
        assertFalse(read.nosInclusions().isEmpty());
        assertEquals(read, TriggerVocabulary.CodeSetWords.kept(models.codeSet(), dir));   // made and kept
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertEquals(read, TriggerVocabulary.CodeSetWords.kept(models.codeSet(), dir));   // read back
        assertEquals(TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex()),
                TriggerVocabulary.standard(models.codeSet(), models.alphabeticIndex(), Optional.of(dir)));
        byte[] kept = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), Arrays.copyOf(kept, kept.length / 2));   // truncated: made again, the same
        assertEquals(read, TriggerVocabulary.CodeSetWords.kept(models.codeSet(), dir));
        assertArrayEquals(kept, Files.readAllBytes(files.get(0)));
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
