package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No personal history code for a condition the note codes as current (Guidelines I.C.21.c.4). */
class CurrentConditionHistoryCheckTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                in("I.C.21.c.4 a history of the bipolar disorder being treated is not a personal history",
                        "HISTORY OF PRESENT ILLNESS:\nShe has a history of bipolar disorder and stopped lithium.\n"
                                + "DIAGNOSES:\n1. Bipolar disorder, current episode manic.\n", "F31.10", "Z86.59"),
                in("I.C.21.c.4 a past mental condition of another kind keeps its history code",
                        "HISTORY OF PRESENT ILLNESS:\nShe has a history of bulimia in college.\n"
                                + "DIAGNOSES:\n1. Bipolar disorder, current episode manic.\n", "F31.10 Z86.59", ""),
                in("I.C.21.c.4 a history that leads to the condition operated on is its course, not a past condition",
                        "PREOPERATIVE DIAGNOSIS:\nHerniated nucleus pulposus T8-T9.\nHISTORY:\nShe has a history of"
                                + " chest wall pain from a herniated nucleus pulposus at T8-T9.\n", "M51.24", "Z87.39"),
                in("I.C.2.d a history of the biopsy-proven skin cancer being excised is its course, whatever code of"
                                + " the site the history reads",
                        "PREOPERATIVE DIAGNOSIS:\nBasal cell carcinoma, left cheek.\nINDICATIONS:\nShe comes with a"
                                + " history of biopsy-proven basal cell carcinoma, right and left cheek.\n", "C44.319",
                        "Z85.828"),
                in("I.C.2.d a tumour told once in the narrative may be the past one itself: its history code stays",
                        "HISTORY OF PRESENT ILLNESS:\nIn 2015 she was diagnosed with right breast cancer and underwent"
                                + " a lumpectomy. She has a history of breast cancer and comes for a cough.\n",
                        "Z85.3", ""),
                in("I.C.2.d a history of malignancy is no personal history when the impression names the"
                                + " malignancy as present, though no code of its site was read",
                        "FINDINGS:\nThe new nodule fits with her history of malignancy.\nIMPRESSION:\n"
                                + "The enhancing area matches her recent diagnosis of malignancy.\n", "",
                        "Z85.9"),
                in("I.C.2.d a primary excised from one side keeps its history code beside a new primary of the"
                                + " other side",
                        "IMPRESSION:\n1. Renal cell carcinoma of the right kidney.\n2. History of renal cell"
                                + " carcinoma of the left kidney, status post nephrectomy.\n", "C64.1 Z85.528", ""),
                in("I.C.2.d a history of the cancer of the same side is the course of the present one",
                        "IMPRESSION:\n1. Renal cell carcinoma of the right kidney.\n2. History of renal cell"
                                + " carcinoma of the right kidney, treated with ablation.\n", "C64.1", "Z85.528"),
                in("I.C.2.d a history of malignancy stays when the impression denies any malignancy",
                        "FINDINGS:\nThe scar fits with her history of malignancy.\nIMPRESSION:\n"
                                + "No evidence of malignancy.\n", "Z85.9", ""),
                in("I.C.21.c.4 a history the diagnostic statement names is a history, though the narrative names"
                                + " the condition once",
                        "DISCHARGE DIAGNOSES:\n1. Pneumonia.\n2. History of hepatitis C.\nHOSPITAL COURSE:\n"
                                + "Her liver tests were checked because of her hepatitis C.\n", "Z86.19", "B19.20"),
                in("I.C.21.c.4 a chronic hepatitis C the narrative states is current beside a stated history",
                        "DISCHARGE DIAGNOSES:\n1. Pneumonia.\n2. History of hepatitis C.\nHOSPITAL COURSE:\n"
                                + "Her chronic hepatitis C is followed by her hepatologist.\n", "B18.2", "Z86.19"),
                in("I.C.21.c.4 a condition the narrative calls chronic stays current beside a stated history",
                        "ASSESSMENT:\n1. History of leukopenia. We will repeat her blood count.\nHISTORY:\n"
                                + "She wants labs to follow her chronic leukopenia.\n", "D72.819", "Z86.2"),
                in("I.C.2.d a history of the cancer the discharge diagnoses still list is its course, not a past"
                                + " cancer",
                        "HISTORY OF PRESENT ILLNESS:\nHe has a history of bladder cancer found last spring and was"
                                + " admitted for a cystectomy.\nDISCHARGE DIAGNOSES:\n1. Bladder cancer.\n"
                                + "2. Hypertension.\n", "C67.9", "Z85.51"),
                in("I.C.21.c.4 an acute condition the diagnostic statement names as a history is past, though the"
                                + " present illness tells its earlier course",
                        "ADMITTING DIAGNOSES:\n1. Anemia.\n2. History of pulmonary embolism.\n3. History of"
                                + " pneumonia.\nHISTORY OF PRESENT ILLNESS:\nLast winter her treatment was"
                                + " interrupted by a pulmonary embolism and a pneumonia.\n", "Z86.711 Z87.01",
                        "I26.99 J18.9"),
                in("I.C.21.c.4 a history of pneumonia the lexicon reads straight as its history code is the course"
                                + " of the pneumonia being treated",
                        "HISTORY OF PRESENT ILLNESS:\nShe took oral antibiotics for pneumonia at her nursing home and"
                                + " now coughs more.\nPAST MEDICAL HISTORY:\nHistory of pneumonia, gout.\n"
                                + "ASSESSMENT:\n1. Pneumonia, not improving. Change antibiotics.\n", "J18.9", "Z87.01"),
                in("I.C.21.c.4 a history of pneumonia keeps its history code beside a current pneumonia named with"
                                + " more words, which may be another episode",
                        "PAST MEDICAL HISTORY:\nHistory of pneumonia, gout.\nASSESSMENT:\n1. Aspiration pneumonia."
                                + " Start antibiotics.\n", "J69.0 Z87.01", ""),
                in("I.C.21.c.4 a condition the narrative names in another form of its word (embolus, embolism) is"
                                + " the past one the diagnostic statement names as a history: the two codes' titles"
                                + " share the word",
                        "ADMITTING DIAGNOSES:\n1. Anemia.\n2. History of pulmonary embolism.\n"
                                + "HISTORY OF PRESENT ILLNESS:\nLast winter her treatment was interrupted by a"
                                + " pulmonary embolus.\n", "Z86.711", "I26.99"),
                in("I.C.21.c.4 a past condition keeps its history code beside a current one whose title names it"
                                + " only as what the code excludes (without status epilepticus)",
                        "ASSESSMENT:\n1. Intractable focal epilepsy with complex partial seizures.\n"
                                + "2. History of status epilepticus as a child.\n", "G40.219 Z86.69", ""),
                in("I.C.21.c.4 a condition written as its abbreviation in the history list is the current one the"
                                + " diagnoses name by the same abbreviation",
                        "HISTORY OF PRESENT ILLNESS:\nShe came in short of breath and a new PE was found on the"
                                + " scan.\nPAST MEDICAL HISTORY:\nMigraine, PE, asthma.\nDIAGNOSES:\n1. PE.\n",
                        "I26.99", "Z86.711"),
                in("I.C.21.c.4 a past ear disease of another kind keeps its history code beside a current hearing loss"
                                + " of the same ear: the ear and its side name no condition",
                        "IMPRESSION:\n1. Conductive hearing loss, right ear.\n2. History of cholesteatoma in the right ear,"
                                + " excised when she was a child.\n", "H90.11 Z86.69", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
