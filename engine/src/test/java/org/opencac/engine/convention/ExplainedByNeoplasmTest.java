package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A vague finding of an organ that a coded neoplasm of the same organ explains is that neoplasm (I.B.4-5, III.B). */
class ExplainedByNeoplasmTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.B.5 a small bowel lesion beside a small bowel carcinoid tumor is that tumor",
                        "PREOPERATIVE DIAGNOSIS:\nSmall bowel carcinoid tumor.\nOPERATION:\n"
                                + "Excision of the small bowel lesion.\n", "C7A.019", "K63.9"),
                out("III.B a thickened endometrium beside an endometrial cancer is the cancer",
                        "IMPRESSION:\n1. Thickened endometrium.\n2. Endometrial cancer.\n", "C54.1", "R93.89"),
                out("III.B a lung nodule beside a cancer of the same lung is the cancer",
                        "IMPRESSION:\n1. Right lung nodule.\n2. Adenocarcinoma of the right lung.\n", "C34.91", "R91.1"),
                out("III.B a lesion of the pancreas (the head before its site) beside a pancreatic cancer is the cancer",
                        "IMPRESSION:\n1. Lesion of the pancreas.\n2. Adenocarcinoma of the pancreas.\n", "C25.9", "K86.9"),
                out("III.B an enlarged prostate felt on examination beside a prostate cancer is the cancer",
                        "FINDINGS:\nOn rectal examination he has a mildly enlarged prostate.\nPATHOLOGY:\n"
                                + "Core biopsies show adenocarcinoma of the prostate.\n", "C61", "N40.0"),
                out("III.B a prostatic hyperplasia named in its own words stays coded beside a prostate cancer",
                        "IMPRESSION:\n1. Benign prostatic hyperplasia.\n2. Adenocarcinoma of the prostate.\n",
                        "C61 N40.0", ""),
                out("III.B a pleural nodule beside a mesothelioma of the pleura is the mesothelioma",
                        "IMPRESSION:\n1. Pleural nodule.\n2. Mesothelioma of the pleura.\n", "C45.0", "J94.8"),
                out("III.B a finding of another organ than the neoplasm's stays coded",
                        "IMPRESSION:\n1. Thickened endometrium.\n2. Left breast cancer.\n", "R93.89 C50.912", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
