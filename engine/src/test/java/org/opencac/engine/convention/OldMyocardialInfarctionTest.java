package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A myocardial infarction over four weeks old is an old one (I25.2), not an acute one (I21, four weeks or less
 * from onset): one dated months back, or the condition of a hospital stay of a past year; one of this encounter
 * stays acute.
 */
class OldMyocardialInfarctionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.9.e.1 an infarction some months ago is an old infarction",
                        "HISTORY OF PRESENT ILLNESS:\nSome five months ago, after an MI, he moved in with his son."
                                + " He reports trouble falling asleep.\n", "I25.2", "I21.9"),
                out("I.C.9.e.1 an infarction told before months ago is an old infarction",
                        "HISTORY OF PRESENT ILLNESS:\nShe had a myocardial infarction eight months ago and now has"
                                + " ankle swelling.\n", "I25.2", "I21.9"),
                out("I.C.9.e.1 the condition of a stay in a past year is an old infarction",
                        "HISTORY OF PRESENT ILLNESS:\nHe was hospitalized in 2011 with a myocardial infarction and"
                                + " later had a stent placed. He comes for a cough.\n", "I25.2", "I21.9"),
                out("I.C.9.e.1 an infarction of this encounter stays acute",
                        "HISTORY OF PRESENT ILLNESS:\nHe presents today with an acute myocardial infarction.\n",
                        "I21.9", "I25.2"),
                out("I.C.9.e.1 an infarction named among the standing conditions of a diagnosis list is old",
                        "DIAGNOSES:\nMedical: Hypertension, type 2 diabetes, MI and hypothyroidism.\n", "I25.2",
                        "I21.9"),
                out("I.C.9.e.1 a non-ST elevation infarction in a list of standing conditions stays acute",
                        "DIAGNOSES:\nHypertension, type 2 diabetes, NSTEMI and hypothyroidism.\n", "I21.4",
                        "I25.2"),
                out("I.C.9.e.1 an infarction listed with fewer than two chronic conditions keeps its acute reading",
                        "DIAGNOSES:\n1. MI.\n2. Hypertension.\n", "I21.9", "I25.2"),
                out("I.C.9.e.1 an infarction the story refers to, told as past in the history, is the old one",
                        "HISTORY OF PRESENT ILLNESS:\nHe says this ache differs from the pain of his myocardial"
                                + " infarction. He has a cough.\nPAST MEDICAL HISTORY:\nMyocardial infarction in"
                                + " 2009.\n", "I25.2", "I21.9"),
                out("I.C.9.e.1 an infarction of this episode beside an old one stays acute",
                        "HISTORY OF PRESENT ILLNESS:\nHe came in with an acute myocardial infarction.\nPAST"
                                + " MEDICAL HISTORY:\nMyocardial infarction in 2009.\n", "I21.9", ""),
                out("I.C.9.e.1 an infarction the assessment names is not read as the old one of the history",
                        "HISTORY OF PRESENT ILLNESS:\nShe had chest pressure while walking her dog.\nPAST MEDICAL"
                                + " HISTORY:\nMyocardial infarction in 2009.\nASSESSMENT:\nMyocardial"
                                + " infarction.\n", "I21.9", ""),
                out("I.C.21.c.4 a condition months ago other than an infarction keeps its own reading",
                        "HISTORY OF PRESENT ILLNESS:\nShe has had low back pain since an injury three months ago.\n",
                        "M54.50", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
