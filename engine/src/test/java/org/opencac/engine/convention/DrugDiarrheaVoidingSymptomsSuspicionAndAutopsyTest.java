package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding a sample of transcribed notes as a coder would: a diarrhea said to come from an antibiotic,
 * obstructive voiding symptoms beside an enlarged prostate, a cholesteatoma of the ear canal, a specimen sent to be
 * tested for an infection, a condition the writer is suspicious of, a fall off a bicycle read as a history of falls,
 * the stiffening of a body after death read as chills, and the cause of death an autopsy states.
 */
class DrugDiarrheaVoidingSymptomsSuspicionAndAutopsyTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Index: Diarrhea, drug-induced K52.1: a diarrhea associated with an antibiotic",
                        "DIAGNOSIS:\nAntibiotic-associated diarrhea after a course of clindamycin.\n", "K52.1",
                        "A04.72"),
                out("Index: Hyperplasia, prostate, with LUTS N40.1: obstructive voiding symptoms are LUTS",
                        "DIAGNOSES:\n1. Benign prostatic hyperplasia.\n2. Obstructive voiding symptoms.\n", "N40.1",
                        "N40.0"),
                out("Index: Cholesteatoma, external ear (canal) H60.4-: a cholesteatoma of the ear canal",
                        "POSTOPERATIVE DIAGNOSIS:\nRight ear canal cholesteatoma.\n", "H60.41", "H71.91 H71.90"),
                out("IV.H a specimen sent to be tested for an infection does not establish it",
                        "PROCEDURE:\nStool was aspirated and sent to pathology for C difficile.\nDIAGNOSIS:\n"
                                + "Irritable bowel syndrome.\n", "K58.9", "A04.72"),
                out("IV.H a condition the writer is suspicious of is uncertain: not coded in an outpatient note",
                        "ASSESSMENT:\nCramping abdominal pain. I am suspicious of irritable bowel syndrome.\n", "",
                        "K58.9"),
                out("Z91.81: a fall off a bicycle that caused the injury is no history or risk of falls",
                        "HISTORY:\nA boy with a history of falling off his scooter two days ago.\nDIAGNOSIS:\n"
                                + "Abrasion of the right knee.\n", "", "Z91.81"),
                out("R68.83: the stiffening of a body after death is no chill",
                        "EXTERNAL EXAMINATION:\nThe body is cold and unembalmed with declining rigor.\n", "",
                        "R68.83"),
                out("an autopsy's cause of death is its diagnostic statement, not an examination finding",
                        "EXTERNAL EXAMINATION:\nNo injuries.\nCAUSE OF DEATH:\nSaddle embolus of the pulmonary"
                                + " artery.\n",
                        "I26.92", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
