package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event dated by the patient's earlier age is past; quitting with someone's help as a goal is no former habit (team-written). */
class EarlierAgeAndHelpToQuitCueTest {

    @Test
    void aChildhoodInjuryDatedByThePatientsAgeIsNotCodedAsCurrent() {
        List<String> codes = outpatientCodes("HPI: He had a sprain of the right knee playing "
                + "soccer when he was 11, and now has a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("S8")), codes.toString());
    }

    @Test
    void theSameSprainToldWithoutAnEarlierAgeIsCoded() {
        List<String> codes = outpatientCodes("HPI: He had a sprain of the right knee playing "
                + "soccer last week and now has a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("S83")), codes.toString());
    }

    @Test
    void quittingSmokingWithSomeonesHelpAsAGoalIsNoFormerHabit() {
        List<String> codes = outpatientCodes("HPI: She wants a nicotine patch to help her quit "
                + "smoking.\nASSESSMENT: Hypertension.\n");
        assertFalse(codes.contains("Z87.891"), codes.toString());
    }
}
