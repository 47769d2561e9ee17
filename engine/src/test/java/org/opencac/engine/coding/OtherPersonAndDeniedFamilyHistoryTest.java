package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCheckedCodes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.assertion.ContextRules;

/**
 * A family history code (Z80-Z84) is for a blood relative's condition the note affirms: not for a partner's, a
 * friend's, a contact's or an exposure's source patient's, and not for a relative the note denies.
 */
class OtherPersonAndDeniedFamilyHistoryTest {

    private static void assertNoFamilyHistoryCode(String note) {
        List<String> codes = outpatientCheckedCodes(note);
        assertTrue(codes.stream().noneMatch(c -> c.compareTo("Z80") >= 0 && c.compareTo("Z85") < 0),
                "no family history code expected: " + codes);
    }

    @Test
    void aFriendsOrPartnersConditionIsNoFamilyHistory() {
        assertNoFamilyHistoryCode("He says a couple of his friends have had heart attacks.");
        assertNoFamilyHistoryCode("Her husband has type 2 diabetes.");
    }

    @Test
    void theSourcePatientsInfectionIsNeitherThePatientsNorFamilyHistory() {
        // the person whose blood an exposed worker met: the worker is coded for the exposure, not for the infection
        List<String> codes = outpatientCheckedCodes("After the sharps injury the source patient carries hepatitis C.");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("B1") || c.startsWith("Z83")),
                "neither the infection nor a family history expected: " + codes);
        assertTrue(outpatientCheckedCodes("After the sharps injury the employee carries hepatitis C.").stream()
                .anyMatch(c -> c.startsWith("B1")), "the patient's own infection stays coded");
    }

    @Test
    void aRelativesConditionIsFamilyHistory() {
        assertTrue(outpatientCheckedCodes("Her mother has type 2 diabetes.").contains("Z83.3"));
        assertTrue(outpatientCheckedCodes("She and her friend say her brother has type 2 diabetes.").contains("Z83.3"));
    }

    @Test
    void aDeniedRelativesConditionIsNoFamilyHistory() {
        assertNoFamilyHistoryCode("He has never been treated for depression or had a family member with alcoholism.");
        assertNoFamilyHistoryCode("Never took any antidepressants or have ever had a family member with mental"
                + " illness.");
        assertNoFamilyHistoryCode("Nobody in the family has had colon cancer.");
        assertNoFamilyHistoryCode("None of her siblings has diabetes.");
    }

    @Test
    void anOtherPersonCueThatIsNoFamilyRuleFailsAtLoad() {
        assertThrows(IllegalArgumentException.class,
                () -> OtherPersonCues.of(List.of("neg_no"), ContextRules.standard().rules()));
    }
}
