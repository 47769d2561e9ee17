package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** G and Q codes found from their own descriptors (plus the team's synonyms), chosen by the rest of them. */
class HcpcsServiceCodesTest {
    private static final HcpcsModule MODULE = HcpcsModule.bundled();
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(MODULE));

    private static SystemResult result(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0);
    }

    private static Map<String, Integer> code(String text) {
        return result(text).suggestions().stream().collect(Collectors.toMap(Suggestion::code, Suggestion::units));
    }

    @Test
    void vaccineAdministrationIsFoundByDescriptorAndSynonymWording() {
        assertEquals(Map.of("G0008", 1), code("Influenza virus vaccine administered in the left deltoid today."));
        assertEquals(Map.of("G0008", 1), code("Flu shot given, tolerated well."));
        assertEquals(Map.of("G0009", 1), code("Pneumococcal vaccine was administered before discharge from clinic."));
        assertEquals(Map.of("G0010", 1), code("Hepatitis B vaccine given as the second dose of the series."));
    }

    @Test
    void screeningColonoscopyIsAverageRiskUnlessHighRiskIsDocumented() {
        assertEquals(Map.of("G0121", 1), code("Screening colonoscopy performed today; the cecum was reached."));
        assertEquals(Map.of("G0121", 1), code("Screening colonoscopy for an average risk patient aged 55."));
        assertEquals(Map.of("G0105", 1), code("Screening colonoscopy on a patient at high risk given a family history of colon cancer."));
    }

    @Test
    void theChosenCodeListsTheCodesNotChosenWithWhy() {
        Suggestion s = result("Screening colonoscopy on a patient at high risk given a family history of colon cancer.")
                .suggestions().get(0);
        assertTrue(s.alternatives().stream().anyMatch(a -> a.code().equals("G0121") && a.reason().contains("excludes")),
                s.alternatives().toString());
        assertTrue(s.evidence().get(0).text().equals("Screening colonoscopy"), s.evidence().toString());
    }

    @Test
    void annualWellnessVisitNeedsInitialOrSubsequentElseItIsQueried() {
        assertEquals(Map.of("G0439", 1), code("Annual wellness visit, subsequent, with an updated prevention plan."));
        assertEquals(Map.of("G0438", 1), code("This is her first annual wellness visit."));
        SystemResult r = result("Medicare annual wellness visit completed.");
        assertEquals(List.of(), r.suggestions());
        assertEquals(1, r.queries().size());
        assertEquals(List.of("G0438", "G0439"), r.queries().get(0).options());
        assertEquals("G043", r.queries().get(0).code(), "the query names what the options share");
    }

    @Test
    void aLaboratoryTestSentOutIsTheLaboratorys() {
        assertEquals(Map.of(), code("Prostate cancer screening with a prostate specific antigen test ordered."));
        assertEquals(Map.of(), code("I gave him a slip to go to the lab for a screening prostate specific antigen test."));
    }

    @Test
    void aScreeningPapIsNotCodedWhereTheNoteNamesAnAbnormalPap() {
        assertEquals(Map.of("Q0091", 1), code("Screening Pap smear obtained."));
        assertEquals(Map.of(), code("History of an abnormal Pap with ASCUS. Screening Pap smear obtained."));
    }

    @Test
    void aSentenceNegatedFromItsStartCodesNoService() {
        assertEquals(Map.of(), code("None of his family members received a flu shot."));
    }

    @Test
    void screeningsAndCounsellingByTheirOwnWording() {
        assertEquals(Map.of("G0444", 1), code("Depression screening with the PHQ-9 was negative."));
        assertEquals(Map.of("G0442", 1), code("Alcohol screening with AUDIT-C, score 2."));
        assertEquals(Map.of("G0443", 1), code("Brief alcohol counseling was provided for 15 minutes."));
        assertEquals(Map.of("G0101", 1), code("Screening pelvic exam and clinical breast examination were normal."));
        assertEquals(Map.of("G0103", 1), code("Prostate cancer screening with a prostate specific antigen test run in the office lab."));
        assertEquals(Map.of("G0402", 1), code("Welcome to Medicare visit with a review of his risk factors."));
        assertEquals(Map.of("G0447", 1), code("Obesity counseling for 15 minutes on diet and exercise."));
    }

    @Test
    void electricalStimulationForTherapyIsNotTheWoundCode() {
        assertEquals(Map.of("G0283", 1), code("Unattended electrical stimulation to the lumbar paraspinals for low back pain, "
                + "as part of the therapy plan of care."));
        assertEquals(Map.of("G0281", 1), code("Unattended electrical stimulation to the chronic stage 3 pressure ulcer, "
                + "not healing after 30 days of conventional care."));
    }

    @Test
    void papSmearCollectionIsQ0091() {
        assertEquals(Map.of("Q0091", 1), code("Screening Pap smear obtained and sent to the laboratory."));
    }

    @Test
    void noScreeningPapCollectionBelowTheScreeningAgeOrInPregnancyCare() {
        assertEquals(Map.of("Q0091", 1), code("A 34-year-old woman. Pap smear obtained and sent to the laboratory."));
        assertEquals(Map.of(), code("An 18-year-old woman. Pap smear obtained and sent to the laboratory."));
        assertEquals(Map.of(), code("First obstetrical visit at 9 weeks gestation. Pap smear obtained and sent to the laboratory."));
    }

    @Test
    void castSuppliesByCastMaterialAndTheDocumentedAge() {
        assertEquals(Map.of("Q4010", 1), code("45-year-old man with a distal radius fracture. Short arm fiberglass cast applied."));
        assertEquals(Map.of("Q4011", 1), code("8-year-old girl with a buckle fracture. A short arm plaster cast was applied."));
        assertEquals(Map.of("Q4046", 1), code("A 30 year old with an ankle sprain. Short leg splint, fiberglass, applied."));
        SystemResult noAge = result("Short arm fiberglass cast applied.");
        assertEquals(List.of(), noAge.suggestions(), "adult or pediatric is not guessed");
        assertEquals(List.of("Q4010", "Q4012"), noAge.queries().get(0).options());
    }

    @Test
    void skinSubstituteUnitsAreTheAreaInSquareCentimeters() {
        assertEquals(Map.of("Q4101", 12), code("Apligraf 3 x 4 cm applied to the venous ulcer."));
        assertEquals(Map.of("Q4102", 10), code("Oasis wound matrix, 10 sq cm, was applied to the wound bed."));
        SystemResult noArea = result("Dermagraft was applied to the plantar ulcer.");
        assertEquals(Map.of("Q4106", 1), noArea.suggestions().stream().collect(Collectors.toMap(Suggestion::code, Suggestion::units)));
        assertEquals("area", noArea.queries().get(0).missing());
    }

    @Test
    void oralAntiemeticIsCodedOnlyWithChemotherapy() {
        assertEquals(Map.of("Q0162", 8), code("Ondansetron 8 mg PO given 30 minutes before chemotherapy."));
        assertEquals(Map.of(), code("Ondansetron 8 mg PO as needed for nausea from gastroenteritis."));
        assertEquals(Map.of("J2405", 4), code("Ondansetron 4 mg IV before chemotherapy."), "by injection it stays the J code");
    }

    @Test
    void servicesNotPerformedAreNotCoded() {
        assertEquals(Map.of(), code("Patient declined the flu shot."));
        assertEquals(Map.of(), code("Screening colonoscopy is recommended next year."));
        assertFalse(code("No depression screening was done today.").containsKey("G0444"));
    }

    @Test
    void servicesOfEarlierEncountersAreNotCoded() {
        assertEquals(Map.of(), code("Her last Pap smear was normal."));
        assertEquals(Map.of(), code("She had a screening colonoscopy five years ago."));
        assertEquals(Map.of(), code("PAST SURGICAL HISTORY:\nScreening colonoscopy with polypectomy.\n"));
        assertEquals(Map.of(), code("Screening colonoscopy in 5 years."));
        assertEquals(Map.of(), code("A Pap smear in March showed atypical cells."));
        assertEquals(Map.of("J0696", 4, "J1885", 2), code("MEDICATIONS:\nCeftriaxone 1 g IM and ketorolac 30 mg IM given in clinic.\n"),
                "a medications section can list what was given at this encounter");
    }

    @Test
    void anOrdinaryWordInAProductListIsNotAProductName() {
        assertEquals(Map.of(), code("The wound bed was kept dry and clean."));
        assertEquals(Map.of(), code("Her legal guardian signed the consent."), "a product name needs a wound in the note");
    }

    @Test
    void everyFamilyRangeHoldsCodesOfTheLoadedFile() {
        for (HcpcsFamily f : HcpcsFamily.load("/org/opencac/engine/hcpcs/families.tsv")) {
            assertTrue(MODULE.codes().all().stream().anyMatch(c -> f.contains(c.code()) && !c.terminated()),
                    f.first() + "-" + f.last() + " has no current code");
        }
    }

    @Test
    void everySynonymStandsForWordsOfSomeDescriptor() {
        for (HcpcsVocabulary.Synonym s : HcpcsVocabulary.Synonym.load("/org/opencac/engine/hcpcs/synonyms.tsv")) {
            String d = " " + String.join(" ", s.descriptorWords()) + " ";
            assertTrue(MODULE.codes().all().stream().anyMatch(c -> (" " + org.opencac.models.lexicon.TermNormalizer
                    .key(c.longDescription()) + " ").contains(d)), d + " is in no HCPCS descriptor");
        }
        assertFalse(HcpcsVocabulary.Synonym.load("/org/opencac/engine/hcpcs/synonyms.tsv").isEmpty());
    }
}
