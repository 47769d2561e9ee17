package org.opencac.engine.hcpcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opencac.engine.DataFiles;
import org.opencac.engine.Pipeline;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.section.SectionDetector;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.text.SentenceSplitter;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;

/** Sedation, premedication and anesthesia drugs of a procedure are part of it; an injection given as its own service is coded. */
class ProcedureDrugsTest {
    private static final HcpcsModule MODULE = HcpcsModule.bundled();
    private static final Pipeline PIPELINE = new Pipeline(new CodeSetVersion(CodeSystem.ICD10CM, "FY2026"),
            List.of(SectionDetector.standard(), SentenceSplitter.clinical()), List.of(MODULE));

    private static Set<String> code(String text) {
        return PIPELINE.code(new Note(text, CareSetting.OUTPATIENT), List.of(CodeSystem.HCPCS)).systems().get(0)
                .suggestions().stream().map(Suggestion::code).collect(Collectors.toSet());
    }

    @Test
    void aDrugInASentenceAboutSedationOrPremedicationIsNotCoded() {
        assertEquals(Set.of(), code("Before the scope was passed she received midazolam 3 mg IV for moderate sedation."));
        assertEquals(Set.of(), code("He was premedicated with atropine 0.5 mg IM and then taken to the suite."));
        assertEquals(Set.of(), code("Propofol 120 mg IV was titrated to effect by the anesthetist."));
    }

    @Test
    void aDrugInjectedUnderGeneralAnesthesiaIsItsOwnServiceButAnAnestheticInItsSentenceIsNot() {
        assertEquals(Set.of("J3301"), code("Under general anesthesia, 40 mg of Kenalog was injected into the right knee."));
        assertEquals(Set.of(), code("General anesthesia was induced and 40 mg of ketorolac was given IV."));
    }

    @Test
    void aDrugOfTheLocalCocktailInjectedIntoTheOperativeSiteIsNotCoded() {
        assertEquals(Set.of(), code("Before closure a cocktail was injected around the joint, made of ropivacaine and "
                + "30 mg of ketorolac."));
    }

    @Test
    void aDrugUnderAnAnesthesiaOrPremedicationHeaderIsNotCoded() {
        assertEquals(Set.of(), code("PREMEDICATION:\nAtropine 0.4 mg IM.\nPROCEDURE:\nThe bronchoscope was advanced."));
        assertEquals(Set.of(), code("ANESTHESIA:\nMeperidine 50 mg IV.\nPROCEDURE:\nThe colon was examined to the cecum."));
    }

    @Test
    void theSalineOfAProcedureReportIsNotAnInfusion() {
        assertEquals(Set.of(), code("PROCEDURE:\nEpidural injection.\nA mixture of steroid and normal saline for a total of 10 mL was injected."));
    }

    @Test
    void aSedationAgentInTheMedicationListOfAProcedureReportIsNotCoded() {
        assertEquals(Set.of(), code("PROCEDURE:\nUpper endoscopy with biopsy.\nMEDICATIONS:\nFentanyl 50 mcg IV and heparin 2000 units IV."));
    }

    @Test
    void anInjectionGivenAsItsOwnServiceStaysCoded() {
        assertEquals(Set.of("J3010"), code("In the clinic she was given fentanyl 50 mcg IV for severe pain."));
        assertEquals(Set.of("J2405"), code("Ondansetron 4 mg IV for chemotherapy-induced nausea."));
        assertEquals(Set.of("J2550"), code("PROCEDURE:\nLaceration repair.\nPromethazine 25 mg IM was given for vomiting."));
        assertEquals(Set.of("J0696"), code("PROCEDURE:\nWound check.\nCeftriaxone 1 g IM was given in clinic for the infection."));
        assertEquals(Set.of("J1100"), code("PROCEDURE:\nShoulder examination.\nDexamethasone sodium phosphate 10 mg intramuscularly."));
    }

    @Test
    void everyAgentCodeExistsInTheLoadedFile() {
        for (String line : DataFiles.lines(ProcedureDrugs.FILE)) {
            String[] c = line.split("\t");
            if (c[0].equals("agent")) {
                assertTrue(MODULE.codes().code(c[1]).isPresent(), c[1] + " is not in the HCPCS file");
            }
        }
    }
}
