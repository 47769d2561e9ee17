package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Excludes1 (Guideline I.A.12.a): two mutually exclusive codes are never reported together. */
class Excludes1ConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.A.12.a heart disease excluded only if specified as rheumatic stays beside a presumed rheumatic valve code",
                        "IMPRESSION:\n1. Left ventricular hypertrophy.\n2. Mitral regurgitation.\n"
                                + "3. Tricuspid regurgitation.\n", "I51.7 I08.1", ""),
                out("I.C.5.b.1 abuse the assessment names gives way to the dependence the narrative tells of one"
                                + " substance",
                        "HISTORY: He is addicted to drugs and uses them daily.\nASSESSMENT:\n1. Substance abuse.\n",
                        "F19.20", "F19.10"),
                out("I.A.12.a type 1 and type 2 diabetes are not reported together",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Type 1 diabetes mellitus.\n", "E11.9", "E10.9"),
                out("I.A.12.a essential hypertension is not reported with hypertensive CKD",
                        "ASSESSMENT:\n1. Hypertensive chronic kidney disease.\n2. Essential hypertension.\n"
                                + "3. Chronic kidney disease stage 2.\n", "I12.9 N18.2", "I10"),
                out("I.A.12.a hyperglycemia is not reported with diabetes with hyperglycemia",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus with hyperglycemia.\n2. Hyperglycemia.\n",
                        "E11.65", "R73.9"),
                out("I.A.12.a the condition the diagnostic statement lists first is kept over one better documented elsewhere",
                        "HISTORY: Long history of depression, depression worse this month, depression with poor sleep.\n"
                                + "DIAGNOSES:\n1. Bipolar disorder.\n2. Depression.\n", "F31.9", "F32.A"),
                out("I.A.12.a the code whose Includes note names the other reports both, whatever the statement lists first",
                        "HISTORY: She came in breathless, with high blood pressure, and was found in acute heart failure.\n"
                                + "IMPRESSION:\n1. Acute heart failure.\n2. Enlarged heart on examination.\n",
                        "I11.0", "I51.7"),
                in("I.B.5 a definitive diagnosis is kept over the symptom its note excludes, though the symptom is told more often",
                        "HISTORY: Jaundice for a week; the jaundice is worse and her"
                                + " family saw the jaundice first.\nHOSPITAL COURSE: She was worked up for liver failure.\n",
                        "K72.90", "R17"),
                out("I.B.5 a definitive diagnosis is kept over the symptom the statement lists first",
                        "ASSESSMENT:\n1. Jaundice.\n2. Cirrhosis of liver.\n", "K74.60", "R17"),
                out("I.A.12.a a symptom the statement names is kept over a diagnosis told only in the narrative",
                        "HISTORY: Years ago she was told she had cirrhosis of liver.\nASSESSMENT:\n1. Jaundice.\n",
                        "R17", "K74.60"),
                out("I.C.21.c.3 a current condition a status code's own note sends away is kept over the status",
                        "HISTORY: He had a vasectomy six years ago and now wants children.\n"
                                + "ASSESSMENT:\n1. Status post vasectomy.\n2. Azoospermia.\n", "N46.01", "Z98.52"),
                out("I.A.12.a of two codes equally supported, the one the note describes in more words is kept",
                        "A 40-year-old woman was seen for bronchitis. Her chest film fitted an acute bronchitis.\n",
                        "J20.9", "J40"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
