package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.MentionOutcome;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/**
 * A condition told only in the account of an operation or study (its description or its findings) of a note whose
 * final diagnostic statement names conditions: coded only when the statement or narrative documents a condition
 * of its category, or when the operation was done for it or treats it.
 */
class ConditionSeenWhileOperatingTest {

    private static MentionOutcome outcome(CodingResult r, String text) {
        return r.mentions().stream().filter(m -> m.text().toLowerCase().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + r.mentions()));
    }

    @Test
    void operativeFindingTheStatementDoesNotCarryIsNotCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Menorrhagia.,POSTOPERATIVE DIAGNOSIS: Menorrhagia.,"
                + "PROCEDURE: Hysteroscopy with dilation and curettage.,FINDINGS: A left ovarian cyst.");
        NoteAssert.assertSuggested(r, "N92.0", 3);
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("N83.2")), r.suggestions().toString());
        assertEquals("procedure_only", outcome(r, "cyst").reason());
    }

    @Test
    void sitesOfTheSpreadAMetastaticStatementDocumentsAreCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Metastatic carcinoma of the breast.,"
                + "POSTOPERATIVE DIAGNOSIS: Same.,PROCEDURE: Placement of a venous port. The woman had a mastectomy"
                + " three years ago and now has metastases to the liver. The port was placed in the right chest.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("C78.7")), r.suggestions().toString());
        CodingResult local = outpatientChecked("PREOPERATIVE DIAGNOSIS: Carcinoma of the breast.,"
                + "POSTOPERATIVE DIAGNOSIS: Same.,PROCEDURE: Diagnostic laparoscopy. Metastases to the liver were"
                + " seen on the surface.");
        assertTrue(local.suggestions().stream().noneMatch(s -> s.code().startsWith("C78.7")),
                local.suggestions().toString());
    }

    @Test
    void vesselChangeTheSurgeonSawIsNotCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: End-stage renal disease.,POSTOPERATIVE DIAGNOSIS: "
                + "Same.,"
                + "DESCRIPTION OF PROCEDURE: The radial artery was opened and showed atherosclerosis of the"
                + " arteries of the arm. The fistula was made.");
        NoteAssert.assertSuggested(r, "N18.6", 3);
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("I70")), r.suggestions().toString());
    }

    @Test
    void findingOfTheStatementsCategoryIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Gallstones.,POSTOPERATIVE DIAGNOSIS: Gallstones.,"
                + "FINDINGS: Acute cholecystitis with gallstones.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("K80.0")), r.suggestions().toString());
    }

    @Test
    void conditionTheStudyWasDoneBecauseOfIsCoded() {
        CodingResult r = outpatientChecked("PROCEDURE: The overnight study was done in the laboratory because of "
                + "obstructive"
                + " sleep apnea.,IMPRESSION: Essential hypertension.");
        NoteAssert.assertSuggested(r, "G47.33", 3);
    }

    @Test
    void conditionTheOperationTreatsIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Menorrhagia.,POSTOPERATIVE DIAGNOSIS: Menorrhagia.,"
                + "PROCEDURE: Abdominal hysterectomy and lysis of adhesions.");
        assertTrue(outcome(r, "adhesions").coded(), r.mentions().toString());
    }

    @Test
    void conditionAStudyDuringTheOperationReportsIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: End-stage renal disease.,POSTOPERATIVE DIAGNOSIS: "
                + "Same.,"
                + "PROCEDURE: Placement of a tunneled dialysis catheter. An ultrasound of the neck during the procedure"
                + " showed thrombosis of the right internal jugular vein, so the left side was used.");
        assertTrue(outcome(r, "thrombosis").coded(), r.mentions().toString());
    }

    @Test
    void conditionAFrozenSectionDiagnosesIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Mass of the left forearm.,POSTOPERATIVE DIAGNOSIS: "
                + "Same.,"
                + "PROCEDURE: Excision of the mass. The frozen section showed a schwannoma.");
        assertTrue(outcome(r, "schwannoma").coded(), r.mentions().toString());
    }

    @Test
    void conditionTheOperationRepairedIsCoded() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Pain of the right knee.,POSTOPERATIVE DIAGNOSIS: "
                + "Same.,"
                + "PROCEDURE: Arthroscopy of the right knee. The tear of the medial meniscus was then repaired with"
                + " two sutures.");
        assertTrue(outcome(r, "meniscus").coded(), r.mentions().toString());
    }

    @Test
    void aStudyNamedWithoutItsResultMakesNoDiagnosis() {
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Menorrhagia.,POSTOPERATIVE DIAGNOSIS: Menorrhagia.,"
                + "PROCEDURE: Under ultrasound guidance the uterus was entered. A left ovarian cyst was seen.");
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("N83.2")), r.suggestions().toString());
    }

    @Test
    void operativeFindingOfANoteWithoutADiagnosticStatementIsCoded() {
        CodingResult r = outpatientChecked("PROCEDURE: Laparoscopy.,FINDINGS: A left ovarian cyst.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().startsWith("N83.2")), r.suggestions().toString());
    }

    @Test
    void aConditionTheFindingsGiveThePatientIntroducedByAgeIsCoded() {
        // the background sentence a surgeon writes into the findings gives the patient's own disease
        CodingResult r = outpatientChecked("PREOPERATIVE DIAGNOSIS: Recurrent left femoral hernia.,POSTOPERATIVE"
                + " DIAGNOSIS: Same.,PROCEDURE: Repair of the hernia.,FINDINGS: ,The patient is a 61yo machinist with chronic"
                + " obstructive pulmonary disease. A large indirect sac was found.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().equals("J44.9")), r.suggestions().toString());
        CodingResult seen = outpatientChecked("PREOPERATIVE DIAGNOSIS: Menorrhagia.,POSTOPERATIVE DIAGNOSIS:"
                + " Menorrhagia.,PROCEDURE: Hysteroscopy.,FINDINGS: This is a smooth cavity, with a left ovarian cyst"
                + " seen on the scan.");
        assertTrue(seen.suggestions().stream().noneMatch(s -> s.code().startsWith("N83.2")),
                seen.suggestions().toString());
    }

    @Test
    void theConditionThePatientWasBroughtInWithIsCoded() {
        // the opening sentence of the account tells the state the patient arrived in: the reason for the study
        CodingResult r = outpatientChecked("PROCEDURE: Emergent coronary angiography.,PROCEDURE IN DETAIL: The patient"
                + " was brought from the trauma bay to the laboratory with a cardiac arrest. The groin"
                + " was prepped.,IMPRESSION: Normal coronary arteries.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().equals("I46.9")), r.suggestions().toString());
        CodingResult seen = outpatientChecked("PREOPERATIVE DIAGNOSIS: Menorrhagia.,POSTOPERATIVE DIAGNOSIS:"
                + " Menorrhagia.,PROCEDURE: Hysteroscopy.,FINDINGS: The cavity was smooth, with a left ovarian cyst"
                + " seen on the scan.");
        assertTrue(seen.suggestions().stream().noneMatch(s -> s.code().startsWith("N83.2")),
                seen.suggestions().toString());
    }

    @Test
    void aSimpleOvarianCystIsTheOtherOvarianCystTheTabularIncludesIt() {
        // N83.29 "Other ovarian cysts" includes a simple cyst of ovary: not the unspecified cyst N83.20-, its side kept
        CodingResult r = outpatientChecked("PROCEDURE: Laparoscopy.,FINDINGS: A right ovarian simple cyst was drained.");
        assertTrue(r.suggestions().stream().anyMatch(s -> s.code().equals("N83.291")), r.suggestions().toString());
        assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("N83.20")), r.suggestions().toString());
    }

    @Test
    void theAccountOfADeliveryIsCodedFrom() {
        CodingResult cesarean = TestModels.pipeline().code(new Note("POSTOPERATIVE DIAGNOSIS: Intrauterine pregnancy at"
                + " 39 weeks, delivered.,HISTORY: A 30-year-old gravida 2, para 1 at 39 weeks.,PROCEDURE: She was"
                + " prepared for a repeat cesarean section. A baby boy was delivered.", CareSetting.INPATIENT));
        assertTrue(cesarean.suggestions().stream().anyMatch(s -> s.code().startsWith("O34.21")),
                cesarean.suggestions().toString());
        CodingResult vaginal = TestModels.pipeline().code(new Note("DIAGNOSES: Intrauterine pregnancy at 40 weeks.,"
                + "HISTORY: A 24-year-old gravida 1 at 40 weeks.,PROCEDURE PERFORMED: Spontaneous vaginal delivery.,"
                + "DESCRIPTION: She pushed well and a healthy boy was delivered.", CareSetting.INPATIENT));
        NoteAssert.assertSuggested(vaginal, "O80", 3);
    }
}
