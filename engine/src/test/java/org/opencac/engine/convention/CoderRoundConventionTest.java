package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mechanisms found coding transcribed notes as a coder would: an Excludes1 note that sends the condition
 * "NOS" elsewhere, one condition told twice with and without its detail, a vaccine named at the visit, a
 * condition given as the cause of a risk in consent text, and the cure of a condition as its "chance".
 */
class CoderRoundConventionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                in("I.A.12.a dementia of the Alzheimer type in the history beside 'dementia' in the assessment is"
                                + " the Alzheimer's disease",
                        "PAST MEDICAL HISTORY:\nDementia of Alzheimer type, hypertension.\n"
                                + "ASSESSMENT:\n1. Pneumonia.\n2. Dementia.\n", "G30.9", "F03.90"),
                out("Index: Calculus, tonsil: tonsil stones (tonsilloliths) are a chronic disease of the tonsil",
                        "PREOPERATIVE DIAGNOSIS:\n1. Chronic tonsillitis with tonsilloliths.\n", "J35.01 J35.8", ""),
                out("I.B.18 bouts of tonsillitis beside chronic tonsillitis are one condition",
                        "HISTORY:\nShe has about four bouts of tonsillitis a year.\n"
                                + "IMPRESSION:\n1. Chronic tonsillitis.\n", "J35.01", "J03.90"),
                in("I.B.18 a foreign body in the airway found in the bronchus is one object",
                        "PREOPERATIVE DIAGNOSIS:\nForeign body in airway.\nPOSTOPERATIVE DIAGNOSIS:\n"
                                + "Foreign body in the left main stem bronchus.\n", "T17.508A", "T17.908A"),
                out("I.C.21.c.2 vaccines named as given at the visit are an immunization encounter",
                        "ASSESSMENT/PLAN:\n1. Well-child check, no concerns.\n2. Will receive MMR and DTaP today.\n",
                        "Z00.129 Z23", ""),
                out("I.C.21.c.2 a vaccine given years ago is not this visit's immunization",
                        "HISTORY:\nHe received MMR at one year of age.\nASSESSMENT:\n1. Acute otitis media.\n",
                        "", "Z23"),
                in("I.B.1 a condition named as the cause of a surgical risk is the patient's own",
                        "INDICATIONS:\nThe risks and benefits were discussed; the main risk is infection because of"
                                + " the patient's diabetes.\nDIAGNOSIS:\n1. Trigger finger.\n", "E11.9", ""),
                out("I.B.1 the chance of cure of a condition does not make the condition hypothetical",
                        "ASSESSMENT:\nThe chance of cure of her primary hyperparathyroidism by surgery is high.\n",
                        "E21.0", ""),
                in("lexicon: aortoiliac occlusive disease is the occlusion of the aortic bifurcation",
                        "DIAGNOSIS:\n1. Aortoiliac occlusive disease bilaterally.\n", "I74.09", ""),
                out("lexicon: coronary stenting in the history is a stent in place",
                        "PAST MEDICAL HISTORY:\nCoronary stenting. Hypertension.\nASSESSMENT:\n1. Hypertension.\n",
                        "I10 Z95.5", ""),
                out("lexicon: myofascitis is the myositis of the Index",
                        "ASSESSMENT:\nShe has ongoing myofascitis of the trapezius.\n", "M60.9", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
