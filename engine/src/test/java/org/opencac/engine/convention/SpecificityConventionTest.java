package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specificity from the note through the full pipeline: 7th characters with placeholder X (I.C.19.a,
 * I.A.5), laterality (I.B.13), CKD stage (I.C.14.a), heart failure type and acuity (I.A.9).
 */
class SpecificityConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.14.a CKD stage 3b is N18.32", "ASSESSMENT:\n1. Chronic kidney disease stage 3b.\n", "N18.32", "N18.9"),
                out("I.C.14.a CKD stage 3a is N18.31", "ASSESSMENT:\n1. Chronic kidney disease stage 3a.\n", "N18.31", "N18.9"),
                out("I.C.14.a CKD stage 1 is N18.1", "ASSESSMENT:\n1. Chronic kidney disease stage 1.\n", "N18.1", "N18.9"),
                out("I.C.14.a CKD stage 4 is N18.4", "ASSESSMENT:\n1. Chronic kidney disease stage 4.\n", "N18.4", "N18.9"),
                out("I.C.14.a end stage renal disease is N18.6", "ASSESSMENT:\n1. End stage renal disease.\n", "N18.6", "N18.9"),
                out("I.C.14.a CKD without a stage is N18.9", "ASSESSMENT:\n1. Chronic kidney disease.\n", "N18.9", "N18.30"),
                out("I.A.9 acute on chronic systolic heart failure is I50.23",
                        "ASSESSMENT:\n1. Acute on chronic systolic heart failure.\n", "I50.23", "I50.9"),
                out("I.A.9 chronic diastolic heart failure is I50.32",
                        "ASSESSMENT:\n1. Chronic diastolic heart failure.\n", "I50.32", "I50.9"),
                out("I.A.9 acute systolic heart failure is I50.21",
                        "ASSESSMENT:\n1. Acute systolic heart failure.\n", "I50.21", "I50.9"),
                out("I.A.9 acute on chronic combined heart failure is I50.43",
                        "ASSESSMENT:\n1. Acute on chronic combined systolic and diastolic heart failure.\n", "I50.43", "I50.9"),
                out("I.A.9 heart failure without type is I50.9", "ASSESSMENT:\n1. Heart failure.\n", "I50.9", "I50.23"),
                out("I.B.13 right knee pain is M25.561", "ASSESSMENT:\n1. Right knee pain.\n", "M25.561", "M25.569"),
                out("I.B.13 left knee pain is M25.562", "ASSESSMENT:\n1. Left knee pain.\n", "M25.562", "M25.569"),
                out("I.B.13 left shoulder pain is M25.512", "ASSESSMENT:\n1. Left shoulder pain.\n", "M25.512", "M25.519"),
                out("I.C.19.a contusion of right knee in the ED is S80.01XA with placeholder X and 7th character A",
                        "EMERGENCY DEPARTMENT NOTE\nASSESSMENT:\n1. Contusion of right knee.\n", "S80.01XA", "S80.01XD"),
                out("I.C.19.a subsequent encounter takes 7th character D",
                        "ASSESSMENT:\n1. Contusion of right knee, subsequent encounter.\n", "S80.01XD", "S80.01XA"),
                out("I.C.19.a an open fracture seen again with routine healing keeps its open kind: E, not the closed D",
                        "ASSESSMENT:\n1. Open fracture of the left tibia shaft, routine healing.\n", "S82.202E", "S82.202D"),
                out("I.C.19.a a closed fracture seen again with routine healing is D",
                        "ASSESSMENT:\n1. Closed fracture of the left tibia shaft, routine healing.\n", "S82.202D", "S82.202E"),
                out("I.C.19.c.1 a closed fracture told with nonunion is K, not the first subsequent encounter D",
                        "ASSESSMENT:\n1. Closed fracture of the left tibia shaft with nonunion.\n", "S82.202K", "S82.202D S82.202A"),
                out("I.C.19.c.1 an open fracture told with nonunion keeps its open kind: M",
                        "ASSESSMENT:\n1. Open fracture of the left tibia shaft with nonunion.\n", "S82.202M", "S82.202K S82.202E"),
                out("I.C.19.c.1 a fracture told with malunion is P",
                        "ASSESSMENT:\n1. Fracture of the right fifth metatarsal, malunion.\n", "S92.351P", "S92.351A"),
                out("I.C.19.a sequela takes 7th character S",
                        "ASSESSMENT:\n1. Contusion of right knee, sequela.\n", "S80.01XS", "S80.01XA"),
                in("I.C.19.a active treatment in the hospital is 7th character A",
                        "DISCHARGE DIAGNOSES:\n1. Contusion of left knee.\n", "S80.02XA", "S80.02XD"),
                out("I.A.5 concussion takes placeholder X before its 6th and 7th characters (loss of consciousness"
                        + " not documented: status unknown, A)",
                        "EMERGENCY DEPARTMENT NOTE\nASSESSMENT:\n1. Concussion.\n", "S06.0XAA", "S06.0 S06.0X0A"),
                out("I.C.12.a pressure ulcer of sacral region stage 2 is L89.152",
                        "ASSESSMENT:\n1. Pressure ulcer of sacral region, stage 2.\n", "L89.152", "L89.159"),
                out("I.C.12.a pressure ulcer of sacral region without stage is L89.159",
                        "ASSESSMENT:\n1. Pressure ulcer of sacral region.\n", "L89.159", "L89.152"),
                out("I.A.10 diverticula of the sigmoid colon are of the large intestine (the Index's subterm), once",
                        "FINDINGS: Scattered diverticula were seen in the sigmoid colon.\n"
                                + "IMPRESSION:\n1. Diverticulosis, sigmoid colon.\n2. Diverticulosis.\n", "K57.30", "K57.90"),
                out("I.A.10 a surgical join of the bowel is an operation, not the Index's intestinal anastomosis",
                        "PROCEDURE: An anastomosis was made between the transverse colon and the ileum.\n"
                                + "POSTOPERATIVE DIAGNOSIS: Carcinoma of the transverse colon.\n", "C18.4", "K63.89"),
                out("I.A.10 brown pigment in the colon's lining is an intestinal disease, not a skin one",
                        "POSTOPERATIVE DIAGNOSES:\n1. Melanosis coli.\n2. Internal hemorrhoids.\n", "K63.89", "L81.4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
