package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes whose vessel or organ the rest of the note decides: an angioplasty of unstated vessel beside coronary
 * disease is a coronary one (Z98.61, with a coronary stent Z95.5), not the Index's peripheral default (Z98.62);
 * an ischemic heart disease of no stated type beside coronary artery disease is that disease (I25.10, not also
 * I25.9); a preoperative evaluation done as a cardiac or a lung test is the cardiovascular (Z01.810) or the
 * respiratory (Z01.811) preprocedural examination, not an other one (Z01.818).
 */
class CoronaryContextCodesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.3 an angioplasty beside coronary artery disease is a coronary angioplasty",
                        "DIAGNOSES:\n1. Gout of the left foot.\n2. Coronary artery disease, status post angioplasty.\n",
                        "I25.10 Z98.61", "Z98.62"),
                out("I.C.21.c.3 an angioplasty with no coronary disease keeps the Index's peripheral default",
                        "DIAGNOSES:\n1. Gout of the left foot.\n2. Status post angioplasty.\n", "Z98.62", "Z98.61"),
                out("I.C.21.c.3 an angioplasty beside coronary disease and a coronary stent is the stent's",
                        "DIAGNOSES:\n1. Coronary artery disease, status post angioplasty.\n2. Coronary stent in place."
                                + "\n", "I25.10 Z95.5", "Z98.62 Z98.61"),
                out("I.B.2 an ischemic heart disease beside coronary artery disease is one disease",
                        "ASSESSMENT:\n1. Coronary artery disease.\n2. Ischemic heart disease, stable on his pills.\n",
                        "I25.10", "I25.9"),
                out("I.C.21.c.13 a preoperative evaluation done as a stress test is a cardiovascular examination",
                        "INDICATION: He is here for a preoperative evaluation before a hernia repair.\n"
                                + "DESCRIPTION: Treadmill stress test, standard protocol.\nCONCLUSION: Normal.\n",
                        "Z01.810", "Z01.818"),
                out("I.C.21.c.13 a preoperative evaluation done as lung function tests is a respiratory examination",
                        "INDICATION: She is here for a preoperative evaluation before a lung resection.\n"
                                + "RESULTS: Pulmonary function tests are within normal limits.\n", "Z01.811",
                        "Z01.818"),
                out("I.C.21.c.13 a chest film done as the preoperative evaluation is a respiratory examination",
                        "EXAM: Chest x-ray, two views.\nINDICATION: Preoperative evaluation.\nFINDINGS: The lungs are"
                                + " clear.\n", "Z01.811", "Z01.818"),
                out("I.C.21.c.13 a chest film among the results of a general preoperative visit does not make it one",
                        "CHIEF COMPLAINT: Preoperative evaluation before a hernia repair.\nRESULTS: Chest x-ray is"
                                + " clear.\nASSESSMENT: Healthy man.\n", "Z01.818", "Z01.811"),
                out("I.C.21.c.13 a preoperative evaluation with no test named stays an other examination",
                        "CHIEF COMPLAINT: Preoperative evaluation before a hernia repair.\nASSESSMENT: Healthy man.\n",
                        "Z01.818", "Z01.810 Z01.811"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
