package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Combination codes through the full pipeline (Guidelines I.A.15, I.C.4.a, I.C.9.a, I.C.9.b, I.C.10.a). */
class CombinationCodeConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.A.15 mitral with tricuspid regurgitation is the Index's combined code I08.1",
                        "IMPRESSION:\n1. Mitral regurgitation.\n2. Tricuspid regurgitation.\n", "I08.1",
                        "I34.0 I07.1"),
                out("I.A.15 aortic stenosis with mitral regurgitation is I08.0, and the valve word alone is that disease",
                        "IMPRESSION:\n1. Aortic stenosis.\n2. Mitral regurgitation.\n3. Valvular insufficiency.\n",
                        "I08.0", "I35.0 I34.0 I38"),
                out("I.A.15 an enlarged prostate with urinary retention is BPH with LUTS, N40.1, the retention kept",
                        "ASSESSMENT:\n1. Benign prostatic hypertrophy.\n2. Urinary retention.\n", "N40.1 R33.9",
                        "N40.0"),
                out("I.A.15 an enlarged prostate without a urinary symptom stays N40.0",
                        "ASSESSMENT:\n1. Benign prostatic hypertrophy.\n2. Essential hypertension.\n", "N40.0",
                        "N40.1"),
                out("Index: Hemianopia, heteronymous; a bitemporal field loss is heteronymous, H53.47",
                        "ASSESSMENT:\n1. Bitemporal hemianopsia from a pituitary tumor.\n", "H53.47", "H53.469"),
                out("I.A.15 one valve's disease keeps its own code",
                        "IMPRESSION:\n1. Aortic stenosis.\n", "I35.0", "I08.0"),
                out("I.C.4.a diabetes with CKD is E11.22 plus the N18 stage",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Chronic kidney disease stage 3b.\n",
                        "E11.22 N18.32", "E11.9"),
                out("I.A.15 gallstones with chronic cholecystitis are K80.10",
                        "PREOPERATIVE DIAGNOSES:\n1. Chronic cholecystitis.\n2. Cholelithiasis.\n",
                        "K80.10", "K81.1 K80.20"),
                out("I.A.15 an esophageal ulcer with the melena it bled is the one code K22.11",
                        "IMPRESSION:\n1. Melena.\n2. Esophageal ulcer seen on endoscopy.\n", "K22.11", "K22.10 K92.1"),
                out("I.A.15 a gastric ulcer with hematemesis is the ulcer with hemorrhage, K25.4",
                        "IMPRESSION:\n1. Hematemesis.\n2. Gastric ulcer.\n", "K25.4", "K25.9 K92.0"),
                out("I.C.21.c.13 a well-child check that finds a condition is the check with abnormal findings",
                        "ASSESSMENT:\n1. Well child check.\n2. Molluscum contagiosum.\n", "Z00.121 B08.1", "Z00.129"),
                out("I.C.21.c.13 a well-child check that finds nothing stays the check without abnormal findings",
                        "ASSESSMENT:\n1. Well child check.\n", "Z00.129", "Z00.121"),
                out("I.C.21.c.4 gallstones found before and still present are no history beside the combination",
                        "HISTORY OF PRESENT ILLNESS:\nHe was found to have cholelithiasis at his last admission.\n"
                                + "PREOPERATIVE DIAGNOSES:\n1. Chronic cholecystitis.\n2. Cholelithiasis.\n",
                        "K80.10", "Z87.19 K80.20"),
                out("I.A.15 gallstones with acute cholecystitis are K80.00",
                        "ASSESSMENT:\n1. Acute cholecystitis.\n2. Gallstones on ultrasound.\n",
                        "K80.00", "K81.0 K80.20"),
                out("I.C.4.a diabetes with CKD stage 4 keeps N18.4",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Chronic kidney disease stage 4.\n",
                        "E11.22 N18.4", "E11.9"),
                out("I.C.4.a type 1 diabetes with CKD is E10.22",
                        "ASSESSMENT:\n1. Type 1 diabetes mellitus.\n2. Chronic kidney disease stage 2.\n",
                        "E10.22 N18.2", "E10.9"),
                out("I.C.4.a a complication in words of no type follows the type 1 the note documents",
                        "CHIEF COMPLAINT: Diabetes mellitus, type 1.\nASSESSMENT:\n1. Diabetic neuropathy, painful.\n",
                        "E10.40", "E11.40"),
                out("I.C.4.a a complication in words of no type in a note of no type is type 2",
                        "ASSESSMENT:\n1. Diabetic neuropathy, painful.\n", "E11.40", "E10.40"),
                out("I.C.4.a diabetes with polyneuropathy is E11.42",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Peripheral polyneuropathy.\n",
                        "E11.42", "E11.9 G62.9"),
                out("I.C.4.a diabetes with hyperglycemia is E11.65",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Hyperglycemia.\n", "E11.65", "E11.9 R73.9"),
                out("I.C.4.a diabetes with hypoglycemia is E11.649",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Hypoglycemia.\n", "E11.649", "E11.9 E16.2"),
                out("I.C.4.a diabetes with gastroparesis is E11.43 with K31.84 after it",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Gastroparesis.\n", "E11.43 K31.84", "E11.9"),
                out("I.C.4.a diabetes with peripheral vascular disease is E11.51",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Peripheral vascular disease.\n",
                        "E11.51", "E11.9 I73.9"),
                out("I.C.4.a diabetes with multiple complications gets each combination",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Chronic kidney disease stage 3a.\n"
                                + "3. Peripheral polyneuropathy.\n4. Hyperglycemia.\n",
                        "E11.22 E11.42 E11.65 N18.31", "E11.9"),
                out("I.C.4.a.2 diabetes without documented complication stays E11.9",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus, well controlled.\n", "E11.9", "E11.22 E11.65"),
                in("I.A.15 acute pulmonary edema with heart failure is left ventricular failure I50.1",
                        "ASSESSMENT:\n1. Acute pulmonary edema.\n2. Heart failure.\n", "I50.1", "J81.0 I50.9"),
                in("Excludes1 at J81: acute pulmonary edema in a typed heart failure is part of it",
                        "ASSESSMENT:\n1. Acute on chronic systolic heart failure with acute pulmonary edema.\n",
                        "I50.23", "J81.0"),
                out("I.C.9.a.2 hypertension with CKD is I12.9",
                        "ASSESSMENT:\n1. Hypertension.\n2. Chronic kidney disease stage 3a.\n", "I12.9 N18.31", "I10"),
                out("I.C.9.a.2 hypertension with ESRD is I12.0",
                        "ASSESSMENT:\n1. Hypertension.\n2. End stage renal disease.\n", "I12.0 N18.6", "I10 I12.9"),
                out("I.C.9.a.2 hypertension with CKD stage 5 is I12.0",
                        "ASSESSMENT:\n1. Hypertension.\n2. Chronic kidney disease stage 5.\n", "I12.0 N18.5", "I10"),
                out("I.C.9.a.1 hypertension with heart failure is I11.0 plus I50",
                        "ASSESSMENT:\n1. Hypertension.\n2. Chronic diastolic heart failure.\n", "I11.0 I50.32", "I10"),
                out("I.C.9.a.1 hypertension with cardiomegaly is I11.9",
                        "ASSESSMENT:\n1. Hypertension.\n2. Cardiomegaly.\n", "I11.9", "I10 I51.7"),
                out("III.B cardiomegaly read only on a chest film is not linked to the hypertension",
                        "CHEST X-RAY: Mild cardiomegaly, lungs clear.\nASSESSMENT:\n1. Hypertension.\n"
                                + "2. Acute bronchitis.\n", "I10", "I11.9"),
                out("I.C.9.a.3 hypertension with heart failure and CKD is I13.0",
                        "ASSESSMENT:\n1. Hypertension.\n2. Chronic systolic heart failure.\n"
                                + "3. Chronic kidney disease stage 3b.\n",
                        "I13.0 I50.22 N18.32", "I10 I11.0 I12.9"),
                out("I.C.9.a.3 hypertension with heart failure and ESRD is I13.2",
                        "ASSESSMENT:\n1. Hypertension.\n2. Chronic systolic heart failure.\n"
                                + "3. End stage renal disease.\n",
                        "I13.2 I50.22 N18.6", "I10 I13.0 I12.0"),
                out("I.C.9.a.3 hypertension with heart disease and CKD without heart failure is I13.10",
                        "ASSESSMENT:\n1. Hypertension.\n2. Cardiomegaly.\n3. Chronic kidney disease stage 2.\n",
                        "I13.10 N18.2", "I10 I12.9 I11.9"),
                out("I.C.9.a diabetes, hypertension and CKD give E11.22, I12.9 and N18",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Hypertension.\n3. Chronic kidney disease stage 4.\n",
                        "E11.22 I12.9 N18.4", "E11.9 I10"),
                out("I.C.9.a hypertension alone stays I10",
                        "ASSESSMENT:\n1. Essential hypertension, controlled.\n", "I10", "I11.9 I12.9"),
                in("I.C.10.a.1 COPD with pneumonia is J44.0 plus the pneumonia",
                        "DISCHARGE DIAGNOSES:\n1. Community acquired pneumonia.\n2. COPD.\n", "J44.0 J18.9", "J44.9"),
                in("I.C.10.a.1 COPD with acute bronchitis is J44.0 plus J20.9",
                        "DISCHARGE DIAGNOSES:\n1. Acute bronchitis.\n2. COPD.\n", "J44.0 J20.9", "J44.9"),
                out("I.C.10.a COPD alone stays J44.9",
                        "ASSESSMENT:\n1. COPD, stable on inhalers.\n", "J44.9", "J44.0 J44.1"),
                out("I.A.15 CAD with unstable angina is I25.110",
                        "ASSESSMENT:\n1. Coronary artery disease.\n2. Unstable angina.\n", "I25.110", "I25.10 I20.0"),
                out("I.A.15 CAD with angina is I25.119",
                        "ASSESSMENT:\n1. Coronary artery disease.\n2. Angina pectoris.\n", "I25.119", "I25.10 I20.9"),
                out("I.A.15 CAD without angina stays I25.10",
                        "ASSESSMENT:\n1. Coronary artery disease, stable.\n", "I25.10", "I25.119"),
                out("I.A.9 specific heart failure absorbs unspecified heart failure",
                        "ASSESSMENT:\n1. Heart failure.\n2. Chronic systolic heart failure.\n", "I50.22", "I50.9"),
                out("I.A.15 diabetic foot ulcer keeps the L97 site code",
                        "ASSESSMENT:\n1. Type 2 diabetes mellitus.\n2. Non-pressure chronic ulcer of right heel and midfoot limited to breakdown of skin.\n",
                        "E11.621 L97.411", "E11.9"),
                out("I.A.15 Crohn's disease of the small intestine with bowel obstruction is K50.012",
                        "ASSESSMENT:\n1. Crohn's disease of the small intestine.\n2. Recurrent small bowel obstruction.\n",
                        "K50.012", "K50.00 K56.609"),
                out("I.A.15 ulcerative pancolitis with bowel obstruction is K51.012",
                        "ASSESSMENT:\n1. Ulcerative pancolitis.\n2. Large bowel obstruction.\n", "K51.012", "K51.00"),
                out("I.A.15 Crohn's disease with no complication documented stays K50.90",
                        "ASSESSMENT:\n1. Crohn's disease, quiet on current therapy.\n", "K50.90", "K50.912"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
