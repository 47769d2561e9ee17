package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * Four cue rows read as data (team-written sentences): a modal list ("findings may include") is a general statement;
 * "but there is" after a clause about the family goes on telling of the family; "a history of uncontrolled" tells a
 * chronic condition held now; a node count with none positive denies the spread it names.
 */
class ModalListFamilyClauseControlAndNodeCountCueTest {

    @Test
    void aModalListOfFindingsIsHypothetical() {
        assertTrue(assess("Findings may include marked muscle spasm and reduced reflexes.", "muscle spasm")
                .hypothetical());
    }

    @Test
    void findingsIncludeWithoutAModalArePresent() {
        assertTrue(assess("Her findings include muscle spasm in the neck.", "muscle spasm").presentForPatient());
    }

    @Test
    void butThereIsAfterAClauseAboutTheFamilyIsTheFamilys() {
        Assertion a = assess("There is no reported asthma in her immediate family, but there is some diabetes.",
                "diabetes");
        assertEquals(Experiencer.FAMILY, a.experiencer());
        assertFalse(a.negated());
    }

    @Test
    void aNewSubjectAfterButIsThePatient() {
        assertEquals(Experiencer.PATIENT,
                assess("No heart disease was reported in his family, but he has asthma.", "asthma").experiencer());
    }

    @Test
    void butThereIsWithoutAFamilyWordIsThePatients() {
        assertEquals(Experiencer.PATIENT,
                assess("She has no asthma, but there is some wheezing today.", "wheezing").experiencer());
    }

    @Test
    void aHistoryOfUncontrolledChronicConditionIsHeldNow() {
        assertFalse(assessCoded("He has a history of uncontrolled hypertension.", "hypertension", "I10")
                .historical());
    }

    @Test
    void aHistoryOfAnUncontrolledAcuteEpisodeStaysHistorical() {
        assertTrue(assessCoded("She has a history of uncontrolled epistaxis after an extraction.", "epistaxis",
                "R04.0").historical());
    }

    @Test
    void noneOfTheCountedNodesPositiveForDeniesTheSpread() {
        assertTrue(assess("None of the 15 lymph nodes were positive for metastatic carcinoma.",
                "metastatic carcinoma").negated());
        assertTrue(assess("Pathology showed 0 of 9 lymph nodes were positive for metastatic disease.",
                "metastatic disease").negated());
    }

    @Test
    void someCountedNodesPositiveForIsTheSpreadFound() {
        assertFalse(assess("Two of the 15 lymph nodes were positive for metastatic carcinoma.",
                "metastatic carcinoma").negated());
    }
}
