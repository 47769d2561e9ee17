package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding a sample of transcribed notes as a coder would: a chronic eye disease told as a history,
 * an amount of change read as a kidney lesion, a dated earlier vaccine read as one given now, a pregnancy test of a
 * workup read as the encounter for it, a bacteremia dropped as a symptom of an unrelated diagnosis, the presenting
 * symptom of a study dropped because it resolved during the study, a psychosis or agitation beside the bipolar
 * episode it belongs to, and wordings of the lexicon (an occlusive disease of the carotid artery, an infected
 * dialysis catheter, a stenosing tendinosis, spondylosis at a junction of two regions).
 */
class CoderRoundTwentySevenTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.C.21.c.4 a history of macular degeneration is the disease, which does not resolve",
                        "ASSESSMENT:\nHistory of macular degeneration; she now reads with a magnifier.\n",
                        "H35.30", "Z86.69"),
                out("N05.0: minimal change said of an imaging finding is an amount, no glomerular lesion",
                        "FINDINGS:\nThe thyroid nodule shows only minimal change in size since the prior scan.\n",
                        "", "N05.0 N04.0 N03.0"),
                out("N04.0: minimal change disease with nephrotic proteinuria is the glomerular lesion",
                        "ASSESSMENT:\n1. Minimal change disease with heavy proteinuria.\n", "N04.0", ""),
                out("Z23: the last vaccine dated in an immunization history was not given at this encounter",
                        "IMMUNIZATION HISTORY:\nThe last flu shot he had was on 2004.\n", "", "Z23"),
                out("Z23: a vaccine given today is the encounter for immunization",
                        "PLAN:\nFlu vaccine given today in the left deltoid.\n", "Z23", ""),
                out("I99.8: ischemia on an exercise test is a finding of the test, no circulatory disorder",
                        "IN SUMMARY:\n1. Exercise ischemia with 1 mm ST depression.\n", "R94.31", "I99.8"),
                out("Z32.0: a pregnancy test run in the workup of an injury is a result, not the encounter",
                        "DIAGNOSTIC STUDIES:\nLabs include a urine pregnancy test and a blood count, both"
                                + " unremarkable.\nASSESSMENT:\n1. Contusion of the abdominal wall after a fall from a"
                                + " ladder.\n", "S30.11XA", "Z32.00 Z32.02"),
                out("Z32.0: a visit for a pregnancy test is the encounter for it",
                        "CHIEF COMPLAINT:\nShe comes in for a pregnancy test.\n", "Z32.00", ""),
                in("I.B.4 a bacteremia told in the history is no symptom of the kidney disease of the statement",
                        "HISTORY OF PRESENT ILLNESS:\nHe was found to have a bacteremia with a high fever.\n"
                                + "POSTOPERATIVE DIAGNOSIS:\nChronic renal failure.\n", "N18.9 R78.81", "R50.9"),
                out("IV.K the indication's symptom that resolved during the study is still the reason for it",
                        "INDICATION:\nChest pain.\nIN SUMMARY:\n1. Normal perfusion images.\n2. Chest pain went away"
                                + " and resolved after stopping the exercise.\n", "R07.9", ""),
                out("III a symptom told only in the history that the statement calls resolved stays past",
                        "HISTORY OF PRESENT ILLNESS:\nHe describes chest pain with walking.\nIMPRESSION:\n1. Chest"
                                + " pain, resolved.\n2. Hyperlipidemia.\n", "E78.5", "R07.9"),
                in("I.B.5 an unspecified psychosis and agitation are part of the episode of a bipolar disorder",
                        "HISTORY:\nOver the past week he grew agitated and slept little.\nIMPRESSION:\n1. Bipolar"
                                + " disorder.\n2. Psychosis with grandiose delusions.\n", "F31.9", "F29 R45.1"),
                out("lexicon: an occlusive disease of the carotid artery is its occlusion and stenosis",
                        "DIAGNOSES:\n1. Left carotid artery occlusive disease.\n", "I65.22", "G45.1"),
                in("lexicon: an infected dialysis catheter is an infection due to a vascular device",
                        "ASSESSMENT:\n1. Infected dialysis catheter, removed today.\n", "T82.7XXA", ""),
                out("lexicon: a stenosing tendinosis is a trigger finger, not an unspecified enthesopathy",
                        "DIAGNOSIS:\nStenosing tendinosis of the left ring finger.\n", "M65.342", "M77.9"),
                out("spinal region: spondylosis at the junction of the thoracic and lumbar spine",
                        "FINDINGS:\nMild spondylosis at T12-L1 without stenosis.\n", "M47.815", "M47.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
