package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencac.engine.suggest.CodingResult;

/**
 * The first-listed diagnosis of procedure, delivery and study notes (Guidelines IV.G, IV.H, I.C.15.b.4): a
 * scope's own diagnosis is its postoperative diagnosis, a delivery complication keeps the uncomplicated
 * delivery code off, conditions a note names in clinical words (a cranial defect, a Chiari malformation by
 * type, narrow angles) are found, and a condition a study finding "can be seen with" is not diagnosed.
 */
class FirstListedDiagnosisTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                first("IV.G an endoscopic diagnosis is the postoperative diagnosis: it leads the preoperative symptom",
                        "PREOPERATIVE DIAGNOSIS:\nChronic wheezing.\nENDOSCOPIC DIAGNOSIS:\nRight mainstem"
                                + " bronchomalacia.\n", "J98.09", "J98.09 R06.2", ""),
                first("I.C.15.b.4 a nuchal cord at a spontaneous delivery is a complication: no O80",
                        "DELIVERY NOTE:\nShe had a spontaneous vaginal delivery of a boy; a nuchal cord was reduced"
                                + " over the head.\n", "O69.81X0", "O69.81X0", "O80"),
                first("I.C.15.b.4 thick meconium at delivery is a complication: no O80",
                        "DELIVERY NOTE:\nSpontaneous vaginal delivery at term, the labor marked by thick meconium.\n",
                        "O77.0", "O77.0", "O80"),
                first("IV.G an acquired cranial defect awaiting a cranioplasty is an acquired deformity of head",
                        "POSTOPERATIVE DIAGNOSIS:\nLarge cranial defect of the left parietal bone.\n", "M95.2",
                        "M95.2", ""),
                first("Index: Chiari's malformation type I is G93.5, not the Arnold-Chiari syndrome",
                        "IMPRESSION:\nChiari I malformation explaining her occipital headaches.\n", "G93.5",
                        "G93.5", "Q07.00"),
                first("Index: Chiari's malformation type I, also when written as an Arnold-Chiari I malformation",
                        "IMPRESSION:\nArnold-Chiari I malformation with tonsillar descent.\n", "G93.5", "G93.5",
                        "Q07.00"),
                first("Index: Arnold-Chiari syndrome type II Q07.0-",
                        "IMPRESSION:\nArnold-Chiari II malformation without hydrocephalus.\n", "Q07.00", "Q07.00", ""),
                first("IV.G narrow angles without glaucoma are the anatomical narrow angle, not angle-closure glaucoma",
                        "ASSESSMENT:\nNarrow angles, for laser peripheral iridotomy.\n", "H40.039", "H40.039",
                        "H40.20X0"),
                first("IV.H a condition a study finding can be seen with is not diagnosed: the reason for the study leads",
                        "REASON FOR EXAM:\nRight upper quadrant pain.\nIMPRESSION:\nLow gallbladder ejection fraction,"
                                + " which can be seen with chronic cholecystitis.\n", "R10.11", "R10.11", "K81.1"),
                first("IV.G an injury the chief complaint names without its site is coded at the site the exam gives",
                        "CHIEF COMPLAINT:\nLaceration.\nPHYSICAL EXAMINATION:\nThere is a 3 cm laceration of the left"
                                + " index finger without nail damage.\n", "S61.211A", "S61.211A", ""),
                first("I.C.19.b.1 the laceration, not the abrasion beside it, is reported",
                        "ASSESSMENT:\nAbrasion of the chin after a fall on the pavement, with a chin laceration.\n", "S01.81XA",
                        "S01.81XA", "S00.81XA"),
                first("IV.K a study done for a known carcinoma lists it before the collapse its impression reports",
                        "INDICATION:\nLung cancer, staging.\nIMPRESSION:\nAtelectasis distal to the hilar mass,"
                                + " most likely postobstructive.\n", "C34.90", "C34.90 J98.11", ""),
                first("IV.K a study done for a coronary disease lists it before the finding, whatever the finding's count",
                        "INDICATION:\nCoronary artery disease.\nFINDINGS:\nMild mitral regurgitation.\nIMPRESSION:\nMild"
                                + " mitral regurgitation, otherwise normal valves.\n", "I25.10", "I25.10 I34.0", ""),
                first("IV.K an impression diagnosis the indication names too keeps its place before the other disease",
                        "INDICATION:\nCoronary artery disease and aortic stenosis.\nIMPRESSION:\nSevere aortic"
                                + " stenosis.\n", "I35.0", "I35.0 I25.10", ""),
                first("IV.D a study done for a sign outside Chapter 18 lists the diagnosis its impression makes",
                        "INDICATION:\nAnemia.\nIMPRESSION:\nInternal hemorrhoids.\n", "K64.8", "K64.8 D64.9", ""),
                first("IV.D a study done for a symptom lists the definitive diagnosis its impression makes",
                        "INDICATION:\nCough.\nIMPRESSION:\nPneumonia of the right lower lobe.\n", "J18.9", "J18.9", "R05.9"),
                first("Index: Malfunction, ventricular shunt T85.01: a shunt malfunction leads the headache it causes",
                        "POSTOPERATIVE DIAGNOSIS:\nShunt malfunction.\nINDICATIONS:\nMorning headaches and vomiting for"
                                + " a week.\n", "T85.01XA", "T85.01XA", "R51.9"),
                first("IV.G a leaking nephrostomy tube the complaint names leads the cancer the statement lists first",
                        "CHIEF COMPLAINT:\nNephrostomy tube leak since this morning.\nDIAGNOSES:\n1. Bladder cancer.\n"
                                + "2. Leaking nephrostomy tube, to be exchanged tomorrow.\n", "T83.032A", "T83.032A C67.9", ""),
                first("I.C.21.c.16 a requested cosmetic operation is the encounter for cosmetic surgery",
                        "POSTOPERATIVE DIAGNOSIS:\nRequest for cosmetic surgery of the nose.\n", "Z41.1", "Z41.1", ""),
                first("IV.G the field a clinician specializes in is no condition of the patient",
                        "HISTORY:\nShe was seen by a psychologist specializing in eating disorders last year.\n"
                                + "ASSESSMENT:\nSeasonal allergic rhinitis.\n", "J30.2", "J30.2", "Z86.59 F50.9"),
                first("IV.K a study report's impression, its conclusion, leads the findings its interpretation lists",
                        "INTERPRETATION:\n1. Occasional premature ventricular contractions.\n2. Sinus rhythm.\n"
                                + "IMPRESSION:\nParoxysmal atrial fibrillation.\n", "I48.0", "I48.0 I49.3", ""),
                first("IV.G an injury found only on examination is not coded when the complaint names another kind",
                        "CHIEF COMPLAINT:\nFever.\nPHYSICAL EXAMINATION:\nThere is a healing laceration of the left"
                                + " index finger.\n", "R50.9", "R50.9", "S61.211A"),
                first("I.C.18.b a tender upper belly is no sign of a hiatal hernia: the esophagitis listed first leads",
                        "INDICATION:\nVomiting after meals, with tenderness of the upper abdomen.\nASSESSMENT:\n"
                                + "1. Esophagitis of the lower esophagus.\n2. Small hiatal hernia.\n", "K20.90",
                        "K20.90 K44.9", ""),
                first("IV.G, IV.D a condition describing the patient before 'presenting with' is not why she came",
                        "CHIEF COMPLAINT:\nA 58-year-old diabetic woman presenting with a cough and fever for three"
                                + " days.\n", "R05.9", "R05.9 R50.9 E11.9", ""),
                first("IV.G a condition the complaint names before 'here for' with no person word is the reason",
                        "CHIEF COMPLAINT:\nDiabetic foot ulcer, here for wound care.\n", "E11.621", "E11.621", ""),
                first("IV.G a condition the reason names apart from the patient, a comma between, stays the reason",
                        "REASON FOR CONSULTATION:\nManagement of gout, the patient being admitted for a cough.\n",
                        "M10.9", "M10.9 R05.9", ""),
                first("IV.G, IV.D a condition among the adjectives between the age and the person word, commas"
                                + " between them, describes the patient",
                        "INDICATION:\nA 47-year-old, obese, white woman who presents with a gout attack.\n", "M10.9",
                        "M10.9 E66.9", ""),
                first("IV.G, IV.D a condition told 'in a patient with' after the symptom describes the patient",
                        "INDICATION:\nChronic cough in a patient who has type 2 diabetes.\n", "R05.3",
                        "R05.3 E11.9", ""),
                first("IV.G an infarction the patient presents with is the reason, whatever risk factors the sentence"
                                + " lists",
                        "INDICATION:\nA 60-year-old man with no other risk factors who presents with an acute"
                                + " myocardial infarction.\n", "I21.9", "I21.9", ""));
    }

    private static Arguments first(String name, String note, String first, String expected, String absent) {
        return Arguments.of(out(name, note, expected, absent).get()[0], first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firstListed(ConventionCase c, String first) {
        CodingResult r = c.check();
        assertEquals(first, r.suggestions().get(0).code(), "first-listed of " + c);
    }
}
