package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition the note names, told elsewhere in general words, is one condition: 'pulmonary disease' said of a
 * patient followed for COPD is the COPD, 'psychiatric problems' of a patient with schizophrenia the schizophrenia;
 * and COPD told with emphysema is the emphysema (J44 Excludes1 J43; Index: Disease, lung, obstructive, with
 * emphysema, see Emphysema).
 */
class NamedConditionOverItsGeneralWordsTest {
    @Test
    void pulmonaryDiseaseSaidOfAPatientWithChronicBronchitisIsThatDisease() {
        List<String> codes = outpatientCodes("HISTORY: Her pulmonary disease is about the same as at the last visit.\n"
                + "ASSESSMENT: Chronic obstructive bronchitis, stable on inhalers.\n");
        assertFalse(codes.contains("J98.4"), codes.toString());
        List<String> alone = outpatientCodes("ASSESSMENT: Pulmonary disease, stable, we will see her in a month.\n");
        assertTrue(alone.contains("J98.4"), alone.toString());
    }

    @Test
    void psychiatricProblemsOfAPatientWithSchizophreniaAreTheSchizophrenia() {
        List<String> codes = outpatientCodes("HISTORY: He was in hospital last year for psychiatric problems.\n"
                + "ASSESSMENT: Schizophrenia, stable on his injections.\n");
        assertTrue(codes.contains("F20.9"), codes.toString());
        assertFalse(codes.contains("F99"), codes.toString());
    }

    @Test
    void copdToldWithEmphysemaIsTheEmphysema() {
        List<String> codes = outpatientCodes("ASSESSMENT: Chronic obstructive pulmonary disease with emphysema, stable.\n");
        assertTrue(codes.contains("J43.9"), codes.toString());
        assertFalse(codes.contains("J44.9"), codes.toString());
        List<String> alone = outpatientCodes("ASSESSMENT: Chronic obstructive pulmonary disease, stable.\n");
        assertTrue(alone.contains("J44.9"), alone.toString());
    }

    @Test
    void aPulmonaryDisorderIsADisorderOfTheLungNotOfThePulmonaryValve() {
        List<String> alone = outpatientCodes("IMPRESSION: Pulmonary disorder, to be followed by the chest clinic.\n");
        assertTrue(alone.contains("J98.4"), alone.toString());
        assertFalse(alone.contains("I37.8"), alone.toString());
        List<String> codes = outpatientCodes("HISTORY: Her pulmonary disorder is no worse than last spring.\n"
                + "ASSESSMENT: Chronic obstructive bronchitis, stable on inhalers.\n");
        assertFalse(codes.contains("J98.4"), codes.toString());
        assertFalse(codes.contains("I37.8"), codes.toString());
    }
}
