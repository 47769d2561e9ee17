package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list of histories naming the family and the social history before one shared head heads the patient's past history too: the patient's own
 * condition told there is a past one, the relatives' still family history (team-written sentences).
 */
class JoinedFamilySocialHistoryTest {

    @Test
    void aStrokeOfThePatientUnderAFamilyAndSocialHistoryHeaderIsNoCurrentStroke() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: An itchy rash on both shins.\n"
                + "FAMILY, SOCIAL, AND ALLERGY HISTORY: The patient has had a CVA. He is a nonsmoker.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I63")), codes.toString());
    }

    @Test
    void aRelativesConditionUnderTheSameHeaderIsNoConditionOfThePatient() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: An itchy rash on both shins.\n"
                + "FAMILY, SOCIAL, AND ALLERGY HISTORY: Retired teacher. Her mother had colon cancer.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("C18") || c.startsWith("Z85")), codes.toString());
    }
}
