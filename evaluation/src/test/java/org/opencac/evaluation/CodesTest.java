package org.opencac.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void icd10cmCodesGetUpperCaseAndADotAfterTheCategory() {
        assertEquals("E11.9", Codes.normalize(Codes.ICD10CM, " e119 "));
        assertEquals("E11.9", Codes.normalize(Codes.ICD10CM, "E11.9"));
        assertEquals("S72.001A", Codes.normalize(Codes.ICD10CM, "s72001a"));
        assertEquals("I10", Codes.normalize(Codes.ICD10CM, "i10"));
    }

    @Test
    void procedureCodesHaveNoDot() {
        assertEquals("0DTJ4ZZ", Codes.normalize(Codes.ICD10PCS, "0dtj4zz"));
    }

    @Test
    void categoryIsTheFirstThreeCharacters() {
        assertEquals("E11", Codes.category("E11.9"));
        assertEquals("I10", Codes.category("I10"));
    }
}
