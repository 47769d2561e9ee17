package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uncertain diagnoses by setting (Guidelines IV.H outpatient, II.H and III.C inpatient), history and
 * family codes (I.C.21.c.4), and negation, through the full pipeline. CandidateRanker applies these;
 * the tests pin them down against the convention stages that run after it.
 */
class UncertainDiagnosisConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.H outpatient probable pneumonia is not coded, the cough is",
                        "ASSESSMENT:\n1. Cough, probable pneumonia.\n", "R05.9", "J18.9"),
                in("II.H inpatient probable pneumonia is coded as established",
                        "DISCHARGE DIAGNOSES:\n1. Probable pneumonia.\n", "J18.9", ""),
                out("IV.H outpatient suspected urinary tract infection is not coded, the dysuria is",
                        "ASSESSMENT:\n1. Dysuria, suspected urinary tract infection.\n", "R30.0", "N39.0"),
                in("II.H inpatient suspected urinary tract infection is coded as established",
                        "DISCHARGE DIAGNOSES:\n1. Suspected urinary tract infection.\n", "N39.0", ""),
                out("IV.H outpatient rule out deep vein thrombosis is not coded",
                        "ASSESSMENT:\n1. Left calf pain, rule out deep vein thrombosis.\n", "", "I82.402 I82.409"),
                in("II.H inpatient likely COPD exacerbation is coded as established",
                        "DISCHARGE DIAGNOSES:\n1. Likely COPD exacerbation.\n", "J44.1", ""),
                out("IV.H an uncertain diagnosis does not make its symptoms integral",
                        "ASSESSMENT:\n1. Fever, possible influenza.\n", "R50.9", "J11.1"),
                out("I.C.21.c.4 family history of colon cancer is Z80.0 (it bears on the rectal bleeding assessed)",
                        "FAMILY HISTORY:\nMother with colon cancer.\n\nASSESSMENT:\n1. Rectal bleeding.\n",
                        "Z80.0 K62.5", "C18.9"),
                out("I.C.21.c.4 family history is never first-listed",
                        "FAMILY HISTORY:\nFather had diabetes.\n\nASSESSMENT:\n1. Essential hypertension.\n",
                        "I10", "E11.9"),
                out("I.C.21.c.4 a negated condition is not coded",
                        "ASSESSMENT:\n1. Essential hypertension.\n2. No evidence of pneumonia.\n", "I10", "J18.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
