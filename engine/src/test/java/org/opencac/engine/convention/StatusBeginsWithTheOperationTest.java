package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A device the note's own operation places is the procedure, not a status the patient had as the encounter began
 * (Guidelines I.C.21.c.3): its other mentions in the indication and plan name the same device. A device of an
 * earlier operation, told in the patient's story, is still a status.
 */
class StatusBeginsWithTheOperationTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.3 the pacemaker implanted today is not a pacemaker status in the plan",
                        "PROCEDURE PERFORMED:\nImplantation of a dual chamber permanent pacemaker.\nINDICATION:\n"
                                + "Sick sinus syndrome.\nPLAN:\nMonitor on telemetry overnight to confirm the pacemaker function.\n",
                        "I49.5", "Z95.0"),
                out("I.C.21.c.3 the knee replacement the indication asks for is the arthroplasty done today",
                        "PREOPERATIVE DIAGNOSIS:\nOsteoarthritis of the right knee.\nPROCEDURE:\nRight total knee arthroplasty "
                                + "with cemented components.\nINDICATIONS:\nShe has failed injections and wishes to have a "
                                + "total knee replacement.\n",
                        "M17.11", "Z96.651 Z96.659"),
                in("I.C.21.c.3 the uterus this stay removed is no absence status, though the discharge diagnosis "
                                + "says status post",
                        "ADMISSION DIAGNOSIS:\nHeavy menstrual bleeding.\nDISCHARGE DIAGNOSIS:\nStatus post abdominal "
                                + "hysterectomy.\nPROCEDURE:\nShe underwent a total abdominal hysterectomy.\nHOSPITAL COURSE:\n"
                                + "She recovered well and went home on the second day.\n",
                        "", "Z90.710"),
                in("I.C.21.c.3 an ovary removed earlier stays a status beside the other ovary removed now",
                        "PREOPERATIVE DIAGNOSES:\n1. Recurrent cyst of the left ovary.\n2. Status post prior right "
                                + "salpingo-oophorectomy.\nPROCEDURE:\nLeft salpingo-oophorectomy through a low transverse "
                                + "incision.\n",
                        "Z90.721", ""),
                in("I.C.21.c.3 an ovary removed earlier, its word written with one o less, stays a status",
                        "PREOPERATIVE DIAGNOSES:\n1. Pelvic mass on the right.\n2. Status post prior left "
                                + "salpingoophorectomy.\nPROCEDURE:\nRight salpingoophorectomy and lysis of adhesions.\n",
                        "Z90.721", ""),
                in("I.C.21.c.3 the ovary this operation removes is no absence status, though the diagnosis says status post",
                        "DISCHARGE DIAGNOSIS:\nStatus post left salpingo-oophorectomy for a benign cyst.\nPROCEDURE:\n"
                                + "She underwent a left salpingo-oophorectomy.\nHOSPITAL COURSE:\nShe went home on the "
                                + "first day.\n",
                        "", "Z90.721"),
                in("I.C.21.c.3 an organ removed earlier stays a status beside another organ removed now",
                        "DISCHARGE DIAGNOSIS:\nGallstones with chronic cholecystitis.\nPAST SURGICAL HISTORY:\nStatus post "
                                + "abdominal hysterectomy.\nPROCEDURE:\nShe underwent a laparoscopic cholecystectomy.\n",
                        "Z90.710", ""),
                out("I.C.21.c.3 a pacemaker placed years ago and told in the history stays a status",
                        "HISTORY OF PRESENT ILLNESS:\nHe has had a permanent pacemaker since 2015 and now has a painful "
                                + "swollen left knee.\nASSESSMENT:\nGout of the left knee.\n",
                        "Z95.0", ""),
                out("I.C.21.c.3 a joint told as replaced at an earlier operation is the presence of its implant",
                        "HISTORY OF PRESENT ILLNESS:\nShe had her right knee replaced four years ago and now has a "
                                + "painful left hip.\nASSESSMENT:\nOsteoarthritis of the left hip.\n",
                        "Z96.651", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
