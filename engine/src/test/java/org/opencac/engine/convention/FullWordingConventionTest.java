package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conditions a coder reads from their full wording: an organism written out in full as its abbreviation would be,
 * a fetal death in the words clinicians use, one condition documented on each side, a former habit told after the
 * point that ended it, and the delivery or weeks codes that the rest of the record excludes.
 */
class FullWordingConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.1.b methicillin-resistant Staphylococcus aureus written in full causes the cellulitis as MRSA",
                        "ASSESSMENT:\n1. Methicillin-resistant Staphylococcus aureus cellulitis of the left arm.\n",
                        "L03.114 B95.62", "B95.61"),
                in("I.C.15.b.4 a fetal death delivered is the maternal care for it, not an uncomplicated delivery",
                        "HISTORY:\nShe came in at 38 weeks of gestation with an intrauterine fetal demise.\n"
                                + "DELIVERY NOTE:\nSpontaneous vaginal delivery of a stillborn infant.\n",
                        "O36.4XX0", "O80"),
                out("I.B.13 stenosis of each nasolacrimal duct is the bilateral code",
                        "POSTOPERATIVE DIAGNOSES:\n1. Nasolacrimal duct stenosis, right eye.\n"
                                + "2. Nasolacrimal duct stenosis, left eye.\n", "H04.553", "H04.551 H04.552"),
                out("I.C.21.c.4 the smoking told after the point it was given up is the former habit",
                        "SOCIAL HISTORY:\nShe gave up tobacco in 2001; prior to that smoked one pack per day.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9 Z87.891", "F17.210"),
                out("I.C.21.c.4 a habit dated between two ages has ended",
                        "SOCIAL HISTORY:\nHe smoked two packs per day from age 19 to 60.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9", "F17.210"),
                out("lexicon: symptomatic prostatic hypertrophy is the enlargement with urinary tract symptoms",
                        "INDICATION:\nTransurethral resection for his symptomatic prostatic hypertrophy.\n",
                        "N40.1", "N40.0"),
                in("I.B.5 the pain and bleeding of an ectopic pregnancy are not coded beside it",
                        "PREOPERATIVE DIAGNOSES:\n1. Left tubal ectopic pregnancy.\n2. Severe abdominal pain.\n"
                                + "3. Vaginal bleeding.\n", "O00.102", "R10.0 R10.9 N93.9"),
                in("I.B.5 decreased fetal movements are not coded beside the fetal death they led to",
                        "HISTORY:\nShe noticed decreased fetal movement and was found to have an intrauterine fetal"
                                + " demise at 35 weeks of gestation.\n", "O36.4XX0", "O36.8130 O36.8190"),
                in("I.C.21.c.3 no weeks of gestation for an ectopic pregnancy",
                        "POSTOPERATIVE DIAGNOSIS:\nRight tubal ectopic pregnancy at 7 weeks gestational age.\n",
                        "", "Z3A.07"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
