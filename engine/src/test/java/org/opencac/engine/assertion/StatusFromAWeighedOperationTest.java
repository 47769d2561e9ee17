package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A status code (an implant, a transplant, an ostomy present) needs the operation done: one still being weighed,
 * planned, recommended, offered as an option or judged useful leaves no status yet (Guidelines I.C.21.c.3); one
 * the patient underwent keeps it (team-written sentences).
 */
class StatusFromAWeighedOperationTest {

    @Test
    void aHipReplacementBeingConsideredGivesNoImplantStatus() {
        List<String> codes = outpatientCodes("IMPRESSION: Right hip fracture, for which a right hip replacement"
                + " is being considered.\n");
        assertFalse(codes.contains("Z96.641"), codes.toString());
    }

    @Test
    void aTransplantBeingDiscussedGivesNoTransplantStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: End-stage renal disease. A kidney transplant was being"
                + " discussed with the renal team.\n");
        assertFalse(codes.contains("Z94.0"), codes.toString());
    }

    @Test
    void aRecommendedColostomyGivesNoOstomyStatus() {
        List<String> codes = outpatientCodes("PLAN: We recommend a colostomy after the next resection.\n");
        assertFalse(codes.contains("Z93.3"), codes.toString());
    }

    @Test
    void aKneeReplacementAmongTheOptionsGivesNoImplantStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Severe arthritis of the left knee. Options include a left"
                + " knee replacement or injections.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z96.65")), codes.toString());
    }

    @Test
    void aCandidateForAPacemakerHasNoPacemakerYet() {
        List<String> codes = outpatientCodes("ASSESSMENT: Sick sinus syndrome. He is a candidate for a permanent"
                + " pacemaker.\n");
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aKneeReplacementDoneYearsAgoKeepsItsStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Hypertension. Status post right total knee replacement"
                + " in 2010.\n");
        assertTrue(codes.contains("Z96.651"), codes.toString());
    }

    @Test
    void aPacemakerTalkedOverWithoutAnArticleIsStillTheirs() {
        List<String> codes = outpatientCodes("ASSESSMENT: Complete heart block. He has a permanent pacemaker. We"
                + " discussed his pacemaker battery life.\n");
        assertTrue(codes.contains("Z95.0"), codes.toString());
    }
}
