package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatient;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.testing.TestModels;

class SameConditionCheckTest {

    private static Document withCandidates(CodeCandidate... c) {
        return Document.of(new Note("x", CareSetting.INPATIENT)).withCandidates(List.of(c));
    }

    private static CodeCandidate cand(String code, String title, double score, int mention) {
        return new CodeCandidate(code, title, score, List.of(mention), List.of("Index: test"));
    }

    private static SameConditionCheck check() {
        return SameConditionCheck.standard(TestModels.models().codeSet());
    }

    @Test
    void aCombinationTakesTheStageThisStepReportsNotAnotherStageOfTheNote() {
        SameConditionCheck same = check();
        // no mentions: the document of the test has no sections in which to read them
        CodeCandidate htn = new CodeCandidate("I10", "Essential (primary) hypertension", 0.8, List.of(), List.of("t"));
        CodeCandidate endStage = new CodeCandidate("N18.6", "End stage renal disease", 0.5, List.of(), List.of("t"));
        CodeCandidate stage4 = new CodeCandidate("N18.4", "Chronic kidney disease, stage 4 (severe)", 0.9, List.of(),
                List.of("t"));
        List<CodeCandidate> all = List.of(htn, endStage, stage4);
        assertTrue(same.reports(stage4, all));
        assertFalse(same.reports(endStage, all));
        assertTrue(same.reports(endStage, List.of(htn, endStage)), "a stage told alone is the one reported");
        CombinationCodeCheck combination = CombinationCodeCheck.standard(TestModels.models().codeSet(),
                org.opencac.engine.coding.SectionPolicy.standard(), same);
        List<String> codes = combination.process(withCandidates(htn, endStage, stage4)).candidates().stream()
                .map(CodeCandidate::code).toList();
        assertTrue(codes.contains("I12.9"), codes.toString());
        assertFalse(codes.contains("I12.0"), codes.toString());
    }

