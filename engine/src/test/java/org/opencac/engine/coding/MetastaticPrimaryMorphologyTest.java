package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Metastatic" before a morphology whose Index entry names its site (osteosarcoma: bone) names that primary,
 * which has spread; a site the clause gives after "metastatic ... to" stays secondary (team-written).
 */
class MetastaticPrimaryMorphologyTest {

    @Test
    void metastaticOsteogenicSarcomaIsThePrimaryOfBone() {
        List<String> codes = outpatientCodes("ASSESSMENT: Metastatic osteogenic sarcoma, on chemotherapy.\n");
        assertTrue(codes.contains("C41.9"), codes.toString());
        assertFalse(codes.contains("C79.51"), codes.toString());
    }

    @Test
    void metastaticOsteosarcomaOfTheFemurIsThePrimaryOfTheFemur() {
        List<String> codes = outpatientCodes("ASSESSMENT: Metastatic osteosarcoma of the left femur.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C40.2")), codes.toString());
        assertFalse(codes.contains("C79.51"), codes.toString());
    }

    @Test
    void carcinomaMetastaticToTheBoneStaysSecondary() {
        List<String> codes = outpatientCodes("ASSESSMENT: Metastatic carcinoma to the bone.\n");
        assertTrue(codes.contains("C79.51"), codes.toString());
    }

    @Test
    void metastaticBoneDiseaseStaysSecondary() {
        List<String> codes = outpatientCodes("ASSESSMENT: Metastatic bone disease of the spine.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("C79.5")), codes.toString());
    }
}
