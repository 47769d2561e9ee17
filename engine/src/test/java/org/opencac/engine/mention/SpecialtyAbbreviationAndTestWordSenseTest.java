package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Words of one specialty that another specialty's code shares (trigger_senses.tsv): an eye note's DMD and AF,
 * a celiac test panel or the celiac trunk, a cystic teratoma of an organ other than the ovary; and the
 * organism's genus abbreviated in a pneumocystis pneumonia (clinical_synonyms.tsv). Each still codes in its
 * own sense.
 */
class SpecialtyAbbreviationAndTestWordSenseTest {

    @Test
    void aDmdOfTheCorneaIsDescemetMembraneDetachmentNotDuchenneDystrophy() {
        CodingResult r = inpatientChecked("After the keratoplasty a DMD of the inferior cornea was seen and treated "
                + "with air.");
        assertNotSuggested(r, "G71.01");
        assertEquals("other_sense", mention(r, "DMD").reason());
        assertSuggested(inpatientChecked("Assessment: DMD with loss of walking at nine years."), "G71.01", 3);
    }

    @Test
    void fundusAutofluorescenceIsNoAtrialFibrillation() {
        CodingResult r = inpatientChecked("Fundus AF of the left eye showed a ring at the macula.");
        assertNotSuggested(r, "I48.91");
        assertSuggested(inpatientChecked("The monitor showed AF with a fast ventricular rate."), "I48.91", 3);
    }

    @Test
    void aCeliacPanelOrTheCeliacTrunkIsNoCeliacDisease() {
        assertNotSuggested(inpatientChecked("Laboratory work was unremarkable, including a celiac profile and "
                + "thyroid tests."), "K90.0");
        assertNotSuggested(inpatientChecked("The celiac trunk and the superior mesenteric artery were patent."),
                "K90.0");
        assertSuggested(inpatientChecked("Assessment: celiac disease diagnosed by biopsy, on a gluten-free diet."),
                "K90.0", 3);
    }

    @Test
    void aMatureCysticTeratomaOfAnotherOrganIsCodedAtThatSite() {
        CodingResult parotid = inpatientChecked("Histology showed a mature cystic teratoma in her right parotid "
                + "gland.");
        assertNotSuggested(parotid, "D27.0");
        assertSuggested(parotid, "D11.0", 3);
        assertSuggested(inpatientChecked("Histology showed a mature cystic teratoma in her left ovary."), "D27.1", 3);
    }

    @Test
    void pneumocystisPneumoniaWithItsGenusAbbreviatedIsPneumocystosis() {
        assertSuggested(inpatientChecked("Assessment: HIV infection complicated by P. jirovecii pneumonia."), "B59",
                3);
    }
}
