package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.codeset.Code;
import org.opencac.models.codeset.CodeSet;

class CousinCodesTest {
    private static final CodeSet CODES = TestModels.models().codeSet();

    private static Code code(String c) {
        return CODES.get(c).orElseThrow();
    }

    /** The billable codes under the code's parent, itself left out (its siblings for these tests). */
    private static List<Code> siblingsOf(Code code) {
        return CODES.billableDescendants(code.parent()).stream().filter(x -> !x.equals(code)).toList();
    }

    private static List<String> cousins(String c) {
        Code code = code(c);
        return CousinCodes.of(CODES, code, siblingsOf(code), 400).stream().map(Code::code).toList();
    }

    @Test
    void anAxisSplitOneLevelUpGivesTheCodesOfTheOtherSubcategories() {
        List<String> cousins = cousins("F17.200");
        assertTrue(cousins.contains("F17.210"), cousins.toString());   // cigarettes, uncomplicated
        assertTrue(cousins.contains("F17.221"), cousins.toString());   // chewing tobacco, in remission
        assertTrue(cousins.stream().allMatch(c -> c.startsWith("F17.2")), cousins.toString());
    }

    @Test
    void theCodeAndItsSiblingsAreNoCousins() {
        List<String> cousins = cousins("F17.200");
        assertFalse(cousins.contains("F17.200"), cousins.toString());
        assertFalse(cousins.contains("F17.201"), cousins.toString());
    }

    @Test
    void aResidualOtherCodeNamesNoDocumentedAxis() {
        List<String> cousins = cousins("F17.200");
        assertFalse(cousins.contains("F17.218"), cousins.toString());   // "... with other nicotine-induced disorders"
        assertFalse(cousins.contains("F17.290"), cousins.toString());   // "other tobacco product"
    }

    @Test
    void cousinsNeverReachAcrossAWholeCategory() {
        assertEquals(List.of(), cousins("H66.90"));   // the codes of H66.9 are all of H66.9; H66 is a category
    }

    @Test
    void aCodeWithoutSiblingsHasNoCousins() {
        assertEquals(List.of(), CousinCodes.of(CODES, code("F17.200"), List.of(), 400));
    }

    @Test
    void moreCousinsThanTheLimitAreNone() {
        assertEquals(List.of(), CousinCodes.of(CODES, code("F17.200"), siblingsOf(code("F17.200")), 1));
    }

    @Test
    void aCodeOfASeventhCharacterHasCousinsOfTheSameOneOnly() {
        Code code = code("S52.90XA");
        List<Code> cousins = CousinCodes.of(CODES, code, siblingsOf(code), 400);
        assertFalse(cousins.isEmpty());
        assertTrue(cousins.stream().allMatch(c -> c.seventh() == 'A'), cousins.toString());
    }
}
