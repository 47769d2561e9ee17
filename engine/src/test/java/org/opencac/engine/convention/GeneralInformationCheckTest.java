package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

class GeneralInformationCheckTest {
    private static final GeneralInformationCheck CHECK = GeneralInformationCheck.standard();

    @Test
    void aHandoutDefiningAConditionCodesNothing() {
        CodingResult r = outpatient("SWIMMER'S EAR, also called otitis externa, is an infection of the ear canal."
                + " It often follows swimming.,WHAT CAN YOU DO?,Keep your ears dry and use the drops your doctor"
                + " gives you. Call if the otitis externa does not improve in a week.");
        assertTrue(r.suggestions().isEmpty(), r.suggestions().toString());
        assertTrue(r.mentions().stream().anyMatch(m -> "general_information".equals(m.reason())), r.mentions().toString());
    }

    @Test
    void aDefinitionFollowedByThePatientsOwnConditionIsCoded() {
        assertTrue(outpatientCodes("Otitis externa is an infection of the ear canal. The patient has otitis externa"
                + " of the right ear after swimming.").stream().anyMatch(c -> c.startsWith("H60")));
    }

    @Test
    void onlyADefinitionOpeningWithoutAPatientMakesGeneralInformation() {
        assertTrue(CHECK.isGeneralInformation("rice, stands for four steps after a sprain: rest, ice, wrap, lift. start now."));
        assertFalse(CHECK.isGeneralInformation("there is a small effusion of the left knee. no fracture."),
                "a record's finding, not a term defined");
        assertFalse(CHECK.isGeneralInformation("findings: the gallbladder is a thin-walled organ without stones."),
                "a section header opens a record");
        assertFalse(CHECK.isGeneralInformation("cellulitis is an infection of the skin. she has it on her leg."),
                "a patient named after the definition");
        assertEquals(false, CHECK.isGeneralInformation("the patient, a man of forty, has gout in a toe."));
    }

    @Test
    void theNotesOwnCaseIsReadAsWritten() {
        assertTrue(CHECK.isGeneralInformation("GOUT, Also Known As Podagra, Is A form of arthritis. Rest the joint."));
        assertFalse(CHECK.isGeneralInformation("There is a small effusion. No fracture."), "a record's finding");
        assertFalse(CHECK.isGeneralInformation("Gout is a form of arthritis. Mrs. Doe has it in a toe."),
                "a title names a particular patient");
    }
}
