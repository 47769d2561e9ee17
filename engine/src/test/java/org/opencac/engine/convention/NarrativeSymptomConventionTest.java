package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symptoms of the narrative once the diagnostic statement establishes a diagnosis (Guidelines I.B.4-5, IV.D),
 * including the symptom codes the Tabular keeps outside chapter 18 (limb, joint and back pain, ear and eye
 * pain), and inpatient uncertain diagnoses raised only in the narrative (II.H).
 */
class NarrativeSymptomConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("IV.D limb pain told only in the history is explained by the diagnosis",
                        "HISTORY OF PRESENT ILLNESS:\nFor two weeks he has had pain in the left hand.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9", "M79.642"),
                out("IV.D ear pain told only in the history is explained by the diagnosis",
                        "HISTORY OF PRESENT ILLNESS:\nThe child has had left ear pain since Sunday.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9", "H92.02"),
                out("I.B.2 a symptom the assessment lists is reported with the detail the history tells of it",
                        "HISTORY OF PRESENT ILLNESS:\nThis week he noticed gross hematuria twice.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n2. Hematuria.\n", "J02.9 R31.0", "R31.9"),
                out("IV.D a narrower symptom told in the history is not the assessment's unspecified symptom told in detail",
                        "HISTORY OF PRESENT ILLNESS:\nThe nausea began on Monday.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n2. Nausea with vomiting.\n", "J02.9 R11.2", "R11.0"),
                out("I.C.6.b.1 chronic pain told only in the history is not coded beside its known cause",
                        "HISTORY OF PRESENT ILLNESS:\nShe has had chronic pain in the right knee for a year.\n"
                                + "ASSESSMENT:\n1. Primary osteoarthritis of the right knee.\n", "M17.11", "G89.29"),
                out("I.C.6.b.1 chronic pain the provider lists in the assessment stays coded",
                        "HISTORY OF PRESENT ILLNESS:\nBack surgery two years ago.\n"
                                + "ASSESSMENT:\n1. Primary osteoarthritis of the right knee.\n2. Chronic pain.\n",
                        "M17.11 G89.29", ""),
                out("IV.K the symptom a study is done for stays beside an unrelated finding of the study",
                        "INDICATION:\nIntermittent chest pain on exertion.\n"
                                + "IMPRESSION:\n1. Occasional premature ventricular beats.\n", "R07.9", ""),
                out("IV.K the symptom a study is done for is not coded beside the diagnosis that explains it",
                        "INDICATION:\nShortness of breath since a fall.\n"
                                + "IMPRESSION:\n1. Left pneumothorax.\n", "J93.9", "R06.02"),
                out("IV.K breathlessness and sweating a catheterization is done for are the coronary disease it finds",
                        "INDICATION:\nShortness of breath and sweating on exertion.\n"
                                + "IMPRESSION:\n1. Coronary artery disease of native vessels.\n", "I25.10", "R06.02 R61"),
                out("IV.D a procedure's indication symptom is explained by the postoperative diagnosis",
                        "INDICATION:\nHeadaches for a month.\n"
                                + "POSTOPERATIVE DIAGNOSIS:\n1. Pituitary adenoma.\n", "", "R51.9"),
                out("I.C.5.b.3 a social history's occasional alcohol use is no alcohol use code",
                        "SOCIAL HISTORY:\nShe smokes a pipe. Rare ETOH use.\n"
                                + "ASSESSMENT:\n1. Acute pharyngitis.\n", "J02.9", "F10.90"),
                out("IV.H a history's symptom stays when the assessment names its only explanation as probable",
                        "HISTORY OF PRESENT ILLNESS:\nShe has had a cough for ten days.\n"
                                + "ASSESSMENT:\n1. Probable pneumonia.\n2. Essential hypertension.\n",
                        "R05.9 I10", "J18.9"),
                out("IV.D a history's symptom goes when an established diagnosis explains it beside an uncertain one",
                        "HISTORY OF PRESENT ILLNESS:\nShe has had a cough for ten days.\n"
                                + "ASSESSMENT:\n1. Acute bronchitis.\n2. Rule out pneumonia.\n",
                        "J20.9", "R05.9 J18.9"),
                out("I.B.4-5 a history's leg edema is the assessment's lymphedema beside a cellulitis to rule out",
                        "HISTORY OF PRESENT ILLNESS:\nHer leg edema has worsened this month.\n"
                                + "ASSESSMENT:\n1. Lymphedema of both legs.\n2. Rule out cellulitis.\n",
                        "I89.0", "R60.0 L03.90"),
                out("IV.D a history's nausea is the assessment's own nausea and vomiting beside a probable cause",
                        "HISTORY OF PRESENT ILLNESS:\nThe nausea began on Monday.\n"
                                + "ASSESSMENT:\n1. Nausea and vomiting, probably viral gastroenteritis.\n"
                                + "2. Essential hypertension.\n", "R11.2 I10", "R11.0 A08.4"),
                out("IV.D suicidal ideation told only in the history stays beside the depression it comes with",
                        "HISTORY OF PRESENT ILLNESS:\nHe admits to suicidal ideation since his job ended.\n"
                                + "ASSESSMENT:\n1. Major depressive disorder, single episode, moderate.\n",
                        "F32.1 R45.851", ""),
                out("IV.D a patient said to be suicidal in the history has suicidal ideation beside the depression",
                        "HISTORY OF PRESENT ILLNESS:\nHer sister called because the girl seemed suicidal last night.\n"
                                + "ASSESSMENT:\n1. Major depressive disorder, single episode, moderate.\n",
                        "F32.1 R45.851", ""),
                out("I.B.5 a chief complaint that no diagnosis of its body system explains stays coded",
                        "CHIEF COMPLAINT:\nNumbness of the right hand.\n"
                                + "ASSESSMENT:\n1. Essential hypertension.\n", "I10 R20.0", ""),
                out("I.B.5 a chief complaint is explained by a diagnosis of its body system",
                        "CHIEF COMPLAINT:\nCough for a month.\n"
                                + "ASSESSMENT:\n1. Idiopathic pulmonary fibrosis.\n", "J84.112", "R05.9"),
                out("I.B.5 a chief complaint is not explained by a symptom code of another system the assessment lists",
                        "CHIEF COMPLAINT:\nCough and pain in the right shoulder.\n"
                                + "ASSESSMENT:\n1. Pain in the right shoulder.\n2. Essential hypertension.\n",
                        "M25.511 I10 R05.9", ""),
                out("I.B.5 a chief complaint the integral rules tie to a diagnosis of another system is explained by it",
                        "CHIEF COMPLAINT:\nFever.\n"
                                + "ASSESSMENT:\n1. Acute pyelonephritis.\n", "N10", "R50.9"),
                out("IV.D a limb pain the provider lists in the assessment stays coded",
                        "ASSESSMENT:\n1. Acute pharyngitis.\n2. Pain in the left hand.\n", "J02.9 M79.642", ""),
                in("II.H an inpatient uncertain diagnosis raised in the course and not carried to the discharge"
                                + " diagnoses is not coded",
                        "HOSPITAL COURSE:\nA chest film was taken to look for a possible pneumonia.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Acute pharyngitis.\n", "J02.9", "J18.9"),
                in("II an admitting symptom the discharge diagnoses replace with an established diagnosis is not coded",
                        "ADMITTING DIAGNOSES:\n1. Dizziness.\n2. Essential hypertension.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Sick sinus syndrome.\n2. Essential hypertension.\n",
                        "I49.5 I10", "R42"),
                in("II an admitting symptom the discharge diagnoses repeat stays coded",
                        "ADMITTING DIAGNOSES:\n1. Abdominal pain.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Sick sinus syndrome.\n2. Abdominal pain.\n",
                        "I49.5 R10.9", ""),
                in("II an admitting symptom stays when the discharge statement establishes no diagnosis",
                        "ADMITTING DIAGNOSES:\n1. Dizziness.\n2. Essential hypertension.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Dizziness, resolved.\n",
                        "R42", ""),
                out("IV.H an admitting symptom stays when the discharge diagnoses name its explanation only as uncertain",
                        "ADMITTING DIAGNOSES:\n1. Vomiting.\n2. Essential hypertension.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Gastroenteritis versus bowel obstruction.\n"
                                + "2. Essential hypertension.\n", "R11.10 I10", ""),
                out("IV.M a preoperative symptom stays beside a postoperative diagnosis that does not explain it",
                        "PREOPERATIVE DIAGNOSIS:\nCough.\n"
                                + "POSTOPERATIVE DIAGNOSIS:\nPituitary adenoma.\n", "D35.2 R05.9", ""),
                in("II.H an inpatient uncertain diagnosis in the discharge diagnoses is coded as established",
                        "HOSPITAL COURSE:\nShe was given fluids.\n"
                                + "DISCHARGE DIAGNOSES:\n1. Possible pneumonia.\n", "J18.9", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
