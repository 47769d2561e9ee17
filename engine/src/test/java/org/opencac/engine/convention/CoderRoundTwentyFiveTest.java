package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding a sample of transcribed notes as a coder would: a coronary branch read as an artery
 * of no named site, a coma scale term read in a patient's account, a symptom reported beside the condition
 * that produces it, a radiculopathy whose limb names its region, a blood pressure response read as
 * hypertension, and a pseudotumor of an organ read as pseudotumor cerebri.
 */
class CoderRoundTwentyFiveTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("Index: a stenosis of a coronary branch is coronary artery disease, not a stricture of artery",
                        "IMPRESSION:\nThe obtuse marginal artery has a tight stenosis near its origin.\n",
                        "I25.10", "I77.1"),
                out("Index: a stenosis of the circumflex artery is coronary artery disease",
                        "FINDINGS:\nThere is an eccentric stenosis of the circumflex artery of about 80%.\n",
                        "I25.10", "I77.1"),
                out("Index: a coronary artery named by its abbreviation is coronary, its stenosis coronary artery disease",
                        "FINDINGS:\nThe LAD has a moderate area of narrowing and stenosis in its middle third.\n",
                        "I25.10", "I77.1"),
                out("Index: a coronary artery told as totally occluded is Occlusion, coronary, total, no infarction",
                        "FINDINGS:\nThe circumflex is totally occluded beyond its first branch.\n", "I25.82", "I21.3"),
                out("Index: a stenosis of an artery of a limb stays a stricture of artery",
                        "IMPRESSION:\n1. Moderate stenosis of the left subclavian artery.\n", "I77.1", "I25.10"),
                out("I25.41: a coronary artery dilated with a balloon is the angioplasty, no coronary aneurysm",
                        "FINDINGS:\nA balloon was used to post-dilate; the left anterior descending artery was dilated"
                                + " to 3 mm.\n", "", "I25.41"),
                out("I25.41: a dilated coronary artery the study shows is coded",
                        "IMPRESSION:\nThe left anterior descending artery is dilated.\n", "I25.41", ""),
                out("R40.2: a patient who localizes his pain has no coma scale score",
                        "HISTORY:\nThe patient localizes his pain to the front of the knee when climbing stairs.\n",
                        "", "R40.2350 R40.235"),
                out("I.B.5 pain of the testis is part of its torsion",
                        "PREOPERATIVE DIAGNOSIS:\nRight testicular torsion.\nINDICATIONS:\nThe boy woke with"
                                + " sudden right testicular pain.\n", "N44.00", "N50.811"),
                out("I.B.5 testicular pain with no torsion is reported",
                        "ASSESSMENT:\nRight testicular pain, cause not yet clear.\n", "N50.811", ""),
                out("I.B.5 double vision is part of a sixth nerve palsy",
                        "ASSESSMENT:\nLeft sixth nerve palsy with horizontal diplopia.\n", "", "H53.2"),
                out("lexicon: a radiculopathy of the upper extremity is cervical",
                        "DIAGNOSES:\n1. Left upper extremity radiculopathy.\n", "M54.12", "M54.10"),
                out("I.A.15 a disc herniation told with and without its level joins the radiculopathy at its level",
                        "DIAGNOSES:\n1. Herniated nucleus pulposus of the cervical spine.\n2. Left upper extremity"
                                + " radiculopathy.\nHISTORY:\nThe MRI showed a herniated disk at C5-C6.\n",
                        "M50.122", "M50.120 M50.10 M54.12"),
                out("I.A.15 a diabetes complication beside the unspecified diabetes stays when another complication"
                                + " is combined",
                        "ASSESSMENT:\n1. Type 1 diabetes mellitus.\n2. Painful diabetic neuropathy of both feet.\n"
                                + "3. Low blood sugar this morning, treated with juice.\n", "E10.649 E10.42", ""),
                out("I.B.5 pain of a testis with another disorder of it than a torsion is reported",
                        "ASSESSMENT:\n1. Cyst of the tunica albuginea of the left testis.\n2. Left testicular pain.\n",
                        "N50.812", ""),
                out("G93.2: an inflammatory pseudotumor of an organ is no pseudotumor cerebri",
                        "PATHOLOGY:\nThe lung biopsy showed an inflammatory pseudotumor.\n", "", "G93.2"),
                out("G93.2: pseudotumor cerebri is coded",
                        "ASSESSMENT:\n1. Pseudotumor cerebri with papilledema.\n", "G93.2", ""),
                out("lexicon: a hypertensive response to exercise is an elevated reading, not hypertension",
                        "CONCLUSION:\n1. Hypertensive response to exercise.\n2. No ischemic changes.\n",
                        "R03.0", "I10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
