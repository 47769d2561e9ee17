package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.convention.SameConditionInput.kept;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.convention.SameConditionInput.Coded;

/** A vague code written only as a generic word ("lesion", "lymphoma") beside the specific code of that condition. */
class GenericHeadWordTest {

    @Test
    void aLesionOfTheBowelIsThePolypTheNoteDescribes() {
        assertEquals(List.of("K63.5"), kept(new Coded("K63.9", "Disease of intestine, unspecified", "lesion"),
                new Coded("K63.5", "Polyp of colon", "sessile polyp in the sigmoid colon")));
    }

    @Test
    void aLymphomaOfNoTypeIsTheTypedLymphomaOfTheSameBlock() {
        assertEquals(List.of("C83.30"), kept(
                new Coded("C85.90", "Non-Hodgkin lymphoma, unspecified, unspecified site", "lymphoma"),
                new Coded("C83.30", "Diffuse large B-cell lymphoma, unspecified site", "large B-cell lymphoma")));
    }

    @Test
    void aDisorderOfUncertainBehaviourIsTheNamedOneOfItsCategory() {
        assertEquals(List.of("D47.Z1"), kept(
                new Coded("D47.9", "Neoplasm of uncertain behavior of lymphoid, hematopoietic and related tissue,"
                        + " unspecified", "lymphoproliferative disorder"),
                new Coded("D47.Z1", "Post-transplant lymphoproliferative disorder (PTLD)", "PTLD after the graft")));
    }

    @Test
    void aLeukemiaDoesNotTakeInALymphomaOfTheSameBlock() {
        assertEquals(List.of("C85.90", "C91.10"), kept(
                new Coded("C85.90", "Non-Hodgkin lymphoma, unspecified, unspecified site", "lymphoma"),
                new Coded("C91.10", "Chronic lymphocytic leukemia of B-cell type not having achieved remission",
                        "chronic lymphocytic leukemia")));
    }

    @Test
    void aMassOfAnotherOrganStaysASecondCondition() {
        assertEquals(List.of("N28.89", "N28.1"), kept(
                new Coded("N28.89", "Other specified disorders of kidney and ureter", "ureteral lesion"),
                new Coded("N28.1", "Cyst of kidney, acquired", "simple cyst of the left kidney")));
    }

    @Test
    void aConditionNamedInItsOwnWordsStays() {
        assertEquals(List.of("K63.9", "K63.5"), kept(
                new Coded("K63.9", "Disease of intestine, unspecified", "bowel wall thickening"),
                new Coded("K63.5", "Polyp of colon", "polyp of the colon")));
    }

    @Test
    void aMassIsAFindingOfItsOwn() {
        assertEquals(List.of("K86.9", "K86.81"), kept(new Coded("K86.9", "Disease of pancreas, unspecified", "mass"),
                new Coded("K86.81", "Exocrine pancreatic insufficiency", "pancreatic insufficiency")));
    }
}
