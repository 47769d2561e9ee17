package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.TestModels;
import org.opencac.models.ModelBundle;

/**
 * A part of a limb the clause names with its side is of that limb where a title names the limb only (D17.2- by arm
 * or leg and side), unless a code among those chosen from names the part itself (Guidelines I.B.13). A finger or
 * the thumb is of the hand where a title names the hand, the wrist of the forearm where a title names no wrist (the
 * musculoskeletal chapter's site list); the examiner's finger names no part of the patient. A toe or the hallux
 * is of the ankle and foot where a title names them.
 */
class PartOfASidedLimbTest {
    @Test
    void aLipomaOfTheForearmIsOneOfThatSidesArm() {
        CodingResult r = outpatient("Assessment: lipoma of the right forearm, excision planned.");
        assertSuggested(r, "D17.21", 3);
        assertNotSuggested(r, "D17.20");
    }

    @Test
    void aLipomaOfTheThighOrCalfIsOneOfThatSidesLeg() {
        assertSuggested(outpatient("Assessment: lipoma of the left thigh, slowly growing."), "D17.24", 3);
        assertSuggested(outpatient("Assessment: a soft lipoma over the right calf."), "D17.23", 3);
    }

    @Test
    void aLipomaOfAPartOfNoStatedSideKeepsTheUnspecifiedLimb() {
        CodingResult r = outpatient("Assessment: lipoma of the forearm, asymptomatic.");
        assertNotSuggested(r, "D17.21");
        assertNotSuggested(r, "D17.22");
    }

    @Test
    void aPartWithACodeOfItsOwnIsNeverTheRestOfTheLimb() {
        CodingResult r = outpatient("Assessment: varicose veins with a nonhealing right ankle ulcer.");
        assertNotSuggested(r, "I83.018");
        assertNotSuggested(r, "I83.008");
    }

    @Test
    void aFingersSynovitisIsOfTheHandOfItsSide() {
        CodingResult r = outpatient("Assessment: tenosynovitis of the left ring finger, splinted.");
        assertSuggested(r, "M65.942", 3);
        assertNotSuggested(r, "M65.90");
    }

    @Test
    void aWristsSynovitisIsOfTheForearmOfItsSide() {
        CodingResult r = outpatient("Assessment: synovitis of the left wrist after heavy lifting, splint given.");
        assertSuggested(r, "M65.932", 3);
        assertNotSuggested(r, "M65.90");
    }

    @Test
    void aWristNamedByItsOwnTitleStaysTheWrist() {
        assertSuggested(outpatient("Assessment: ganglion cyst of the right wrist, aspirated."), "M67.431", 3);
        assertSuggested(outpatient("Assessment: lipoma of the left wrist, small and soft."), "D17.22", 3);
    }

    @Test
    void aToesSynovitisIsOfTheAnkleAndFootOfItsSide() {
        CodingResult r = outpatient("Assessment: tenosynovitis of the right second toe, taped to its neighbour.");
        assertSuggested(r, "M65.971", 3);
        assertNotSuggested(r, "M65.90");
    }

    @Test
    void chronicOsteomyelitisOfTheHalluxIsOfTheAnkleAndFootOfItsSide() {
        ModelBundle models = TestModels.models();
        CodeResolver resolver = CodeResolver.standard(models.codeSet(), models.index());
        assertEquals("M86.672", resolver.resolve("M86.60", "chronic osteomyelitis, left hallux").code().code());
    }

    @Test
    void theExaminersGlovedFingerIsNoHandOfThePatient() {
        ModelBundle models = TestModels.models();
        CodeResolver resolver = CodeResolver.standard(models.codeSet(), models.index());
        String felt = "the wound is deep and with a gloved finger the bone is palpable, so this is chronic osteomyelitis";
        assertNotEquals("M86.649", resolver.resolve("M86.60", felt).code().code());
        String own = "the wound over the finger is deep and the bone is palpable, so this is chronic osteomyelitis";
        assertEquals("M86.649", resolver.resolve("M86.60", own).code().code());
    }
}
