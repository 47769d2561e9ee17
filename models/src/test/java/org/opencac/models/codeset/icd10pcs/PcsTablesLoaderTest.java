package org.opencac.models.codeset.icd10pcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PcsTablesLoaderTest {
    private static final PcsTables TABLES = PcsTablesLoader.loadBundled();
    private static final PcsDefinitions DEFINITIONS = PcsDefinitionsLoader.loadBundled();

    @Test
    void theTablesExpandToEveryValidCodeOfTheRelease() {
        assertEquals(914, TABLES.tableCount());
        assertEquals(79_115, TABLES.codeCount(), "the FY2026 order file lists 79,115 valid codes");
        assertEquals("ICD-10-PCS FY2026", TABLES.version().label());
    }

    @Test
    void aCodeIsValidOnlyWhenOneRowAllowsAllItsCharacters() {
        assertTrue(TABLES.isValid("0FT44ZZ"), "laparoscopic cholecystectomy");
        assertTrue(TABLES.isValid("BW03ZZZ"), "chest radiograph");
        assertFalse(TABLES.isValid("0FT47ZZ"), "no via-natural-opening resection of the gallbladder");
        assertFalse(TABLES.isValid("0TT20ZG"), "hand-assisted is not a qualifier of open bilateral nephrectomy");
        assertTrue(TABLES.isValidPrefix("0TT2"));
        assertFalse(TABLES.isValidPrefix("0FTZ"));
        assertFalse(TABLES.isValid("0FT4"), "four characters are a prefix, not a code");
    }

    @Test
    void describesACodeFromItsTableLabels() {
        assertEquals("Resection of Gallbladder, Percutaneous Endoscopic (Hepatobiliary System and Pancreas)",
                TABLES.describe("0FT44ZZ").orElseThrow());
    }

    @Test
    void readsRootOperationDefinitionsAndTheBodyPartKey() {
        assertEquals("Cutting out or off, without replacement, a portion of a body part",
                DEFINITIONS.definition('0', "Excision"));
        assertTrue(DEFINITIONS.bodyPartKey().get("hallux").contains("1st Toe, Right"));
        assertTrue(DEFINITIONS.approaches().get("Percutaneous Endoscopic").startsWith("Entry, by puncture"));
    }

    @Test
    void aFileThatIsNotPcsTablesFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcsTablesLoader.read(
                new ByteArrayInputStream("<notPcs/>".getBytes(StandardCharsets.UTF_8)), "bad.xml"));
        assertTrue(e.getMessage().contains("bad.xml"));
    }
}
