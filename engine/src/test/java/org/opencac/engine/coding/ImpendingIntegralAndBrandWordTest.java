package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An impending condition is not coded (Guidelines I.B.11); a fetal malpresentation and an
 * incompetent glottis are read; the deformity of a fractured limb is the fracture's sign; a spinal cord
 * compression is held by the myelopathy code of its spondylosis; a stent named after vision is no eye.
 */
class ImpendingIntegralAndBrandWordTest {

    @Test
    void anImpendingCompartmentSyndromeIsNotCoded() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Closed fracture of the shaft of the left "
                + "tibia.\n\nINDICATIONS: The calf was tense, with impending compartment syndrome, so a fasciotomy "
                + "was done with the fixation.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("T79.A")), codes.toString());
    }

    @Test
    void aCompartmentSyndromeThatOccurredIsCoded() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Compartment syndrome of the left leg.\n\n"
                + "INDICATIONS: The calf was tense and painful after the crush injury.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("T79.A")), codes.toString());
    }

    @Test
    void aFetalMalpresentationIsMaternalCareForMalpresentation() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSES:\n1. Intrauterine pregnancy at 39 weeks.\n"
                + "2. Malpresentation.\n\nPROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.contains("O32.9XX0"), codes.toString());
    }

    @Test
    void anIncompetentGlottisIsADiseaseOfTheVocalCords() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Incompetent glottis.\n\n"
                + "OPERATION: Injection laryngoplasty.\n");
        assertTrue(codes.contains("J38.3"), codes.toString());
    }

    @Test
    void theDeformityOfAFracturedAnkleIsNoAcquiredDeformity() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Displaced fracture of the neck of the left talus.\n\n"
                + "HISTORY: He jumped from a wall and landed on his left foot. There was gross deformity of the "
                + "ankle.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S92.1")), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("M21.9")), codes.toString());
    }

    @Test
    void aCordCompressionBesideSpondylosisWithMyelopathyIsNotCodedApart() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Cervical spondylosis with myelopathy.\n\n"
                + "INDICATIONS: This man has cervical spondylosis with myelopathy and cord compression at C5-C6.\n");
        assertTrue(codes.contains("M47.12"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("G95.2")), codes.toString());
    }

    @Test
    void aStentSystemNamedAfterVisionIsNoLossOfVision() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Coronary artery disease.\n\nPROCEDURE: Two Vision bare "
                + "metal stents were placed to decrease the stenoses to zero.\n");
        assertTrue(codes.contains("I25.10"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("H54")), codes.toString());
    }
}