    @Test
    void thrombocytopeniaSaidBesideTheImmuneThrombocytopeniaTheNoteNamesIsThatCondition() {
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "REASON FOR CONSULTATION: Thrombocytopenia.\nIMPRESSION: Immune thrombocytopenic purpura, we will watch the counts.\n");
        assertTrue(codes.contains("D69.3"), codes.toString());
        assertFalse(codes.contains("D69.6"), codes.toString());
        List<String> alone = org.opencac.engine.testing.Coded.outpatientCodes("IMPRESSION: Thrombocytopenia, we will watch the counts.\n");
        assertTrue(alone.contains("D69.6"), alone.toString());
    }

    @Test
    void kidneyDiseaseSaidBesideTheChronicKidneyDiseaseTheNoteStagesIsThatDisease() {
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "ASSESSMENT: 1. Chronic kidney disease, stage 4. 2. Gout.\nPLAN: She is followed here for her kidney disease.\n");
        assertTrue(codes.contains("N18.4"), codes.toString());
        assertFalse(codes.contains("N28.9"), codes.toString());
    }

    @Test
    void aNeoplasmOfTheOrganBesideTheSameNeoplasmOfANamedPartIsThatNeoplasm() {
        // C32.9 names what its category C32 names; C32.0 (glottis) is a part of it though its title lacks "larynx"
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "INDICATION: Squamous cell carcinoma of the glottis, biopsy proven.\n"
                        + "POSTOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the larynx.\n");
        assertTrue(codes.contains("C32.0"), codes.toString());
        assertFalse(codes.contains("C32.9"), codes.toString());
        List<String> alone = org.opencac.engine.testing.Coded.outpatientCodes(
                "POSTOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the larynx.\n");
        assertTrue(alone.contains("C32.9"), alone.toString());
    }

    @Test
    void aHeartAttackBesideTheNonStElevationInfarctionIsThatInfarction() {
        // every code of I21 is an acute infarction: I21.9 names what its category names; I21.4's title lacks "acute"
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "HISTORY: He came in after a heart attack this morning.\n"
                        + "ASSESSMENT: 1. Acute non-ST elevation myocardial infarction.\n");
        assertTrue(codes.contains("I21.4"), codes.toString());
        assertFalse(codes.contains("I21.9"), codes.toString());
        List<String> alone = org.opencac.engine.testing.Coded.outpatientCodes(
                "ASSESSMENT: 1. Acute myocardial infarction.\n");
        assertTrue(alone.contains("I21.9"), alone.toString());
    }

    @Test
    void aHeartAttackBesideTheStElevationInfarctionOfNoSiteIsThatInfarction() {
        // I21.3 leaves its site unspecified as I21.9 leaves everything: as vague, but a kind of the category
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "INDICATION: Acute myocardial infarction, sent for catheterization.\n"
                        + "CONCLUSION: ST elevation myocardial infarction, enzymes rising.\n");
        assertTrue(codes.contains("I21.3"), codes.toString());
        assertFalse(codes.contains("I21.9"), codes.toString());
    }

    @Test
    void eczemaSaidAloneBesideTheAtopicEczemaTheNoteNamesIsThatEczema() {
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "HISTORY: Her eczema flares every winter.\nASSESSMENT: Atopic eczema of both hands.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("L20")), codes.toString());
        assertFalse(codes.contains("L30.9"), codes.toString());
        List<String> alone = org.opencac.engine.testing.Coded.outpatientCodes("ASSESSMENT: Eczema of both hands.\n");
        assertTrue(alone.contains("L30.9"), alone.toString());
    }

    @Test
    void backPainBesideNeckPainStaysTwoRegions() {
        // the category-kind reading is for neoplasms only: dorsalgia codes are regions, two pains
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "REASON FOR EXAM: Back pain.\nIMPRESSION: Neck pain without fracture. Back pain.\n");
        assertTrue(codes.contains("M54.2"), codes.toString());
        assertTrue(codes.contains("M54.9"), codes.toString());
    }

    @Test
    void hepatitisCToldOnceWithoutItsCourseAndOnceAsChronicIsOneInfection() {
        List<String> codes = org.opencac.engine.testing.Coded.outpatientCodes(
                "PROBLEM LIST: 1. Chronic hepatitis C.\nASSESSMENT: Hepatitis C, liver enzymes stable.\n");
        assertTrue(codes.contains("B18.2"), codes.toString());
        assertFalse(codes.contains("B19.20"), codes.toString());
        // told only without its course, it keeps the unspecified code
        List<String> alone = org.opencac.engine.testing.Coded.outpatientCodes("ASSESSMENT: Hepatitis C, liver enzymes stable.\n");
        assertTrue(alone.contains("B19.20"), alone.toString());
    }

    @Test
    void nauseaAndVomitingBecomeTheCombinationCodeWithTheOthersAsAlternatives() {
        Document d = check().process(withCandidates(cand("I10", "Essential (primary) hypertension", 0.9, 0),
                cand("R11.0", "Nausea", 0.7, 1), cand("R11.10", "Vomiting, unspecified", 0.6, 2)));
        List<CodeCandidate> out = d.candidates();
        assertEquals(List.of("I10", "R11.2"), out.stream().map(CodeCandidate::code).toList());
        CodeCandidate r112 = out.get(1);
        assertEquals(List.of(1, 2), r112.mentions());
        assertEquals(List.of("R11.0", "R11.10"), r112.alternatives().stream().map(a -> a.code()).toList());
        assertTrue(r112.alternatives().get(0).reason().contains("combination"));
    }

    @Test
    void anInjuryOfNoStatedKindGivesWayToTheInjuryOfItsRegionAndSideTheNoteDocuments() {
        Document d = check().process(withCandidates(
                cand("S89.91XA", "Unspecified injury of right lower leg, initial encounter", 0.8, 0),
                cand("S82.001A", "Unspecified fracture of right patella, initial encounter for closed fracture", 0.8, 1),
                cand("I10", "Essential (primary) hypertension", 0.7, 2)));
        assertEquals(List.of("S82.001A", "I10"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals(List.of("S89.91XA"), d.candidates().get(0).alternatives().stream().map(a -> a.code()).toList());
    }

    @Test
    void anAnkleInjuryOfNoStatedKindGivesWayToTheMalleolarFractureTheLowerLegBlockHolds() {
        Document d = check().process(withCandidates(
                cand("S99.912A", "Unspecified injury of left ankle, initial encounter", 0.8, 0),
                cand("S82.62XA", "Displaced fracture of lateral malleolus of left fibula, initial encounter for closed"
                        + " fracture", 0.8, 1)));
        assertEquals(List.of("S82.62XA"), d.candidates().stream().map(CodeCandidate::code).toList());
        List<String> shaft = check().process(withCandidates(
                cand("S99.912A", "Unspecified injury of left ankle, initial encounter", 0.8, 0),
                cand("S82.202A", "Unspecified fracture of shaft of left tibia, initial encounter for closed fracture",
                        0.8, 1))).candidates().stream().map(CodeCandidate::code).toList();
        assertEquals(List.of("S99.912A", "S82.202A"), shaft);
    }

    @Test
    void anInjuryOfNoStatedKindStaysBesideAnInjuryOfTheOtherSideAnotherRegionOrEncounter() {
        List<String> otherSide = check().process(withCandidates(
                cand("S89.92XA", "Unspecified injury of left lower leg, initial encounter", 0.8, 0),
                cand("S82.001A", "Unspecified fracture of right patella, initial encounter for closed fracture", 0.8, 1)))
                .candidates().stream().map(CodeCandidate::code).toList();
        assertEquals(List.of("S89.92XA", "S82.001A"), otherSide);
        List<String> otherRegion = check().process(withCandidates(
                cand("S09.90XA", "Unspecified injury of head, initial encounter", 0.8, 0),
                cand("S82.001A", "Unspecified fracture of right patella, initial encounter for closed fracture", 0.8, 1)))
                .candidates().stream().map(CodeCandidate::code).toList();
        assertEquals(List.of("S09.90XA", "S82.001A"), otherRegion);
        List<String> laterVisit = check().process(withCandidates(
                cand("T14.90XA", "Injury, unspecified, initial encounter", 0.8, 0),
                cand("S82.001D", "Unspecified fracture of right patella, subsequent encounter for closed fracture"
                        + " with routine healing", 0.8, 1)))
                .candidates().stream().map(CodeCandidate::code).toList();
        assertEquals(List.of("T14.90XA", "S82.001D"), laterVisit);
    }

    @Test
    void aThyroidNoduleBesideTheMultinodularGoiterItIsPartOfIsTheGoiter() {
        Document d = check().process(withCandidates(cand("E04.1", "Nontoxic single thyroid nodule", 0.9, 0),
                cand("E04.2", "Nontoxic multinodular goiter", 0.8, 1), cand("E04.9", "Nontoxic goiter, unspecified", 0.7, 2)));
        assertEquals(List.of("E04.2"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals(List.of("E04.1", "E04.9"), d.candidates().get(0).alternatives().stream().map(a -> a.code()).toList());
        Document single = check().process(withCandidates(cand("E04.1", "Nontoxic single thyroid nodule", 0.9, 0),
                cand("E04.9", "Nontoxic goiter, unspecified", 0.7, 1)));
        assertEquals(List.of("E04.1"), single.candidates().stream().map(CodeCandidate::code).toList(),
                "a single nodule with no multinodular goiter stays a single nodule");
    }

    @Test
    void anUnspecifiedSiblingGivesWayToTheSpecificCodeAndTakesNoPlaceOfItsOwn() {
        Document d = check().process(withCandidates(cand("R60.9", "Edema, unspecified", 0.8, 0),
                cand("E78.5", "Hyperlipidemia, unspecified", 0.7, 1), cand("R60.0", "Localized edema", 0.6, 2)));
        List<CodeCandidate> out = d.candidates();
        assertEquals(List.of("R60.0", "E78.5"), out.stream().map(CodeCandidate::code).toList(),
                "the kept code takes the first member's place");
        assertEquals("R60.9", out.get(0).alternatives().get(0).code());
        assertTrue(out.get(0).alternatives().get(0).reason().startsWith("less specific"));
    }

    @Test
    void anUncomplicatedCodeGivesWayToTheSameConditionToldWithItsComplication() {
        // "asthma" in the history list, "asthma exacerbation" in the assessment: one asthma, exacerbated
        Document d = check().process(withCandidates(cand("J45.909", "Unspecified asthma, uncomplicated", 0.75, 0),
                cand("J45.901", "Unspecified asthma with (acute) exacerbation", 0.9, 1)));
        assertEquals(List.of("J45.901"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("J45.909", d.candidates().get(0).alternatives().get(0).code());
        Document two = check().process(withCandidates(cand("J45.909", "Unspecified asthma, uncomplicated", 0.75, 0),
                cand("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", 0.9, 1)));
        assertEquals(2, two.candidates().size(), "an exacerbation of another condition leaves the asthma alone");
    }

    @Test
    void hyperlipidemiaBesideTheKindOfItTheNoteNamesIsThatKind() {
        Document d = check().process(withCandidates(cand("I10", "Essential (primary) hypertension", 0.9, 0),
                cand("E78.00", "Pure hypercholesterolemia, unspecified", 0.7, 1),
                cand("E78.5", "Hyperlipidemia, unspecified", 0.8, 2)));
        assertEquals(List.of("I10", "E78.00"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("E78.5", d.candidates().get(1).alternatives().get(0).code());
        Document other = check().process(withCandidates(cand("E78.5", "Hyperlipidemia, unspecified", 0.8, 0),
                cand("E79.0", "Hyperuricemia without signs of inflammatory arthritis and tophaceous disease", 0.7, 1)));
        assertEquals(2, other.candidates().size(), "a disorder of another metabolism is no hyperlipidemia");
    }

    @Test
    void anOrchitisBesideTheAbscessOfTheTestisIsThatAbscess() {
        Document d = check().process(withCandidates(cand("N45.4", "Abscess of epididymis or testis", 0.9, 0),
                cand("N45.2", "Orchitis", 0.7, 1)));
        assertEquals(List.of("N45.4"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("N45.2", d.candidates().get(0).alternatives().get(0).code());
        Document other = check().process(withCandidates(cand("N45.2", "Orchitis", 0.8, 0),
                cand("N43.3", "Hydrocele, unspecified", 0.7, 1)));
        assertEquals(2, other.candidates().size(), "a hydrocele is no abscess of the testis");
    }

    @Test
    void unspecifiedImmunosuppressantBesideTheNamedAgentIsThatTherapy() {
        Document d = check().process(withCandidates(cand("M33.20", "Polymyositis, organ involvement unspecified", 0.9, 0),
                cand("Z79.60", "Long term (current) use of unspecified immunomodulators and immunosuppressants", 0.7, 1),
                cand("Z79.631", "Long term (current) use of antimetabolite agent", 0.7, 2)));
        assertEquals(List.of("M33.20", "Z79.631"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("Z79.60", d.candidates().get(1).alternatives().get(0).code());
        Document other = check().process(withCandidates(cand("Z79.60", "Long term (current) use of unspecified immunomodulators and immunosuppressants", 0.7, 0),
                cand("Z79.52", "Long term (current) use of systemic steroids", 0.7, 1)));
        assertEquals(2, other.candidates().size(), "a steroid is no agent of the immunomodulator subcategory");
    }

    @Test
    void abnormalUterineBleedingBesideTheKindOfBleedingTheNoteNamesIsThatKind() {
        Document d = check().process(withCandidates(cand("N93.9", "Abnormal uterine and vaginal bleeding, unspecified", 0.8, 0),
                cand("N92.0", "Excessive and frequent menstruation with regular cycle", 0.8, 1)));
        assertEquals(List.of("N92.0"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("N93.9", d.candidates().get(0).alternatives().get(0).code());
        Document other = check().process(withCandidates(cand("N93.9", "Abnormal uterine and vaginal bleeding, unspecified", 0.8, 0),
                cand("D25.9", "Leiomyoma of uterus, unspecified", 0.8, 1)));
        assertEquals(2, other.candidates().size(), "a fibroid is not a kind of the bleeding");
    }

    @Test
    void aHerniaSaidAloneIsTheHerniaOfTheSiteTheNoteNamesButStaysWhereItNamesNone() {
        Document d = check().process(withCandidates(
                cand("K40.90", "Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent", 0.9, 0),
                cand("K46.9", "Unspecified abdominal hernia without obstruction or gangrene", 0.8, 1)));
        assertEquals(List.of("K40.90"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("K46.9", d.candidates().get(0).alternatives().get(0).code());
        Document alone = check().process(withCandidates(cand("K46.9", "Unspecified abdominal hernia without obstruction or gangrene", 0.8, 0),
                cand("K21.9", "Gastro-esophageal reflux disease without esophagitis", 0.7, 1)));
        assertEquals(2, alone.candidates().size(), "reflux is no hernia of a named kind");
    }

    @Test
    void depressionSaidAloneIsTheDepressiveDisorderTheNoteNames() {
        Document d = check().process(withCandidates(cand("F32.A", "Depression, unspecified", 0.9, 0),
                cand("F33.1", "Major depressive disorder, recurrent, moderate", 0.8, 1)));
        assertEquals(List.of("F33.1"), d.candidates().stream().map(CodeCandidate::code).toList());
        Document anxiety = check().process(withCandidates(cand("F32.A", "Depression, unspecified", 0.9, 0),
                cand("F41.1", "Generalized anxiety disorder", 0.8, 1)));
        assertEquals(2, anxiety.candidates().size(), "an anxiety disorder is another condition");
    }

    @Test
    void aMetastasisOfNoSiteGivesWayToTheSecondarySitesTheNoteNamesOnly() {
        Document d = check().process(withCandidates(
                cand("C34.90", "Malignant neoplasm of unspecified part of unspecified bronchus or lung", 0.9, 0),
                cand("C79.9", "Secondary malignant neoplasm of unspecified site", 0.8, 1),
                cand("C79.51", "Secondary malignant neoplasm of bone", 0.7, 2)));
        assertEquals(List.of("C34.90", "C79.51"), d.candidates().stream().map(CodeCandidate::code).toList());
        Document noSite = check().process(withCandidates(
                cand("C50.919", "Malignant neoplasm of unspecified site of unspecified female breast", 0.9, 0),
                cand("C79.9", "Secondary malignant neoplasm of unspecified site", 0.8, 1)));
        assertEquals(List.of("C50.919", "C79.9"), noSite.candidates().stream().map(CodeCandidate::code).toList(),
                "metastatic disease of no named site keeps C79.9 beside its primary");
    }

    @Test
    void aSarcomaOfNoSiteIsTheRetroperitonealSarcomaTheNoteNames() {
        Document d = check().process(withCandidates(
                cand("C49.9", "Malignant neoplasm of connective and soft tissue, unspecified", 0.9, 0),
                cand("C48.0", "Malignant neoplasm of retroperitoneum", 0.8, 1)));
        assertEquals(List.of("C48.0"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("C49.9", d.candidates().get(0).alternatives().get(0).code());
        Document noSite = check().process(withCandidates(
                cand("C49.9", "Malignant neoplasm of connective and soft tissue, unspecified", 0.9, 0),
                cand("C64.1", "Malignant neoplasm of right kidney, except renal pelvis", 0.8, 1)));
        assertEquals(2, noSite.candidates().size(), "a kidney cancer is another neoplasm");
    }

    @Test
    void genericRuleLeavesTwoSpecificCodesOfOneCategoryAlone() {
        Document d = check().process(withCandidates(cand("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", 0.9, 0),
                cand("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy", 0.8, 1)));
        assertEquals(2, d.candidates().size());
        assertTrue(d.candidates().stream().allMatch(c -> c.alternatives().isEmpty()));
    }

    @Test
    void anUnspecifiedInjuryGivesWayToTheSameInjuryToldInMoreDetail() {
        // one fracture told twice, once without its type: the typed code reports it
        Document d = check().process(withCandidates(
                cand("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter", 0.8, 0),
                cand("S52.521A", "Torus fracture of lower end of right radius, initial encounter", 0.8, 1)));
        assertEquals(List.of("S52.521A"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("S52.501A", d.candidates().get(0).alternatives().get(0).code());
    }

    @Test
    void aFractureOfUnspecifiedPartGivesWayToTheNamedPartOfItsSubcategory() {
        // one hip fracture told once by its part and once by its region: the part reports it
        Document d = check().process(withCandidates(
                cand("S72.002A", "Fracture of unspecified part of neck of left femur, initial encounter for closed"
                        + " fracture", 0.8, 0),
                cand("S72.012A", "Unspecified intracapsular fracture of left femur, initial encounter for closed"
                        + " fracture", 0.8, 1)));
        assertEquals(List.of("S72.012A"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("S72.002A", d.candidates().get(0).alternatives().get(0).code());
    }

    @Test
    void aFractureOfUnspecifiedPartStaysBesideAPartOfTheOtherSideOrAnotherSubcategory() {
        Document sides = check().process(withCandidates(
                cand("S72.002A", "Fracture of unspecified part of neck of left femur, initial encounter for closed"
                        + " fracture", 0.8, 0),
                cand("S72.011A", "Unspecified intracapsular fracture of right femur, initial encounter for closed"
                        + " fracture", 0.8, 1)));
        assertEquals(2, sides.candidates().size());
        Document other = check().process(withCandidates(
                cand("S72.002A", "Fracture of unspecified part of neck of left femur, initial encounter for closed"
                        + " fracture", 0.8, 0),
                cand("S72.102A", "Unspecified trochanteric fracture of left femur, initial encounter for closed"
                        + " fracture", 0.8, 1)));
        assertEquals(2, other.candidates().size());
    }

    @Test
    void aFractureOfNoKindOfItsSubcategorysSiteIsThePartTheSubcategoryNames() {
        // "upper end" is the subcategory's site; the surgical neck is a part of it: one fracture told twice
        Document d = check().process(withCandidates(
                cand("S42.202A", "Unspecified fracture of upper end of left humerus, initial encounter for closed"
                        + " fracture", 0.9, 0),
                cand("S42.212A", "Unspecified displaced fracture of surgical neck of left humerus, initial encounter"
                        + " for closed fracture", 0.7, 1)));
        assertEquals(List.of("S42.212A"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("S42.202A", d.candidates().get(0).alternatives().get(0).code());
        // the other side is another fracture
        Document sides = check().process(withCandidates(
                cand("S42.202A", "Unspecified fracture of upper end of left humerus, initial encounter for closed"
                        + " fracture", 0.9, 0),
                cand("S42.211A", "Unspecified displaced fracture of surgical neck of right humerus, initial"
                        + " encounter for closed fracture", 0.7, 1)));
        assertEquals(2, sides.candidates().size());
    }

    @Test
    void aGeneralizedEdemaTakesInTheSwellingOfTheLegs() {
        Document d = check().process(withCandidates(
                cand("R60.0", "Localized edema", 0.9, 0),
                cand("R60.1", "Generalized edema", 0.8, 1)));
        assertEquals(List.of("R60.1"), d.candidates().stream().map(CodeCandidate::code).toList());
        Document alone = check().process(withCandidates(cand("R60.0", "Localized edema", 0.9, 0)));
        assertEquals(List.of("R60.0"), alone.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void injuriesOfTwoSidesStayTwoInjuries() {
        Document d = check().process(withCandidates(
                cand("S01.311A", "Laceration without foreign body of right ear, initial encounter", 0.8, 0),
                cand("S01.312A", "Laceration without foreign body of left ear, initial encounter", 0.8, 1)));
        assertEquals(2, d.candidates().size());
    }

    @Test
    void aCataractOfNoTypeIsTheAgeRelatedCataractTheNoteNames() {
        Document d = check().process(withCandidates(
                cand("H26.9", "Unspecified cataract", 0.8, 0),
                cand("H25.11", "Age-related nuclear cataract, right eye", 0.7, 1)));
        assertEquals(List.of("H25.11"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void aDefaultGivesWayToAnEquallyVagueCodeThatNamesMore() {
        // the side is unknown in both; only one names the suture
        Document d = check().process(withCandidates(
                cand("Q75.009", "Craniosynostosis, unspecified", 0.8, 0),
                cand("Q75.029", "Coronal craniosynostosis, unspecified", 0.7, 1)));
        assertEquals(List.of("Q75.029"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void aDefaultGivesWayToACodeNamingItsTypeThoughVagueOnAnAxisOfItsOwn() {
        // the glaucoma's type is named in one; the stage, unknown, is an axis the other has not got
        Document d = check().process(withCandidates(
                cand("H40.9", "Unspecified glaucoma", 0.8, 0),
                cand("H40.10X0", "Unspecified open-angle glaucoma, stage unspecified", 0.7, 1)));
        assertEquals(List.of("H40.10X0"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void aVaguerCodeNamingNoMoreStaysBesideTheDefault() {
        // no word of the one refines the other: two conditions, whatever their marks
        Document d = check().process(withCandidates(
                cand("H53.40", "Unspecified visual field defects", 0.8, 0),
                cand("H53.469", "Homonymous bilateral field defects, unspecified side", 0.7, 1)));
        assertEquals(List.of("H53.40", "H53.469"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void osteoarthritisOfNoSiteGivesWayToTheKneeOfItsNeighbourCategoryButTwoSitesStay() {
        Document d = check().process(withCandidates(
                cand("M19.90", "Unspecified osteoarthritis, unspecified site", 0.8, 0),
                cand("I10", "Essential (primary) hypertension", 0.8, 1),
                cand("M17.11", "Unilateral primary osteoarthritis, right knee", 0.7, 2),
                cand("M16.12", "Unilateral primary osteoarthritis, left hip", 0.7, 3)));
        assertEquals(List.of("M17.11", "I10", "M16.12"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("M19.90", d.candidates().get(0).alternatives().get(0).code());
        assertTrue(d.candidates().get(2).alternatives().isEmpty());
    }

    @Test
    void pneumoniaOfNoStatedOrganismIsTheBacterialPneumoniaTheNoteNamesElsewhere() {
        Document d = check().process(withCandidates(cand("J18.9", "Pneumonia, unspecified organism", 0.9, 0),
                cand("J15.9", "Unspecified bacterial pneumonia", 0.7, 1)));
        assertEquals(List.of("J15.9"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("J18.9", d.candidates().get(0).alternatives().get(0).code());
        Document lobar = check().process(withCandidates(cand("J18.1", "Lobar pneumonia, unspecified organism", 0.9, 0),
                cand("J15.9", "Unspecified bacterial pneumonia", 0.7, 1)));
        assertEquals("J18.1", lobar.candidates().get(0).code(), "neither title names all the other's words");
    }

    @Test
    void anInfectionSaidAloneIsTheInfectionTheNoteNamesButStaysUnspecifiedWhenItNamesNone() {
        Document d = check().process(withCandidates(
                cand("B99.9", "Unspecified infectious disease", 0.6, 0),
                cand("I10", "Essential (primary) hypertension", 0.8, 1),
                cand("H66.90", "Otitis media, unspecified, unspecified ear", 0.7, 2),
                cand("B95.61", "Methicillin susceptible Staphylococcus aureus infection as the cause of diseases"
                        + " classified elsewhere", 0.9, 3)));
        assertEquals(List.of("I10", "H66.90", "B95.61"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("B99.9", d.candidates().get(1).alternatives().get(0).code());
        assertEquals(List.of(0, 2), d.candidates().get(1).mentions());
        Document alone = check().process(withCandidates(cand("B99.9", "Unspecified infectious disease", 0.6, 0),
                cand("B95.61", "Methicillin susceptible Staphylococcus aureus infection as the cause of diseases"
                        + " classified elsewhere", 0.9, 1)));
        assertEquals(List.of("B99.9", "B95.61"), alone.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void theAneurysmSaidAfterAnAneurysmOfANamedVesselIsThatAneurysm() {
        Document d = check().process(withCandidates(
                cand("I71.40", "Abdominal aortic aneurysm, without rupture, unspecified", 0.9, 0),
                cand("I72.9", "Aneurysm of unspecified site", 0.6, 1)));
        assertEquals(List.of("I71.40"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("I72.9", d.candidates().get(0).alternatives().get(0).code());
    }

    @Test
    void biliaryColicBesideTheGallstonesIsTheirColicWhileADuctStoneNamedAsSuchStays() {
        CodingResult colic = TestModels.pipeline().code(new Note(
                "Assessment:\n1. Cholelithiasis.\n2. Recurrent biliary colic after fatty meals.\n", CareSetting.OUTPATIENT));
        assertEquals(List.of("K80.20"), codes(colic));
        assertTrue(suggestion(colic, "K80.20").alternatives().stream().anyMatch(a -> a.code().equals("K80.50")));
        CodingResult duct = TestModels.pipeline().code(new Note(
                "Assessment:\n1. Cholelithiasis.\n2. Choledocholithiasis seen on the MRCP, with biliary colic.\n",
                CareSetting.OUTPATIENT));
        assertEquals(List.of("K80.70"), codes(duct));
    }

    @Test
    void aKidneyCalcificationBesideTheKidneyStoneNamedIsThatStoneWhileARenalMassStays() {
        CodingResult stone = TestModels.pipeline().code(new Note(
                "Findings:\nThe film shows a calcification over the right kidney.\n"
                        + "Impression:\n1. A 5 mm nonobstructing right renal calculus.\n", CareSetting.OUTPATIENT));
        assertFalse(codes(stone).contains("N28.89"), codes(stone).toString());
        assertTrue(codes(stone).contains("N20.0"), codes(stone).toString());
        CodingResult mass = TestModels.pipeline().code(new Note(
                "Impression:\n1. A 5 mm nonobstructing right renal calculus.\n2. Solid mass of the left kidney.\n",
                CareSetting.OUTPATIENT));
        assertTrue(codes(mass).containsAll(List.of("N20.0", "N28.89")), codes(mass).toString());
    }

    @Test
    void anElectrolyteImbalanceBesideTheLowSodiumAndPotassiumNamedIsThoseDisorders() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Assessment:\n1. Electrolyte imbalance, with low sodium and potassium: hyponatremia and hypokalemia.\n",
                CareSetting.OUTPATIENT));
        assertFalse(codes(r).contains("E87.8"), codes(r).toString());
        assertTrue(codes(r).containsAll(List.of("E87.1", "E87.6")), codes(r).toString());
        CodingResult chloride = TestModels.pipeline().code(new Note(
                "Assessment:\n1. Hyperchloremia.\n2. Hyponatremia.\n", CareSetting.OUTPATIENT));
        assertTrue(codes(chloride).containsAll(List.of("E87.8", "E87.1")), codes(chloride).toString());
    }

    @Test
    void aSpecificAtrialFibrillationReplacesTheUnspecifiedOne() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "History: atrial fibrillation. Assessment: paroxysmal atrial fibrillation, on apixaban.",
                CareSetting.OUTPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("I48.0"), codes.toString());
        assertFalse(codes.contains("I48.91"), codes.toString());
        Suggestion af = r.suggestions().stream().filter(s -> s.code().equals("I48.0")).findFirst().orElseThrow();
        assertTrue(af.alternatives().stream().anyMatch(a -> a.code().equals("I48.91")), af.alternatives().toString());
    }

    @Test
    void anUnspecifiedChronicAtrialFibrillationWinsOverTheUnspecifiedOneBetterSupportedInTheAssessment() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "History: she has lived with chronic atrial fibrillation for years.\n"
                        + "Assessment: 1. Atrial fibrillation, rate controlled on metoprolol.", CareSetting.OUTPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("I48.20"), codes.toString());
        assertFalse(codes.contains("I48.91"), codes.toString());
    }

    @Test
    void eachSecondarySiteOfAListIsItsOwnCondition() {
        CodingResult r = TestModels.pipeline().code(new Note(
                "Assessment: breast cancer that has metastasized to her lung, liver and bones.", CareSetting.INPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.containsAll(List.of("C78.00", "C78.7", "C79.51")), codes.toString());
    }

    @Test
    void nauseaInTheNoteNeverSelectsVomitingWithoutNausea() {
        CodingResult r = TestModels.pipeline().code(new Note("Assessment: nausea, vomiting and fever.",
                CareSetting.INPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertFalse(codes.contains("R11.11"), codes.toString());
        assertTrue(codes.contains("R11.2"), codes.toString());
        assertFalse(codes.contains("R11.0"), codes.toString());
    }

    @Test
    void aCombinationOutsideItsGroupFailsAtLoad() {
        assertThrows(IllegalArgumentException.class, () -> new SameConditionRule("x", "x", List.of("R60"), "R11.2",
                List.of("R60.0"), "why"));
    }

    private static Suggestion suggestion(CodingResult r, String code) {
        return r.suggestions().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not suggested: " + r.suggestions().stream()
                        .map(Suggestion::code).toList()));
    }

    private static List<String> codes(CodingResult r) {
        return r.suggestions().stream().map(Suggestion::code).toList();
    }

    @Test
    void aHerniaNotSpecifiedAsRecurrentInTheComplaintIsAnAlternativeOfTheRecurrentHerniaOfTheAssessment() {
        CodingResult r = inpatient("Chief complaint: inguinal hernia.\n"
                + "Assessment: recurrent inguinal hernia, unilateral, without obstruction.");
        Suggestion recurrent = suggestion(r, "K40.91");
        assertFalse(codes(r).contains("K40.90"), codes(r).toString());
        assertTrue(recurrent.alternatives().stream().anyMatch(a -> a.code().equals("K40.90")
                && a.reason().startsWith("less specific: K40.91")), recurrent.alternatives().toString());
    }

    @Test
    void aDefaultCodeFromAnotherSentenceGivesWayToTheCodeThatRefinesIt() {
        Document d = check().process(withCandidates(
                cand("C50.911", "Malignant neoplasm of unspecified site of right female breast", 0.9, 0),
                cand("I10", "Essential (primary) hypertension", 0.8, 1),
                cand("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast", 0.7, 2)));
        assertEquals(List.of("C50.411", "I10"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("C50.911", d.candidates().get(0).alternatives().get(0).code());
        assertEquals(List.of(0, 2), d.candidates().get(0).mentions());
    }

    @Test
    void aDefaultForTheOtherSideStaysItsOwnCondition() {
        SameConditionCheck check = check();
        assertTrue(check.refines("Malignant neoplasm of upper-outer quadrant of right female breast",
                "Malignant neoplasm of unspecified site of right female breast"));
        assertFalse(check.refines("Malignant neoplasm of upper-outer quadrant of right female breast",
                "Malignant neoplasm of unspecified site of left female breast"));
        CodingResult r = inpatient("History: left breast cancer treated with lumpectomy in 2019.\n"
                + "Assessment: new malignant neoplasm of upper-outer quadrant of right female breast.");
        assertTrue(codes(r).contains("C50.411"), codes(r).toString());
        assertTrue(suggestion(r, "C50.411").alternatives().stream().noneMatch(a -> a.code().startsWith("C50.91")),
                suggestion(r, "C50.411").alternatives().toString());
    }

    @Test
    void aLessVagueDefaultTakesTheVaguerOneAndKeepsItsOwnPlace() {
        Document d = check().process(withCandidates(
                cand("H66.90", "Otitis media, unspecified, unspecified ear", 0.8, 0),
                cand("H66.93", "Otitis media, unspecified, bilateral", 0.7, 1)));
        assertEquals(List.of("H66.93"), d.candidates().stream().map(CodeCandidate::code).toList());
        assertEquals("H66.90", d.candidates().get(0).alternatives().get(0).code());
    }

    @Test
    void aTitleWithoutComplicationsIsRefinedByTheComplicationOfTheSameDisease() {
        assertTrue(check().refines("Type 2 diabetes mellitus with diabetic chronic kidney disease",
                "Type 2 diabetes mellitus without complications"));
        assertFalse(check().refines("Type 1 diabetes mellitus with diabetic chronic kidney disease",
                "Type 2 diabetes mellitus without complications"));
    }

    @Test
    void aDefaultNamingASiteOfItsOwnInTheSameClauseIsAnotherCondition() {
        // C79.70 (adrenal) and C79.31 (brain) share a category and a clause, but each names its own site
        CodingResult r = TestModels.pipeline().code(new Note("Findings: adrenal and brain metastases.", CareSetting.INPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("C79.31"), codes.toString());
        assertTrue(codes.contains("C79.70"), codes.toString());
    }

    @Test
    void aDefaultWithinTheWordsOfTheSpecificCodeStaysMergedThoughItsTitleWordsDiffer() {
        // "low back pain" lies within the words coded M54.42, whose title says "lumbago"
        CodingResult r = TestModels.pipeline().code(new Note("Assessment: low back pain with left-sided sciatica.",
                CareSetting.INPATIENT));
        List<String> codes = r.suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("M54.42"), codes.toString());
        assertFalse(codes.contains("M54.50"), codes.toString());
    }

    @Test
    void theRightAndTheLeftCodeOfOneConditionBecomeTheBilateralCodeWhereTheCategoryHasOne() {
        Document d = check().process(withCandidates(
                cand("H04.552", "Acquired stenosis of left nasolacrimal duct", 0.9, 0),
                cand("I10", "Essential (primary) hypertension", 0.8, 1),
                cand("H04.551", "Acquired stenosis of right nasolacrimal duct", 0.7, 2)));
        List<CodeCandidate> out = d.candidates();
        assertEquals(List.of("H04.553", "I10"), out.stream().map(CodeCandidate::code).toList(),
                "the bilateral code takes the first side's place");
        assertEquals(List.of(0, 2), out.get(0).mentions());
        assertTrue(out.get(0).alternatives().stream().anyMatch(a -> a.code().equals("H04.551")));
    }

    @Test
    void aBilateralTitleNamingThePartInThePluralStillCodesBothSides() {
        // "bilateral carotid arteries": the plural "arteries" is the "artery" of each side's title
        Document d = check().process(withCandidates(
                cand("I65.22", "Occlusion and stenosis of left carotid artery", 0.9, 0),
                cand("I65.21", "Occlusion and stenosis of right carotid artery", 0.7, 1)));
        assertEquals(List.of("I65.23"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void theRightAndTheLeftCodeStayTwoCodesWhereTheCategoryHasNoBilateralCode() {
        Document d = check().process(withCandidates(cand("M79.671", "Pain in right foot", 0.9, 0),
                cand("M79.672", "Pain in left foot", 0.8, 1)));
        assertEquals(List.of("M79.671", "M79.672"), d.candidates().stream().map(CodeCandidate::code).toList());
    }

    @Test
    void bothSidesReplacedAreCodedAsTheBilateralStatus() {
        Document d = check().process(withCandidates(cand("Z96.651", "Presence of right artificial knee joint", 0.9, 0),
                cand("Z96.652", "Presence of left artificial knee joint", 0.8, 1)));
        assertEquals(List.of("Z96.653"), d.candidates().stream().map(CodeCandidate::code).toList());
    }
}
