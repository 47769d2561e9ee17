package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon terms for the way case reports word status and sites (team-written sentences). */
class CaseReportWordingTest {

    @Test
    void dialysisOxygenAndWheelchairStatusAreReadAsCaseReportsWordThem() {
        assertTrue(inpatientCodes("She has been in a hemodialysis program for six years.").contains("Z99.2"));
        assertTrue(inpatientCodes("Known emphysema on chronic home oxygen.").contains("Z99.81"));
        assertTrue(inpatientCodes("He has needed a wheelchair since a spinal injury.").contains("Z99.3"));
    }

    @Test
    void anInfarctionNamedByItsWallIsTheStemiOfThatWall() {
        List<String> codes = inpatientCodes("He was admitted with an acute inferior myocardial infarction.");
        assertTrue(codes.contains("I21.19"), codes.toString());
        assertFalse(codes.contains("I21.9"), codes.toString());
        assertTrue(inpatientCodes("Two days later an anteroseptal AMI was diagnosed.").contains("I21.09"));
        assertTrue(inpatientCodes("The echocardiogram followed a posterior myocardial infarction.").contains("I21.29"));
    }

    @Test
    void aTesticleIsTheTestisAndAHemiscrotumOneSideOfTheScrotum() {
        assertTrue(inpatientCodes("The boy had had pain in his left testicle for two days.").contains("N50.812"));
        assertTrue(inpatientCodes("He complained of pain in the right hemiscrotum.").contains("N50.82"));
    }

    @Test
    void anInguinalRegionIsTheGroinAndItsSideTheLowerQuadrantOfThatSide() {
        assertTrue(inpatientCodes("For a week she had felt pain in the left inguinal region.").contains("R10.32"));
        assertTrue(inpatientCodes("He had pain in the right groin after lifting.").contains("R10.31"));
        assertTrue(inpatientCodes("A right inguinal hernia was repaired.").contains("K40.90"));
    }

    @Test
    void aHemithoraxIsOneSideOfTheChestButUpperThoracicPainIsNotChestPain() {
        assertTrue(inpatientCodes("She woke with pain in the left hemithorax.").contains("R07.9"));
        assertFalse(inpatientCodes("Her upper thoracic pain began after she fell onto her back.").contains("R07.9"));
    }

    @Test
    void lumbosciaticPainIsLumbagoWithSciatica() {
        assertTrue(inpatientCodes("The man had lumbosciatic pain on the left for weeks.").contains("M54.42"));
        assertTrue(inpatientCodes("She was treated for lumbosciatica.").contains("M54.40"));
    }

    @Test
    void anEndobronchialTumorIsOfTheBronchus() {
        assertTrue(inpatientCodes("Bronchoscopy found an endobronchial tumor.").contains("D49.1"));
    }

    @Test
    void theGlansIsThePenis() {
        assertTrue(inpatientCodes("For a week he had felt pain in the glans.").contains("N48.89"));
        assertTrue(inpatientCodes("The examination found gangrene of the glans.").contains("N48.29"));
    }

    @Test
    void anEosinophilicCytoplasmIsNotEosinophilia() {
        assertFalse(inpatientCodes("The biopsy showed large cells with eosinophilic cytoplasm.").contains("D72.10"));
        assertTrue(inpatientCodes("The blood count showed eosinophilia.").contains("D72.10"));
    }

    @Test
    void aGanglionWithMetastasesIsALymphNodeNotAGanglionCyst() {
        assertFalse(inpatientCodes("Two of the eight iliac ganglions held metastases of the carcinoma.").toString().contains("M67.4"));
        assertTrue(inpatientCodes("She had a painful ganglion on the back of the right "
                + "wrist.").toString().contains("M67.4"));
    }

    @Test
    void aFallToTheGroundIsCodedBesideTheInjuryItCaused() {
        assertTrue(inpatientCodes("He fainted at home with a fall to the ground and a mild head "
                + "trauma.").contains("W19.XXXA"));
        assertFalse(inpatientCodes("After an accidental fall she reported pain in the left "
                + "shoulder.").contains("W19.XXXA"));
    }

    @Test
    void aDecreaseInVisionNamedByItsEyeIsTheVisualLossOfThatEye() {
        assertTrue(inpatientCodes("For two months she had noticed a decrease in vision in her right "
                + "eye.").contains("H54.61"));
        assertTrue(inpatientCodes("He had decreased vision in both eyes.").contains("H54.3"));
    }

    @Test
    void aTherapyLongTermByNatureIsReadInANarrativeWithoutAMedicationList() {
        assertTrue(inpatientCodes("An 80-year-old man with type 2 diabetes treated with metformin came for a cough.").contains("Z79.84"));
        assertTrue(inpatientCodes("She has atrial fibrillation, anticoagulated with acenocoumarol, and came for a cough.").contains("Z79.01"));
        assertFalse(inpatientCodes("After the operation he was given enoxaparin for ten days.").contains("Z79.01"));
    }

    @Test
    void translatedWordsForAlcoholAndLymphNodesReadAsTheEnglishOnes() {
        assertTrue(inpatientCodes("He was admitted with enolic cirrhosis.").contains("K70.30"));
        assertTrue(inpatientCodes("The examination found a submandibular adenomegaly.").contains("R59.0"));
        assertTrue(inpatientCodes("For a month she had had hyporexia.").contains("R63.0"));
    }

    @Test
    void anExanthemIsARashAndAPneumomediastinumAMediastinalEmphysema() {
        assertTrue(inpatientCodes("On the third day she developed a generalized exanthema.").contains("R21"));
        assertTrue(inpatientCodes("The chest film showed a pneumomediastinum.").contains("J98.2"));
    }

    @Test
    void seizuresCountedPerFieldOfASedimentAreNotConvulsions() {
        assertFalse(inpatientCodes("The urine sediment showed 4-6 seizures per field.").contains("R56.9"));
        assertTrue(inpatientCodes("She was brought in after a seizure at home.").contains("R56.9"));
    }

    @Test
    void cervicalNamesTheCervixUteriOnlyInAGynecologicalSentence() {
        assertFalse(inpatientCodes("The myelogram showed cervical stenosis at two levels.").toString().contains("N88"));
        assertTrue(inpatientCodes("Speculum examination showed a stenotic cervical os.").contains("N88.2"));
    }

    @Test
    void aPregnancyInAChildsBirthHistoryIsTheMothers() {
        List<String> codes = inpatientCodes("The boy was the product of an uncomplicated pregnancy and a spontaneous vaginal delivery.");
        assertFalse(codes.toString().contains("Z34"), codes.toString());
        assertFalse(codes.contains("O80"), codes.toString());
    }
}
