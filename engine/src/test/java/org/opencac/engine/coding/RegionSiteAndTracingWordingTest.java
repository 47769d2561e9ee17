package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Wordings a coder codes by region, site or kind that the lexicon lacked (clinical_synonyms.tsv), a vague code
 * said beside the condition the note names by its region or site (same_condition.json classDefaults), and two
 * words read in another sense (trigger_senses.tsv): the drowsy state of an EEG tracing, and the donor tissue
 * a recipient is grafted with; a liveborn infant told by its sex, the outcome of the delivery; and a woman's pelvic
 * adhesions, coded by the sex the Index names. Sentences are our own.
 */
class RegionSiteAndTracingWordingTest {

    @Test
    void aDegenerativeDiscWithItsRegionWrittenBetweenTheWordsIsThatRegionsDegeneration() {
        CodingResult r = outpatientChecked("Diagnosis: degenerative lumbar disc at two levels.");
        assertSuggested(r, "M51.369", 3);
        assertNotSuggested(r, "M51.9");
        assertSuggested(outpatientChecked("Diagnosis: degenerative cervical disc, stable."), "M50.30", 3);
    }

    @Test
    void discDiseaseSaidWithoutItsRegionIsTheRegionalDiscDisorderTheNoteNames() {
        CodingResult r = outpatientChecked("History: he has had degenerative disc disease for years.\n"
                + "Assessment: lumbar disc herniation with sciatica, worse this month.");
        assertNotSuggested(r, "M51.9");
        assertSuggested(outpatientChecked("Assessment: degenerative disc disease, seen on the old films."), "M51.9", 3);
    }

    @Test
    void aNeurogenicScoliosisIsNeuromuscular() {
        CodingResult r = outpatientChecked("Diagnosis: progressive neurogenic scoliosis in a boy with spina bifida.");
        assertSuggested(r, "M41.40", 3);
        assertNotSuggested(r, "M41.9");
    }

    @Test
    void anArteriovenousMalformationNamedByItsLobeIsOfTheCerebralVessels() {
        CodingResult r = outpatientChecked("Diagnosis: left temporal arteriovenous malformation.\n"
                + "The arteriovenous malformation was embolized without incident.");
        assertSuggested(r, "Q28.2", 3);
        assertNotSuggested(r, "Q27.30");
        assertNotSuggested(outpatientChecked("Assessment: arteriovenous malformation of the forearm, painless."),
                "Q28.2");
    }

    @Test
    void aBasalCellCaIsACarcinomaOfTheSkin() {
        CodingResult r = outpatientChecked("Preoperative diagnosis: basal cell CA.");
        assertSuggested(r, "C44.91", 3);
    }

    @Test
    void tendinosisOfARotatorCuffTendonIsARotatorCuffDisorder() {
        CodingResult r = outpatientChecked("Impression: moderate supraspinatus tendinosis.");
        assertSuggested(r, "M75.100", 3);
        assertNotSuggested(r, "M77.9");
    }

    @Test
    void theDrowsyStateOfAnEegTracingIsNoSymptom() {
        assertNotSuggested(outpatientChecked("Findings: as she became drowsy the background slowed to theta "
                + "activity."), "R40.0");
        assertSuggested(outpatientChecked("Assessment: he remains drowsy since the fall, so he is kept for "
                + "observation."), "R40.0", 5);
    }

    @Test
    void theDonorTissueARecipientIsGraftedWithIsNoDonorStatus() {
        assertNotSuggested(outpatientChecked("The donor cornea was trephined and sewn into the recipient bed."),
                "Z52.5");
        assertSuggested(outpatientChecked("Reason for visit: evaluation as a living kidney donor for her brother."),
                "Z52.4", 3);
    }

    @Test
    void aLiveBornInfantToldByItsSexIsTheOutcomeOfTheDelivery() {
        CodingResult r = outpatientChecked("Procedure: spontaneous vaginal delivery at 39 weeks of gestation.\n"
                + "After a short second stage a live born male was handed to the pediatric team.");
        assertSuggested(r, "Z37.0", 6);
    }

    @Test
    void aWomansPelvicAdhesionsAreFemalePelvicPeritonealAdhesions() {
        CodingResult r = outpatientChecked("The patient is a 41-year-old woman.\n"
                + "Postoperative diagnosis: pelvic adhesions and a simple cyst of the left ovary.");
        assertSuggested(r, "N73.6", 3);
        assertNotSuggested(r, "K66.0");
    }
}
