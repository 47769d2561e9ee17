package org.opencac.engine.convention;

import static org.opencac.engine.convention.ConventionCase.in;
import static org.opencac.engine.convention.ConventionCase.out;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words of operative and discharge notes read as a coder reads them: the Index's periodontal disease, a
 * hemiparetic cerebral palsy, a torsed appendix testis, a diet ordered, reflux with the esophagitis found.
 */
class CodingWordsOfRealNotesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                out("I.A.10 Index: Disease, periodontal is K05.6, not a chronic periodontitis",
                        "POSTOPERATIVE DIAGNOSIS:\nDental caries and periodontal disease of the remaining teeth.\n",
                        "K02.9 K05.6", "K05.30"),
                out("I.A.10 a hemiparetic cerebral palsy is the hemiplegic kind, not a hemiparesis beside it",
                        "PREOPERATIVE DIAGNOSIS:\nSpastic left hemiparetic cerebral palsy.\nPROCEDURE:\nBotulinum toxin "
                                + "injection of the left biceps.\n",
                        "G80.2", "G81.92 G81.94 G80.1"),
                out("Index: Retraction, drum, see Disorder, tympanic membrane, specified NEC: a retracted drum of one ear",
                        "POSTOPERATIVE DIAGNOSES:\n1. Otitis media with effusion, resolved.\n2. Retracted right tympanic"
                                + " membrane.\n", "H73.891", "H73.899"),
                out("I.A.10 a torsed appendix testis is a torsion of the appendix testis",
                        "POSTOPERATIVE DIAGNOSIS:\nTorsed left appendix testis.\n", "N44.03", ""),
                in("III a diabetic diet ordered at discharge documents no diabetes",
                        "DISCHARGE DIAGNOSIS:\nClosed fracture of the left femoral neck.\nDISCHARGE INSTRUCTIONS:\n"
                                + "Diabetic diet.  Walk as tolerated.\n",
                        "", "E11.9"),
                in("I.B.5 reflux whose esophagitis the endoscopy found is coded once, with the esophagitis",
                        "HISTORY:\nLong history of GERD type symptoms.\nPOSTOPERATIVE DIAGNOSIS:\nReflux esophagitis.\n",
                        "K21.00", "K21.9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void guidelineCase(ConventionCase c) {
        c.check();
    }
}
