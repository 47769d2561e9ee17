package org.opencac.engine.cpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.codeset.cpt.CptCodeSet;

/** The team's office notes (office_notes.txt): the E/M code by 2021 MDM, with a reason per element. */
class OfficeVisitEmTest {
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(CptModule.of(CptCodeSet.teamList())));

    record Case(String expected, String text) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = OfficeVisitEmTest.class.getResourceAsStream("office_notes.txt")) {
            String expected = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# ")) {
                    continue;
                }
                if (line.startsWith("### ")) {
                    if (expected != null) {
                        out.add(new Case(expected, text.toString()));
                    }
                    expected = line.substring(4).trim();
                    text.setLength(0);
                } else {
                    text.append(line).append('\n');
                }
            }
            out.add(new Case(expected, text.toString()));
        }
        return out;
    }

    static SystemResult code(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.CPT)).systems().get(0);
    }

    @Test
    void atLeastThirtyNotesHaveALevel() throws IOException {
        assertTrue(cases().stream().filter(c -> c.expected().startsWith("99")).count() >= 30);
    }

    @TestFactory
    Stream<DynamicTest> eachOfficeNoteGetsItsLevelWithReasons() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.expected() + ": " + c.text().lines().skip(2)
                .findFirst().orElse(""), () -> {
            SystemResult r = code(c.text());
            List<Suggestion> em = r.suggestions().stream().filter(s -> s.code().startsWith("992")).toList();
            if (c.expected().equals("QUERY")) {
                assertEquals(List.of(), em);
                assertTrue(r.queries().stream().anyMatch(q -> q.missing().equals("patient type")), r.queries().toString());
                return;
            }
            assertEquals(1, em.size(), "one E/M code: " + em);
            assertEquals(c.expected(), em.get(0).code(), String.join(" | ", em.get(0).rationale()));
            List<String> why = em.get(0).rationale();
            assertTrue(why.stream().anyMatch(w -> w.startsWith("Problems")), "problems reason");
            assertTrue(why.stream().anyMatch(w -> w.startsWith("Data")), "data reason");
            assertTrue(why.stream().anyMatch(w -> w.startsWith("Risk")), "risk reason");
        }));
    }

    @Test
    void twoChronicIllnessesAddressedAreModerateProblems() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment and plan:\n1. Coronary artery disease. This remains "
                + "stable.\n2. Hyperlipidemia. Continue atorvastatin.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.problems(), a.reasons().toString());
        MdmAssessment one = MdmAssessor.standard().assess("Assessment and plan:\n1. Chronic sinusitis. She has been "
                + "stable.\n2. Continue saline rinses.\n", "Whole note.");
        assertEquals(MdmLevel.LOW, one.problems(), one.reasons().toString());
    }

    @Test
    void oneChronicIllnessNamedInTwoSentencesIsOneProblem() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment:\nAsthma, mild. Continue the inhaler. We will see"
                + " whether the asthma needs a controller later.\n", "Whole note.");
        assertEquals(MdmLevel.LOW, a.problems(), a.reasons().toString());
    }

    @Test
    void aFlareOfAChronicIllnessIsAnExacerbation() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment:\nKnee pain from a gout flare-up.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.problems(), a.reasons().toString());
    }

    @Test
    void addingADrugIsPrescriptionDrugManagement() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nWe are adding allopurinol.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.risk(), a.reasons().toString());
    }

    @Test
    void aChronicIllnessOfTheSpineOrNervesCountsAsOneOfTwoChronicIllnesses() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment and plan:\n1. Hypertension. Continue amlodipine.\n"
                + "2. Spinal stenosis. Still under evaluation by the spine surgeon.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, a.problems(), a.reasons().toString());
    }

    @Test
    void testsTheVisitSchedulesAreOrderedTests() {
        MdmAssessment a = MdmAssessor.standard().assess("Plan:\nI will schedule a venous Doppler of the right leg, a CBC"
                + " and a metabolic panel.\n", "Plan:\nI will schedule a venous Doppler of the right leg, a CBC and a"
                + " metabolic panel.\n");
        assertEquals(MdmLevel.MODERATE, a.data(), a.reasons().toString());
    }

    @Test
    void aWorseningToldAsAReturnPrecautionIsNoStatusOfTheProblem() {
        MdmAssessment told = MdmAssessor.standard().assess("Plan:\nEar pain. Ibuprofen as needed. She is to come back"
                + " if there is any worsening of the pain.\n", "Whole note.");
        assertEquals(MdmLevel.STRAIGHTFORWARD, told.problems(), told.reasons().toString());
        MdmAssessment stated = MdmAssessor.standard().assess("Plan:\nEar pain, worsening over a week. Ibuprofen as"
                + " needed.\n", "Whole note.");
        assertEquals(MdmLevel.MODERATE, stated.problems(), stated.reasons().toString());
    }

    @Test
    void twoOfThreeIsTheMiddleLevel() {
        assertEquals(MdmLevel.LOW, MdmLevel.twoOfThree(MdmLevel.HIGH, MdmLevel.LOW, MdmLevel.STRAIGHTFORWARD));
        assertEquals(MdmLevel.MODERATE, MdmLevel.twoOfThree(MdmLevel.MODERATE, MdmLevel.MODERATE, MdmLevel.HIGH));
    }

    @Test
    void servicesOrderedForLaterAreNotCodedAsDone() {
        List<String> codes = code("Established patient follow-up.\nAssessment and Plan:\nHypertension, stable. "
                + "ECG done today shows sinus rhythm. Will order a lipid panel.").suggestions().stream().map(Suggestion::code).toList();
        assertTrue(codes.contains("93000"), codes.toString());
        assertTrue(!codes.contains("80061"), codes.toString());
    }

    @Test
    void oneIllnessByTwoOfItsNamesIsOneChronicIllness() {
        MdmAssessment a = MdmAssessor.standard().assess("Assessment:\n1. COPD, stable on inhalers.\n2. Emphysema on the"
                + " scan, as before.\n", "Whole note.");
        assertEquals(MdmLevel.LOW, a.problems(), a.reasons().toString());
    }
}
