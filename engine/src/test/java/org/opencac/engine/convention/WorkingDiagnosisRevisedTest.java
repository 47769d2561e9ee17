package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The final diagnostic statement (discharge, postoperative) revises the working one (admission, preoperative):
 * a working diagnosis it words as another code of the category is not reported beside it (Guidelines II, IV.M);
 * a preoperative diagnosis of another category the postoperative one does not restate is not reported either.
 */
class WorkingDiagnosisRevisedTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.M the hernia found incarcerated at operation is reported once, as found",
                        "PREOPERATIVE DIAGNOSIS:\nUmbilical hernia.\nPOSTOPERATIVE DIAGNOSIS:\nIncarcerated umbilical hernia.\n"
                                + "PROCEDURE:\nRepair of the hernia.\n",
                        "K42.0", "K42.9"),
                out("IV.M the abscess the operation placed beside the anus is the perianal one",
                        "PREOPERATIVE DIAGNOSIS:\nPerirectal abscess.\nPOSTOPERATIVE DIAGNOSIS:\nPerianal abscess.\n",
                        "K61.0", "K61.1"),
                out("IV.M hernias thought bilateral before the operation and found on the left only are the left one",
                        "PREOPERATIVE DIAGNOSIS:\nBilateral inguinal hernias.\nPOSTOPERATIVE DIAGNOSIS:\nLeft inguinal hernia.\n"
                                + "PROCEDURE:\nLeft inguinal hernia repair; the right canal was explored and found tight.\n",
                        "K40.90", "K40.20"),
                out("IV.M the operation found another condition than the one it was planned for: the preoperative one is not reported",
                        "PREOPERATIVE DIAGNOSIS:\nAcute appendicitis.\nPOSTOPERATIVE DIAGNOSIS:\nRight ovarian cyst.\n",
                        "N83.201", "K35.80"),
                out("IV.M a tumour type suspected before the operation gives way to the pleural mass it found",
                        "PREOPERATIVE DIAGNOSIS:\nMesothelioma, right.\nPOSTOPERATIVE DIAGNOSIS:\nRight pleural mass.\n",
                        "J94.8", "C45.9"),
                in("IV.M a sign the operation was planned for stays beside what it found",
                        "PREOPERATIVE DIAGNOSIS:\nRectal bleeding.\nPOSTOPERATIVE DIAGNOSIS:\nInternal hemorrhoids.\n",
                        "K62.5", ""),
                in("II an admitting diagnosis of another category than the discharge one is not replaced",
                        "ADMISSION DIAGNOSIS:\nPneumonia.\nDISCHARGE DIAGNOSIS:\nUrinary tract infection.\n",
                        "J18.9 N39.0", ""),
                in("II the admitting bleeding pattern is worded otherwise at discharge",
                        "ADMISSION DIAGNOSIS:\nMenometrorrhagia.\nDISCHARGE DIAGNOSIS:\nMenorrhagia.\n",
                        "N92.0", "N92.1"),
                in("II a working diagnosis of another category stays: the chronic condition listed on admission",
                        "ADMISSION DIAGNOSES:\n1. Pneumonia.\n2. Hypothyroidism.\nDISCHARGE DIAGNOSIS:\nPneumonia.\n",
                        "J18.9 E03.9", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
