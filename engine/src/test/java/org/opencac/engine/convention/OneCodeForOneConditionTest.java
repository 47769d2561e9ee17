package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One code reports one condition: the weeks of gestation of the pregnancy, not those a fetal measurement equals;
 * one stage of a chronic kidney disease (one N18); a sickle-cell disease told with its crisis; a migraine told
 * intractable.
 */
class OneCodeForOneConditionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.15.b.4 one week count of the pregnancy, not the weeks a fetal measurement equals",
                        "IMPRESSION:\nSingle live pregnancy at 33 weeks gestational age by this scan.\nPolyhydramnios.\n"
                                + "MEASUREMENTS:\nHead circumference equals 36 weeks gestational age.\n",
                        "Z3A.33", "Z3A.36"),
                out("I.C.14.a one stage of chronic kidney disease, the one the assessment states",
                        "HISTORY:\nWe went over what end-stage kidney disease would mean and how dialysis works.\n"
                                + "ASSESSMENT:\n1. Chronic kidney disease, stage 4.\n2. Hypertension.\n", "N18.4", "N18.6"),
                out("I.C.21.c.13 a health maintenance exam of a child the note calls well child care is the child's"
                                + " examination",
                        "CHIEF COMPLAINT:\nThis 3-year-old girl comes for a health maintenance exam with her father.\n"
                                + "IMPRESSION:\nRoutine well child care.\n", "Z00.129", "Z00.00"),
                out("I.B.2 a skin cancer told in general words beside its carcinoma of the scalp is that carcinoma",
                        "INDICATIONS:\nAn elderly man with a skin malignancy, biopsy positive.\n"
                                + "PREOPERATIVE DIAGNOSIS:\nSquamous cell carcinoma of the scalp.\n", "C44.42", "C44.90"),
                out("I.B.2 the infection of a foot said beside that foot's abscess is the abscess",
                        "HISTORY:\nA man with an infection of the right foot for a week, worse despite antibiotics.\n"
                                + "IMPRESSION:\nAbscess of the right foot.\n", "L02.611", "L08.9"),
                out("I.B.2 joint disease said beside the gout the note names is that gout",
                        "HISTORY:\nAn older man with joint disease whose gout flares each winter.\n"
                                + "ASSESSMENT:\n1. Gout of the great toe.\n2. Rheumatoid arthritis.\n", "M06.9", "M25.9"),
                out("I.B.2 hemolysis said of a patient with autoimmune hemolytic anemia is that anemia",
                        "HISTORY:\nHis hemolysis has been controlled on low-dose prednisone.\n"
                                + "ASSESSMENT:\n1. Autoimmune hemolytic anemia.\n", "D59.10", "D59.9"),
                out("I.B.2 a sickle cell anemia in crisis is coded with the crisis only",
                        "HISTORY:\nA young man with sickle cell anemia has had back pain for a day.\n"
                                + "IMPRESSION:\nSickle cell crisis.\n", "D57.00", "D57.1"),
                out("I.B.2 a migraine with aura called intractable in one statement is the intractable one",
                        "ADMITTING DIAGNOSIS:\nIntractable migraine with aura.\nDISCHARGE DIAGNOSIS:\n"
                                + "Migraine with aura.\n", "G43.119", "G43.109"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
