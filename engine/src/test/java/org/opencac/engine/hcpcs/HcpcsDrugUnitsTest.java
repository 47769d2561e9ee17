package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.DataFiles;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** Drug units from the documented dose and the code's billing unit; supplies from the team list. */
class HcpcsDrugUnitsTest {
    private static final HcpcsModule MODULE = HcpcsModule.bundled();
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(MODULE));

    private static Map<String, Integer> code(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0)
                .suggestions().stream().collect(Collectors.toMap(Suggestion::code, Suggestion::units));
    }

    @Test
    void ceftriaxoneOneGramIsFourUnitsOf250Milligrams() {
        assertEquals(Map.of("J0696", 4), code("Ceftriaxone 1 g IM was given in clinic."));
    }

    @Test
    void unitsAreTheDoseOverTheBillingUnitRoundedUp() {
        assertEquals(Map.of("J1885", 2), code("Ketorolac 30 mg IV once."));
        assertEquals(Map.of("J2405", 4), code("Ondansetron 4 mg IV for nausea."));
        assertEquals(Map.of("J2270", 1), code("Morphine 4 mg IV push."), "up to 10 mg is one unit");
        assertEquals(Map.of("J1100", 10), code("Dexamethasone sodium phosphate 10 mg intramuscularly."));
        assertEquals(Map.of("J3420", 1), code("Vitamin B-12 cyanocobalamin 1000 mcg IM monthly.").entrySet().stream()
                .filter(e -> e.getKey().equals("J3420")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void aDoseWrittenBeforeTheDrugNameIsReadWhenTheInjectionFollows() {
        assertEquals(Map.of("J1040", 1), code("She received 80 mg of methylprednisolone acetate injected into the bursa."));
        assertEquals(Map.of(), code("He takes 80 mg of methylprednisolone acetate for his knee."), "no route: not given here");
        assertEquals(Map.of(), code("We mixed 10 mg of lidocaine and methylprednisolone acetate, injected slowly."),
                "the dose belongs to the other drug");
    }

    @Test
    void aDoseGivenThroughEachNeedleCountsOnceForEachNeedleNamed() {
        assertEquals(Map.of("J1040", 2), code("Procedure:\nTwo spinal needles were placed under fluoroscopy. Then 80 mg "
                + "of methylprednisolone acetate was injected through each needle.\n"), "two needles named");
        assertEquals(Map.of("J1040", 2), code("Procedure:\nOne needle was placed at the right L3 foramen and one at the "
                + "right L4 foramen. Then 80 mg of methylprednisolone acetate was injected through each needle.\n"),
                "a needle at each of two levels");
        assertEquals(Map.of("J1040", 1), code("Procedure:\nThe needles were placed under fluoroscopy. Then 80 mg of "
                + "methylprednisolone acetate was injected through each needle.\n"), "no count named: as written");
    }

    @Test
    void aVolumeBeforeANameIsAMixturePartNotADose() {
        assertEquals(Map.of("J1040", 1), code("Then 80 mg Depo-Medrol and 5 cc of normal saline were injected."));
    }

    @Test
    void aVolumeOfAGivenConcentrationIsTheDoseTheyMake() {
        assertEquals(Map.of("J1020", 1), code("The tendon sheath received an injection of 0.5 mL of "
                + "methylprednisolone acetate 40 mg/mL."), "half a millilitre at 40 mg a millilitre is 20 mg");
        assertEquals(Map.of("J3301", 4), code("The joint was injected with 1 mL of triamcinolone acetonide 40 mg/mL."),
                "40 mg in units of 10 mg");
        assertEquals(Map.of(), code("The vial holds 1 mL of triamcinolone acetonide 40 mg/mL."), "no route: not given");
    }

    @Test
    void theRouteOfAMixtureIsReadPastTheOtherPartsOfIt() {
        assertEquals(Map.of("J1040", 1), code("A mixture of 80 mg of methylprednisolone acetate with 3 cc of 2% lidocaine "
                + "and 4 cc of sterile saline was slowly injected."));
        assertEquals(Map.of("J1040", 1), code("We gave 80 mg Depo-Medrol, 1 cc of bupivacaine plain, and 2 cc of "
                + "preservative free saline, then injected it over a minute."));
        assertEquals(Map.of(), code("She keeps 80 mg of methylprednisolone acetate with 3 cc of lidocaine at home."),
                "no route after the mixture: not given here");
    }

    @Test
    void aDoseWithADailyOrMoreFrequentScheduleIsARegimenNotADoseGivenHere() {
        assertEquals(Map.of(), code("Ceftriaxone 1 g IV q24h was continued for the pneumonia."));
        assertEquals(Map.of(), code("She was treated with Solu-Medrol 1 g IV daily for the relapse."));
        assertEquals(Map.of("J2930", 1), code("Solu-Medrol 125 mg IV was given once in the office."));
    }

    @Test
    void aBrandNameIsCodedAsItsGenericDrug() {
        assertEquals(Map.of("J1040", 2), code("Then 160 mg Depo-Medrol was injected into the joint."));
        assertEquals(Map.of("J3301", 4), code("Kenalog 40 mg was injected into the left shoulder."));
        assertEquals(Map.of("J1100", 10), code("Decadron 10 mg IV was given before the procedure began."));
        assertEquals(Map.of("J3303", 4), code("Then 20 mg of Aristospan was injected into the right knee."));
    }

    @Test
    void hyaluronidaseNamedWithoutItsSourceIsTheGeneralCodeBilledBy150Units() {
        assertEquals(Map.of("J3470", 2), code("Next 300 units of Wydase were injected through the needle."));
        assertEquals(Map.of("J3470", 1), code("Hyaluronidase 150 units was injected into the epidural space."));
    }

    @Test
    void aDoseDrawnUpInOneSentenceIsGivenByTheRouteTheNextSentenceNames() {
        assertEquals(Map.of("J1100", 6), code("For the bursa, 6 mg of dexamethasone and some bupivacaine were drawn up "
                + "together. The bursa was injected from the lateral side."));
        assertEquals(Map.of(), code("For the bursa, 6 mg of dexamethasone were drawn up. She then chose to wait."));
        assertEquals(Map.of(), code("Then 6 mg of dexamethasone was mixed in a syringe. The bursa was injected."),
                "a sentence that does not say it was drawn up reads no route in the next");
    }

    @Test
    void aDoseHyphenatedToItsUnitAndGivenByTheVerbOpeningItsClauseIsRead() {
        assertEquals(Map.of("J3301", 4), code("I injected the right wrist with 40-mg of Kenalog and 1 cc of lidocaine."));
        assertEquals(Map.of("J3301", 4), code("Kenalog 40-mg was injected into the ankle."));
        assertEquals(Map.of(), code("She takes 40-mg of prednisone every day."));
    }

    @Test
    void aStrengthThatBillsTheDoseInWholeUnitsIsPreferredAndPreservativeFreeFormsNeedNaming() {
        assertEquals(Map.of("J3301", 4), code("Triamcinolone acetonide 40 mg injected into the knee."));
        assertEquals(Map.of("J3300", 4), code("Preservative free triamcinolone acetonide 4 mg intravitreal injection."));
        assertEquals(Map.of("J1020", 5), code("Methylprednisolone acetate 100 mg intramuscularly."), "no strength divides 100 mg");
        assertEquals(Map.of("J1100", 4), code("Dexamethasone 4 mg IM was given."), "the acetate suspension needs naming");
    }

    @Test
    void drugsByMouthOrNotGivenAreNotCoded() {
        assertEquals(Map.of(), code("Ceftriaxone was considered but not given; amoxicillin 500 mg by mouth."));
        assertEquals(Map.of(), code("No ketorolac 30 mg IV because of kidney disease."));
    }

    @Test
    void documentedEquipmentIsCodedAndNegatedIsNot() {
        assertEquals(Map.of("E0114", 1), code("She was fitted with crutches and taught to walk."));
        assertEquals(Map.of(), code("She does not need a walker."));
    }

    @Test
    void aWheelchairSuppliedIsCodedButAWheelchairBoundPatientIsNot() {
        assertEquals(Map.of("K0001", 1), code("A standard wheelchair was dispensed today."));
        assertEquals(Map.of("K0001", 1), code("Wheelchair provided for home use."));
        assertEquals(Map.of(), code("The patient is wheelchair-bound after the stroke."));
        assertEquals(Map.of(), code("Wheelchair bound since 2019, lives with her daughter."));
        assertEquals(Map.of(), code("He is confined to a wheelchair."));
        assertEquals(Map.of(), code("Arrived in a wheelchair, alert and oriented."));
        assertEquals(Map.of(), code("Wheelchair dependent for mobility."));
    }

    @Test
    void aWheelchairOwnedStillToBeObtainedOrAssessedForIsNotOneSupplied() {
        assertEquals(Map.of(), code("He transfers from a wheelchair to the bed with help."));
        assertEquals(Map.of(), code("She slipped and struck her knee on a wheelchair."));
        assertEquals(Map.of(), code("Social work will arrange for him to get a wheelchair."));
        assertEquals(Map.of(), code("His son purchased a folding wheelchair last month."));
        assertEquals(Map.of(), code("Seen in the wheelchair clinic for evaluation for a new wheelchair."));
        assertEquals(Map.of("K0001", 1), code("A standard wheelchair was dispensed today."));
    }

    @Test
    void aDeviceThePatientAlreadyUsesIsNotCodedButOneDispensedIs() {
        assertEquals(Map.of("E0130", 1), code("A front-wheeled walker was dispensed today."));
        assertEquals(Map.of(), code("She uses a walker at home since her hip surgery."));
        assertEquals(Map.of(), code("He fell when walking with a walker in the hallway."));
        assertEquals(Map.of(), code("She tripped over her walker last night."));
        assertEquals(Map.of(), code("He gets around the house using a cane."));
        assertEquals(Map.of(), code("He has been on crutches for a week."));
    }

    @Test
    void anotherSenseOfADeviceWordIsNoSupply() {
        assertEquals(Map.of(), code("A walker boot was fitted to the right foot."));
        assertEquals(Map.of(), code("Idiopathic toe walker since early childhood."));
        assertEquals(Map.of(), code("Legs placed in candy cane stirrups."));
        assertEquals(Map.of(), code("Wheezing eased after a nebulizer treatment in clinic."));
    }

    @Test
    void everySupplyCodeExistsInTheLoadedFile() {
        DataFiles.rows("/org/opencac/engine/hcpcs/supplies.tsv", "phrase\tcode",
                (cols, lineNo) -> assertTrue(MODULE.codes().code(cols[1]).isPresent(), cols[1] + " is not in the HCPCS file"));
    }
}
