package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A cross-reference naming a subterm by one of the forms its printed title lists ("see Hemorrhage, retina",
 * the subterm printed "retina, retinal") leads to that subterm, not back to the main term's unspecified code;
 * a reference reached through another one still stops where its printed titles stop. Site adjectives the
 * Index prints only as the organ's noun reach it.
 */
class ReferenceToATitleFormTest {

    @Test
    void aSubretinalHemorrhageIsARetinalHemorrhage() {
        CodingResult r = inpatientChecked("Ophthalmoscopy showed a subretinal hemorrhage.");
        assertTrue(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("H35.6")), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("R58"), NoteAssert.codes(r).toString());
    }

    @Test
    void ulcersOfTheCecumAreUlcersOfTheIntestine() {
        CodingResult r = inpatientChecked("Colonoscopy: the cecum had several ulcers.");
        assertTrue(NoteAssert.codes(r).contains("K63.3"), NoteAssert.codes(r).toString());
    }

    @Test
    void anArteryObstructionReadThroughItsSeeAlsoIsNoInfarction() {
        CodingResult r = inpatientChecked("Catheterization showed an obstruction of the right coronary artery.");
        assertFalse(NoteAssert.codes(r).stream().anyMatch(c -> c.startsWith("I21")), NoteAssert.codes(r).toString());
    }

    @Test
    void anIntraretinalHemorrhageIsOneOfTheRetinaOfItsEye() {
        CodingResult r = inpatientChecked("The fundus showed small intraretinal hemorrhages in the right eye.");
        assertTrue(NoteAssert.codes(r).contains("H35.61"), NoteAssert.codes(r).toString());
    }

    @Test
    void papillaryEdemaIsPapilledema() {
        CodingResult r = inpatientChecked("Ophthalmoscopy showed papillary edema in both eyes.");
        assertTrue(NoteAssert.codes(r).contains("H47.10"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("R60.9"), NoteAssert.codes(r).toString());
    }

    @Test
    void anIntraorbitalAbscessIsOneOfTheOrbit() {
        CodingResult r = inpatientChecked("CT showed an intraorbital abscess on the left.");
        assertTrue(NoteAssert.codes(r).contains("H05.012"), NoteAssert.codes(r).toString());
    }
}
